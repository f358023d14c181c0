<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Schematron rules embedded in a RELAX NG schema (as TEI's ODD-generated schemas carry them in
  sch:pattern elements), gathered into one ISO Schematron schema that SchXslt can compile.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="xs"
                expand-text="yes">

  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="/" as="element(sch:schema)">
    <sch:schema queryBinding="xslt2">
      <xsl:for-each-group select="//sch:ns" group-by="@prefix">
        <sch:ns prefix="{current-grouping-key()}" uri="{current-group()[1]/@uri}"/>
      </xsl:for-each-group>
      <xsl:copy-of select="//sch:let[not(ancestor::sch:pattern)]"/>
      <xsl:copy-of select="//sch:pattern"/>
      <!-- Bare rules (outside any pattern) become one pattern each, as TEI's own extraction does. -->
      <xsl:for-each select="//sch:rule[not(ancestor::sch:pattern)]">
        <sch:pattern id="embedded-rule-{position()}">
          <xsl:copy-of select="."/>
        </sch:pattern>
      </xsl:for-each>
    </sch:schema>
  </xsl:template>
</xsl:stylesheet>
