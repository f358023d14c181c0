<?xml version="1.0" encoding="UTF-8"?>
<!--
  Transcriptions of the source's surfaces (TEI chapter PH, sourceDoc) in the PDF, as on the HTML page
  (html/html-transcr.xsl): after the text, under a heading of its own when the document has a text
  too; each surface group, surface and zone a block labelled with its @n, each line of the source a
  line of its own, set to the start and not justified, so that the lines read as they stand. Its
  notes are footnotes like any other. (A facsimile's images are not drawn: the edition shows the text.)
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <xsl:template match="sourceDoc" mode="tk:block">
    <fo:block text-align="start">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:if test="exists(../text)">
        <fo:block role="H2" font-weight="bold" font-size="14pt" hyphenate="false" keep-with-next.within-page="always"
                  space-before="12pt" space-after="5pt">{tk:label('transcription-heading')}</fo:block>
      </xsl:if>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="surfaceGrp | surface | zone" mode="tk:block">
    <fo:block space-before="6pt" space-after="4pt">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:if test="normalize-space(@n)">
        <fo:block font-weight="bold" keep-with-next.within-page="always">{normalize-space(@n)}</fo:block>
      </xsl:if>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="line" mode="tk:block">
    <fo:block>
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
