<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcriptions of the source's surfaces (TEI chapter PH, sourceDoc): a diplomatic transcription
  by surface, zone and line, with or without a text of its own. Each surface, zone and surface group
  is a block, each line a line of its own, so the lines read as they stand on the page; its footnotes
  are listed at its end. It follows
  the text in #tk-text, under a heading of its own when the document has a text too. (A facsimile's
  images are not shown: the reading edition shows the text.)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="sourceDoc" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., 'tei-sourceDoc')"/>
      <xsl:if test="exists(../text)">
        <h2 class="source-doc-heading">{tk:label('transcription-heading')}</h2>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="tk:footnote-list">
        <xsl:with-param name="notes" select=".//note[tk:is-footnote(.)]"/>
        <xsl:with-param name="level" select="if (exists(../text)) then 3 else 2"/>
      </xsl:call-template>
    </div>
  </xsl:template>

  <!-- A surface (a page, a side), a group of them, or a zone on one: a block, labelled with its @n. -->
  <xsl:template match="surfaceGrp | surface | zone" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:if test="normalize-space(@n)">
        <p class="{local-name()}-label">{normalize-space(@n)}</p>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- A line of the source, as a line of its own. -->
  <xsl:template match="line" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., 'line')"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

</xsl:stylesheet>
