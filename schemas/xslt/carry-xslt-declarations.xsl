<?xml version="1.0" encoding="UTF-8"?>
<!--
  Completes a validation stylesheet compiled by SchXslt with the XSLT a Schematron schema declares at
  its top level but SchXslt does not carry over: named templates and global variables anywhere, and
  functions and keys written after the first pattern (as frus.sch does), plus foreign data elements
  such stylesheets read with document('').
  Also leaves out the svrl:fired-rule element of every rule whose findings all carry their own id:
  teikit reads a fired-rule only for the id of a finding without one, and building one element per
  node a rule matches was a large part of the time and memory of a run.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                xmlns:svrl="http://purl.oclc.org/dsdl/svrl"
                exclude-result-prefixes="xs svrl"
                expand-text="yes">

  <!-- The Schematron schema (document node) the stylesheet was compiled from. -->
  <xsl:param name="schema" as="document-node()" required="yes"/>

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/*">
    <xsl:variable name="top" as="element()*" select="$schema/sch:schema/*"/>
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
      <xsl:copy-of select="$top[self::xsl:template or self::xsl:variable]"/>
      <xsl:copy-of select="$top[self::xsl:function or self::xsl:key][preceding-sibling::sch:pattern]"/>
      <xsl:copy-of select="$top[namespace-uri() ne 'http://purl.oclc.org/dsdl/schematron'
                               and namespace-uri() ne 'http://www.w3.org/1999/XSL/Transform'
                               and namespace-uri() ne '']"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="svrl:fired-rule[every $finding in ../descendant::*[self::svrl:failed-assert or self::svrl:successful-report]
                                       satisfies normalize-space($finding/@id) != '']"/>
</xsl:stylesheet>
