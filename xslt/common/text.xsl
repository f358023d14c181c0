<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading text of TEI nodes as plain strings: for page titles, citations, search indexes and
  summaries. Footnotes are left out (they are not part of the sentence they are called from),
  notes drawn in place are kept, supplied text is drawn in brackets as in the edition, gaps as […], choices show their reading
  (corr, reg, expan), an empty g the character its declaration maps it to, an apparatus its lemma (wherever
  it stands in the app, else its first reading: common/textcrit.xsl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="tk:plain" on-no-match="text-only-copy" on-multiple-match="fail"/>

  <!-- The normalised reading text of the nodes. -->
  <xsl:function name="tk:plain-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="tk:plain"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:template match="note[tk:is-footnote(.)] | teiHeader | fw | Q{http://www.w3.org/1999/xhtml}script | Q{http://www.w3.org/1999/xhtml}style"
      mode="tk:plain" as="empty-sequence()"/>

  <xsl:template match="supplied" mode="tk:plain" as="xs:string*">
    <xsl:sequence select="'['"/>
    <xsl:apply-templates mode="tk:plain"/>
    <xsl:sequence select="']'"/>
  </xsl:template>

  <xsl:template match="gap" mode="tk:plain" as="xs:string">
    <xsl:sequence select="'[…]'"/>
  </xsl:template>

  <xsl:template match="choice" mode="tk:plain" as="xs:string*">
    <xsl:apply-templates select="(corr, reg, expan, *)[1]" mode="tk:plain"/>
  </xsl:template>

  <xsl:template match="app" mode="tk:plain" as="xs:string*">
    <xsl:apply-templates select="tk:app-lemma(.)" mode="tk:plain"/>
  </xsl:template>

  <!-- A glyph: its content, else the character its declaration maps it to, else its name in brackets. -->
  <xsl:template match="g" mode="tk:plain" as="xs:string*">
    <xsl:choose>
      <xsl:when test="node()">
        <xsl:apply-templates mode="tk:plain"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="(tk:glyph-mapping(.), '[' || (tk:glyph-name(.), 'glyph')[1] || ']')[1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Block boundaries and line breaks separate words. -->
  <xsl:template match="lb | pb | cb | p | ab | head | item | l | cell | row | dateline | signed | salute | seg[parent::opener or parent::closer] | line | zone | surface"
      mode="tk:plain" as="xs:string*">
    <xsl:sequence select="' '"/>
    <xsl:apply-templates mode="tk:plain"/>
    <xsl:sequence select="' '"/>
  </xsl:template>

</xsl:stylesheet>
