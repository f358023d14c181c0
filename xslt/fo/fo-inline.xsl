<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline TEI with the edition's conventions, the same as the HTML edition's: supplied text in
  [brackets], gaps as […] (or [illegible]), sic marked [sic], page breaks of the source as a small
  marker ‖p. n‖ at the break. Unknown elements fall back to their text.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <!-- Text; in capitals inside small capitals (tk:capitals, tunnelled from their hi). -->
  <xsl:template match="text()" mode="tk:inline">
    <xsl:param name="tk:capitals" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:value-of select="if ($tk:capitals) then upper-case(.) else ."/>
  </xsl:template>

  <xsl:template match="supplied" mode="tk:inline">
    <xsl:text>[</xsl:text>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="gap" mode="tk:inline">
    <xsl:variable name="extent" as="xs:string?"
                  select="if (@quantity and @unit) then @quantity || ' ' || @unit || (if (@quantity ne '1') then 's' else '') else ()"/>
    <xsl:choose>
      <xsl:when test="@reason = 'illegible'">{'[' || string-join(($extent, 'illegible'), ' ') || ']'}</xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="sic" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:if test="not(parent::choice)"> [sic]</xsl:if>
  </xsl:template>

  <!-- choice: the source's form with the editor's in brackets (sic [corr], abbr [expan]), else the regularised form. -->
  <xsl:template match="choice" mode="tk:inline">
    <xsl:choose>
      <xsl:when test="sic and corr">
        <xsl:apply-templates select="sic[1]/node()" mode="tk:inline"/> [<xsl:apply-templates select="corr[1]/node()" mode="tk:inline"/>]</xsl:when>
      <xsl:when test="abbr and expan">
        <xsl:apply-templates select="abbr[1]/node()" mode="tk:inline"/> [<xsl:apply-templates select="expan[1]/node()" mode="tk:inline"/>]</xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="(reg, corr, expan, orig, sic, abbr, *)[1]/node()" mode="tk:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="unclear" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text> [?]</xsl:text>
  </xsl:template>

  <xsl:template match="del" mode="tk:inline">
    <fo:inline text-decoration="line-through"><xsl:apply-templates select="node()" mode="tk:inline"/></fo:inline>
  </xsl:template>

  <!-- A page break of the source: a small grey marker at the break, outside the text's reading order of words. -->
  <xsl:template match="pb" mode="tk:inline">
    <fo:inline font-size="7.5pt" color="#606060" font-style="normal" font-weight="normal" keep-with-previous.within-line="always">
      <xsl:text>‖</xsl:text>
      <xsl:if test="@n">p.&#xA0;{@n}‖</xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- A line break: an empty block, which ends the line it stands in (FOP honours linefeed-treatment on
       blocks only, and a line feed in an inline became a space). -->
  <xsl:template match="lb" mode="tk:inline">
    <fo:block/>
  </xsl:template>

  <xsl:template match="cb | milestone | anchor | index | graphic | media | figDesc[ancestor::note]" mode="tk:inline"/>

  <!-- A graphic whose image the caller found beside the document ($images): the image, scaled down to the
       width it has and to the page's height (less room for a caption), never up, with its description as
       the PDF's alternative text. -->
  <xsl:template match="graphic[tk:image(.)]" mode="tk:inline" priority="1">
    <fo:external-graphic src="url('{tk:image(.)}')" inline-progression-dimension.maximum="100%"
                         block-progression-dimension.maximum="{$tk:page?image-height}"
                         content-width="scale-down-to-fit" content-height="scale-down-to-fit" scaling="uniform"
                         fox:alt-text="{(normalize-space(string-join((../figDesc, desc), ' '))[. ne ''], 'Image')[1]}"/>
  </xsl:template>

  <!-- The file URI of a graphic's image when the caller found it (see $images), else empty. -->
  <xsl:function name="tk:image" as="xs:string?">
    <xsl:param name="graphic" as="element()"/>
    <xsl:sequence select="$images(normalize-space($graphic/@url))"/>
  </xsl:function>

  <!-- Inline quotations in typographic quotes, unless the transcription already has quote marks around it. -->
  <xsl:template match="quote | q | said[@direct = 'true']" mode="tk:inline">
    <xsl:variable name="quoted" as="xs:boolean"
                  select="matches(string(preceding-sibling::node()[1][self::text()]), '[&quot;“‘«„'']\s*$')"/>
    <xsl:if test="not($quoted)">“</xsl:if>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:if test="not($quoted)">”</xsl:if>
  </xsl:template>

  <xsl:template match="foreign | term | mentioned | title[@level = ('m', 'j', 's')] | emph" mode="tk:inline">
    <fo:inline font-style="italic">
      <xsl:call-template name="tk:inline-attributes"/>
      <xsl:apply-templates select="node()" mode="tk:inline"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="hi" mode="tk:inline">
    <xsl:variable name="rend" as="xs:string*" select="tokenize(@rend)"/>
    <fo:inline>
      <xsl:if test="$rend = ('italic', 'italics', 'i', 'sectiontitleital')"><xsl:attribute name="font-style" select="'italic'"/></xsl:if>
      <xsl:if test="$rend = ('bold', 'strong', 'b')"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:if test="$rend = ('roman')"><xsl:attribute name="font-style" select="'normal'"/></xsl:if>
      <xsl:if test="$rend = ('underline', 'u')"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:if>
      <xsl:if test="$rend = ('strikethrough', 'strike')"><xsl:attribute name="text-decoration" select="'line-through'"/></xsl:if>
      <xsl:if test="$rend = ('sup', 'superscript')"><xsl:attribute name="baseline-shift" select="'super'"/></xsl:if>
      <xsl:if test="$rend = ('sub', 'subscript')"><xsl:attribute name="baseline-shift" select="'sub'"/></xsl:if>
      <xsl:call-template name="tk:inline-attributes"/>
      <!-- Small capitals as capitals at full size, markup inside them included: FOP has no true
           small caps, and a smaller size would read as a note. -->
      <xsl:apply-templates select="node()" mode="tk:inline">
        <xsl:with-param name="tk:capitals" tunnel="yes" select="$rend = ('smallcaps', 'sc', 'small-caps')"/>
      </xsl:apply-templates>
    </fo:inline>
  </xsl:template>

  <!-- Links: external URLs become PDF links; the rest is text. -->
  <xsl:template match="ref[matches(@target, '^https?://')] | ptr[matches(@target, '^https?://')]" mode="tk:inline">
    <fo:basic-link external-destination="url('{@target}')" color="#1F3F7F">
      <xsl:apply-templates select="node()" mode="tk:inline"/>
      <xsl:if test="self::ptr">{@target}</xsl:if>
    </fo:basic-link>
  </xsl:template>

  <!-- Elements whose text is rendered as is (names, dates, numbers, segments, glosses, references, and any other). -->
  <xsl:template match="*" mode="tk:inline" priority="-1">
    <xsl:choose>
      <xsl:when test="tk:is-foreign(.)"/>
      <xsl:when test="@xml:lang">
        <fo:inline>
          <xsl:call-template name="tk:inline-attributes"/>
          <xsl:apply-templates select="node()" mode="tk:inline"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="node()" mode="tk:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tk:inline-attributes">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="language" select="tk:language-code(@xml:lang)"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
