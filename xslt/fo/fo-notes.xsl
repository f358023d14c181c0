<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: every note that is not set in place (distribution lists, marginal notes kept inline)
  becomes an fo:footnote at its call, numbered with the source's @n (or its position among the
  footnotes when the source gives none). The note body is a list block (number, then the note's
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

  <!-- Whether a note goes to the foot of the page: placed at foot/bottom/end, or unplaced and not a kind set in the text. -->
  <xsl:function name="tk:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@place) then tokenize($note/@place) = ('foot', 'bottom', 'end', 'margin', 'left', 'right')
                          else not($note/@type = ('distribution', 'inline'))"/>
  </xsl:function>

  <!-- Footnotes counted in their document division (or the text), by an accumulator: counting the
       notes before each one took quadratic time (20,000 notes: three minutes). -->
  <xsl:accumulator name="tk:footnote-place" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="div[@type = 'document']" phase="start" select="0"/>
    <xsl:accumulator-rule match="note[not(ancestor::note)][tk:is-footnote(.)]" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The number a footnote shows: the source's @n, else its place among the footnotes of its document,
       as on the HTML page. -->
  <xsl:function name="tk:note-number" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if (normalize-space($note/@n)) then normalize-space($note/@n)
                          else string($note ! accumulator-before('tk:footnote-place'))"/>
  </xsl:function>

  <xsl:template match="note[tk:is-footnote(.)][not(ancestor::note)]" mode="tk:inline" priority="2">
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
              <fo:block>
                <xsl:call-template name="tk:block-attributes">
                  <xsl:with-param name="with-id" select="false()"/>
                </xsl:call-template>
                <!-- A footnote called from small capitals is set as any other. -->
                <xsl:call-template name="tk:content">
                  <xsl:with-param name="tk:capitals" tunnel="yes" select="false()"/>
                </xsl:call-template>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- A note set in the text (a distribution list): its content where it stands. -->
  <xsl:template match="note" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
  </xsl:template>

  <!-- A note in a note cannot be a footnote in FO: in parentheses where it stands. -->
  <xsl:template match="note[ancestor::note]" mode="tk:inline" priority="1">
    <xsl:text> (</xsl:text>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

</xsl:stylesheet>
