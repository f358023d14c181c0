<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: every note that common/notes.xsl counts as a footnote (the same as the HTML page's)
  becomes an fo:footnote at its call, numbered with the source's @n (or its position among the
  footnotes when the source gives none); notes set in place (inline, distribution lists) stand in
  the text, marginal and other placed notes in parentheses after their place. The note body is a list block (number, then the note's
  paragraphs), so notes with several paragraphs, lists or quotations are valid FO. A note inside a
  note cannot be a footnote in FO: it is set in parentheses where it stands.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <!-- Which notes are footnotes (tk:is-footnote) and their numbers (tk:note-label: the source's @n,
       else the note's place among the footnotes of its document) come from common/notes.xsl, so that
       the PDF numbers its notes as the HTML page does. -->
  <xsl:function name="tk:note-number" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="tk:note-label($note)"/>
  </xsl:function>

  <xsl:template match="note[tk:is-footnote(.)][not(ancestor::note)]" mode="tk:inline" priority="3">
    <xsl:variable name="number" as="xs:string" select="tk:note-number(.)"/>
    <fo:footnote>
      <fo:inline font-size="7pt" baseline-shift="super" font-style="normal" font-weight="normal"
                 keep-with-previous.within-line="always">{$number}</fo:inline>
      <fo:footnote-body>
        <fo:list-block provisional-distance-between-starts="6mm" provisional-label-separation="1mm"
                       font-size="8.5pt" line-height="1.25" font-style="normal" font-weight="normal"
                       text-align="justify" text-indent="0pt" start-indent="0pt" end-indent="0pt" space-after="2pt">
          <xsl:for-each select="tk:own-id(.)">
            <xsl:attribute name="id" select="'tei-' || ."/>
          </xsl:for-each>
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()">
              <fo:block text-align="start">{$number}</fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <xsl:variable name="body" as="element(fo:block)">
                <fo:block>
                  <xsl:call-template name="tk:block-attributes">
                    <xsl:with-param name="with-id" select="false()"/>
                  </xsl:call-template>
                  <!-- A footnote called from small capitals is set as any other. -->
                  <xsl:call-template name="tk:content">
                    <xsl:with-param name="tk:capitals" tunnel="yes" select="false()"/>
                  </xsl:call-template>
                </fo:block>
              </xsl:variable>
              <!-- The page's footnotes run left to right: a note in a right-to-left language (of its
                   own or of the text it is called from) is turned, as that text is. -->
              <xsl:choose>
                <xsl:when test="tk:direction-of(.) eq 'rtl'">
                  <fo:block-container writing-mode="rl-tb"><xsl:sequence select="$body"/></fo:block-container>
                </xsl:when>
                <xsl:otherwise><xsl:sequence select="$body"/></xsl:otherwise>
              </xsl:choose>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- A note set in the text (an inline note, a distribution list): its content where it stands. -->
  <xsl:template match="note" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
  </xsl:template>

  <!-- A note the source places in the margin, above, below, between the lines ...: not a numbered
       footnote (as on the HTML page, where it is a side note), but set where it stands in parentheses
       after its place in italics: "(margin: …)". -->
  <xsl:template match="note[not(tk:is-footnote(.))][not(ancestor::note)][not(@type = 'distribution')][tokenize(@place) != 'inline']" mode="tk:inline" priority="1">
    <xsl:text> (</xsl:text>
    <fo:inline font-style="italic">{string-join((tokenize(@place)[1], normalize-space(@n)[. ne '']), ' ')}:</fo:inline>
    <xsl:text> </xsl:text>
    <fo:inline>
      <xsl:call-template name="tk:inline-attributes"/>
      <xsl:apply-templates select="node()" mode="tk:inline"/>
    </fo:inline>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- A note in a note cannot be a footnote in FO: in parentheses where it stands, with its number
       when it counts among the footnotes (as it does on the HTML page). -->
  <xsl:template match="note[ancestor::note]" mode="tk:inline" priority="2">
    <xsl:text> (</xsl:text>
    <xsl:if test="tk:is-footnote(.)">{tk:label('colon', tk:label('note-n-inline', tk:note-label(.)))}</xsl:if>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

</xsl:stylesheet>
