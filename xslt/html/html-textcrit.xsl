<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (TEI chapter TC). An app shows its lemma in the text (common/textcrit.xsl: the
  lem wherever it stands, in a reading group too, else the first reading) and, in brackets after it,
  every other reading with its witnesses: "colour [#A; color #B; hue #C]". What the app holds
  besides readings goes with the reading it belongs to (tk:attached-to): a note's call or an inline
  note next to its reading (after the lemma in the text, after another reading in the brackets), a
  witDetail or wit after the reading's witnesses.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="app" as="element()">
    <xsl:variable name="readings" as="element()*" select="tk:app-readings(.)"/>
    <xsl:variable name="lemma" as="element()?" select="tk:app-lemma(.)"/>
    <xsl:variable name="others" as="element()*" select="$readings except $lemma"/>
    <xsl:variable name="attachments" as="element()*" select="tk:app-attachments(.)"/>
    <!-- Witness details go with the witnesses; anything else of the lemma (or of an app without
         readings) stands in the text after it. -->
    <xsl:variable name="details" as="element()*" select="$attachments[self::witDetail | self::wit]"/>
    <xsl:variable name="in-text" as="element()*"
        select="$attachments[empty($readings) or (not(. intersect $details) and tk:attached-to(., $readings) is $lemma)]"/>
    <xsl:variable name="lemma-details" as="element()*" select="$details[exists($lemma) and tk:attached-to(., $readings) is $lemma]"/>
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'app')"/>
      <xsl:for-each select="$lemma">
        <xsl:element name="{tk:box(.)}">
          <xsl:sequence select="tk:attrs(., 'lem')"/>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:for-each>
      <xsl:call-template name="tk:app-attached">
        <xsl:with-param name="items" select="$in-text"/>
      </xsl:call-template>
      <xsl:variable name="listed" as="element()*"
          select="($lemma[exists(tk:witnesses(.)) or exists($lemma-details)], $others)"/>
      <xsl:if test="exists($listed)">
        <xsl:element name="{tk:box(.)}">
          <xsl:attribute name="class" select="'readings'"/>
          <xsl:text> [</xsl:text>
          <xsl:for-each select="$listed">
            <xsl:variable name="reading" as="element()" select="."/>
            <xsl:if test="position() gt 1">; </xsl:if>
            <xsl:if test="not(. is $lemma)">
              <xsl:element name="{tk:box(.)}">
                <xsl:sequence select="tk:attrs(., 'rdg')"/>
                <xsl:apply-templates/>
              </xsl:element>
            </xsl:if>
            <xsl:for-each select="tk:witnesses(.)">
              <xsl:if test="not($reading is $lemma)"><xsl:text> </xsl:text></xsl:if>
              <span class="wit">{.}</span>
            </xsl:for-each>
            <xsl:call-template name="tk:app-attached">
              <xsl:with-param name="items" select="$attachments[tk:attached-to(., $readings) is $reading]
                  [not($reading is $lemma) or . intersect $details]"/>
            </xsl:call-template>
          </xsl:for-each>
          <xsl:text>]</xsl:text>
        </xsl:element>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- What an app holds besides readings, drawn after the reading it belongs to: a space before each
       (the source has none between them), except before a footnote's call and the witness details,
       which bring their own. -->
  <xsl:template name="tk:app-attached" as="node()*">
    <xsl:param name="items" as="element()*" required="yes"/>
    <xsl:for-each select="$items">
      <xsl:if test="not(self::note[tk:is-footnote(.)] | self::witDetail | self::wit)">
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- Readings met outside an app template (a standoff listApp): their text. -->
  <xsl:template match="lem | rdg | rdgGrp" as="node()*">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- A witness detail: its witnesses and what it says of them, in parentheses. -->
  <xsl:template match="witDetail" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'witDetail')"/>
      <xsl:attribute name="title" select="tk:label('witness-detail') || (if (tk:witnesses(.)) then ' ' || tk:witnesses(.) else '')"/>
      <xsl:text> (</xsl:text>
      <xsl:for-each select="tk:witnesses(.)">
        <span class="wit">{.}</span>
        <xsl:text>: </xsl:text>
      </xsl:for-each>
      <xsl:apply-templates/>
      <xsl:text>)</xsl:text>
    </xsl:element>
  </xsl:template>

  <!-- The witnesses of a reading written out as text. -->
  <xsl:template match="wit" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'wit')"/>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
