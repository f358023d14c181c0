<?xml version="1.0" encoding="UTF-8"?>
<!--
  A copy of a Schematron schema with one pattern only (and no phases), so that a pattern whose rules
  cannot be evaluated (a doc() on an unreachable address, say) can be named while the others still run.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:sch="http://purl.oclc.org/dsdl/schematron"
                exclude-result-prefixes="xs"
                expand-text="yes">

  <!-- 1-based position of the pattern to keep, among the schema's sch:pattern children. -->
  <xsl:param name="pattern" as="xs:integer" required="yes"/>

  <xsl:mode on-no-match="shallow-copy"/>

  <xsl:template match="/sch:schema/@defaultPhase | /sch:schema/sch:phase"/>

  <!-- Abstract patterns stay: the kept pattern may instantiate one. -->
  <xsl:template match="/sch:schema/sch:pattern[not(@abstract = 'true')]">
    <xsl:if test="count(preceding-sibling::sch:pattern[not(@abstract = 'true')]) + 1 eq $pattern">
      <xsl:copy-of select="."/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
