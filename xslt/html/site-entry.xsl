<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the corpus site needs to know of one TEI document, as a small XML record (no HTML): an entry
  with title, date, facets (year, type, language, archive), summary and the people, places and
  organisations it tags, for the index and names pages; beside it the searchable passages (one per
  document division, else the whole text), for the search index. Kept apart, so that the entry is
  cached as it is and the passages as search records.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/common.xsl"/>

  <!-- The page of the document, relative to the site's index (e.g. "telegram.html"). -->
  <xsl:param name="href" as="xs:string" required="yes"/>

  <xsl:output method="xml" indent="no" encoding="UTF-8"/>
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="/" as="element(Q{}record)">
    <xsl:if test="empty(TEI)">
      <xsl:sequence select="error(xs:QName('tk:E0001'), 'Not a TEI document: the root element is ' || name(*))"/>
    </xsl:if>
    <xsl:variable name="tei" as="element(TEI)" select="TEI"/>
    <xsl:variable name="when" as="xs:string?" select="tk:doc-when($tei)"/>
    <record>
      <entry href="{$href}" title="{tk:title($tei)}" when="{$when}" year="{tk:year($when)}"
          date="{tk:doc-date-display($tei)}">
        <xsl:for-each select="tk:doc-types($tei)"><type>{.}</type></xsl:for-each>
        <xsl:for-each select="tk:languages($tei)"><language>{tk:language-label(.)}</language></xsl:for-each>
        <xsl:for-each select="tk:repository($tei)"><archive>{.}</archive></xsl:for-each>
        <xsl:for-each select="tk:summary-text($tei)"><summary>{.}</summary></xsl:for-each>
        <xsl:for-each-group select="$tei/text//(persName | placeName | orgName)[not(ancestor::persName | ancestor::placeName | ancestor::orgName)]"
            group-by="local-name() || '|' || tk:plain-text(.)">
          <xsl:variable name="label" as="xs:string" select="tk:plain-text(.)"/>
          <xsl:if test="$label ne ''">
            <name kind="{local-name()}" label="{$label}"/>
          </xsl:if>
        </xsl:for-each-group>
      </entry>
      <xsl:variable name="docs" as="element(div)*" select="$tei/text//div[@type = 'document']"/>
      <xsl:choose>
        <xsl:when test="exists($docs)">
          <xsl:for-each select="$docs">
            <passage anchor="{tk:div-id(.)}"
                title="{(head[1] ! tk:plain-text(.), tk:title($tei))[1]}">{tk:plain-text(. | .//note[tk:is-footnote(.)]/node())}</passage>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <passage anchor="" title="{tk:title($tei)}">{tk:plain-text($tei/text | $tei/text//note[tk:is-footnote(.)]/node())}</passage>
        </xsl:otherwise>
      </xsl:choose>
    </record>
  </xsl:template>

</xsl:stylesheet>
