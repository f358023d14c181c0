<?xml version="1.0" encoding="UTF-8"?>
<!--
  Inline TEI with the edition's conventions, the same as the HTML edition's: supplied text in
  [brackets], gaps as […] (or [illegible]), sic marked [sic], surplus text in {braces}, damaged text
  underlined dotted, page breaks of the source as a small
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

  <!-- A gap: […] with its reason and extent in words, as on the HTML page ([… damage, 2 lines]), an
       illegible passage as [1 word illegible], a plain omission as […]; its description follows. -->
  <xsl:template match="gap" mode="tk:inline">
    <xsl:variable name="reason" as="xs:string?" select="normalize-space(@reason)[. ne '']"/>
    <xsl:variable name="extent" as="xs:string?" select="tk:extent(.)"/>
    <xsl:choose>
      <xsl:when test="$reason = 'illegible'">[{string-join(($extent, 'illegible'), ' ')}</xsl:when>
      <xsl:when test="exists(($reason, $extent)) and not($reason = ('omitted', 'elided', 'ellipsis'))">[… {string-join(($reason, $extent), ', ')}</xsl:when>
      <xsl:otherwise>[…</xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="desc">
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="node()" mode="tk:inline"/>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <!-- A space left in the source: a space, so that the words either side stay apart. -->
  <xsl:template match="space" mode="tk:inline">
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="sic" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:if test="not(parent::choice)"> [sic]</xsl:if>
  </xsl:template>

  <!-- choice: as on the HTML page, the edited reading (corr, reg, expan, else the first) and after it
       every other one in parentheses with its kind: "old (orig: olde)", "receive (sic: recieve)". -->
  <xsl:template match="choice" mode="tk:inline">
    <xsl:variable name="shown" as="element()?" select="(corr, reg, expan, *)[1]"/>
    <xsl:apply-templates select="$shown/node()" mode="tk:inline"/>
    <xsl:for-each select="* except $shown">
      <xsl:text> ({local-name()}: </xsl:text>
      <xsl:apply-templates select="node()" mode="tk:inline"/>
      <xsl:text>)</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- An apparatus, as on the HTML page (html-textcrit.xsl), from the same reading of it
       (common/textcrit.xsl): the lemma in the text, then in brackets the lemma's witnesses and each
       other reading with its witnesses, "quick [#A; swift #B; rapid #C]"; an empty reading is "om.".
       What the app holds besides readings follows the reading it belongs to (tk:attached-to): a
       footnote's call, a note in parentheses, a witness detail "(#B: erased)" after the witnesses. -->
  <xsl:template match="app" mode="tk:inline">
    <xsl:variable name="readings" as="element()*" select="tk:app-readings(.)"/>
    <xsl:variable name="lemma" as="element()?" select="tk:app-lemma(.)"/>
    <xsl:variable name="attachments" as="element()*" select="tk:app-attachments(.)"/>
    <xsl:variable name="details" as="element()*" select="$attachments[self::witDetail | self::wit]"/>
    <xsl:apply-templates select="$lemma/node()" mode="tk:inline"/>
    <xsl:apply-templates mode="tk:app-attached"
        select="$attachments[empty($readings) or (not(. intersect $details) and tk:attached-to(., $readings) is $lemma)]"/>
    <xsl:variable name="listed" as="element()*" select="($lemma[exists(tk:witnesses(.))
        or exists($details[tk:attached-to(., $readings) is $lemma])], $readings except $lemma)"/>
    <xsl:if test="exists($listed)">
      <xsl:text> [</xsl:text>
      <xsl:for-each select="$listed">
        <xsl:variable name="reading" as="element()" select="."/>
        <xsl:if test="position() gt 1">; </xsl:if>
        <xsl:if test="not(. is $lemma)">
          <xsl:apply-templates select="node()" mode="tk:inline"/>
          <xsl:if test="not(normalize-space(.)) and empty(*)">om.</xsl:if>
        </xsl:if>
        <xsl:value-of select="tk:witnesses(.)[not($reading is $lemma)] ! (' ' || .), tk:witnesses(.)[$reading is $lemma]" separator=""/>
        <xsl:apply-templates mode="tk:app-attached" select="$attachments[tk:attached-to(., $readings) is $reading]
            [not($reading is $lemma) or . intersect $details]"/>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- What an apparatus holds besides readings, after the reading it belongs to. -->
  <xsl:template match="note[tk:is-footnote(.)]" mode="tk:app-attached">
    <xsl:apply-templates select="." mode="tk:inline"/>
  </xsl:template>

  <xsl:template match="note" mode="tk:app-attached">
    <xsl:text> (</xsl:text>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template match="witDetail" mode="tk:app-attached">
    <xsl:text> (</xsl:text>
    <xsl:for-each select="tk:witnesses(.)">{.}: </xsl:for-each>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <xsl:template match="*" mode="tk:app-attached">
    <xsl:text> </xsl:text>
    <xsl:apply-templates select="." mode="tk:inline"/>
  </xsl:template>

  <!-- A glyph (g), as on the HTML page: its content when it has some; else the character its charDecl
       entry maps it to (common/gaiji.xsl); else its name in brackets, so that its place is not lost. -->
  <xsl:template match="g[not(node())]" mode="tk:inline">
    <xsl:value-of select="(tk:glyph-mapping(.), '[' || (tk:glyph-name(.), 'glyph')[1] || ']')[1]"/>
  </xsl:template>

  <!-- A phrase in a language that runs the other way from the text around it (a Hebrew name in an
       English sentence): embedded with that direction, so that its words, numbers and punctuation keep
       their order. Notes are left to their own templates (a footnote is no phrase). -->
  <xsl:template match="*[@xml:lang][not(self::note)][exists(tk:turned-direction(.))]" mode="tk:inline" priority="10">
    <fo:bidi-override unicode-bidi="embed" direction="{tk:turned-direction(.)}">
      <xsl:next-match/>
    </fo:bidi-override>
  </xsl:template>

  <xsl:template match="unclear" mode="tk:inline">
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text> [?]</xsl:text>
  </xsl:template>

  <!-- Surplus text of the source, as on the HTML page: in curly braces, "the {the} harbour". -->
  <xsl:template match="surplus" mode="tk:inline">
    <xsl:text>{{</xsl:text>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:text>}}</xsl:text>
  </xsl:template>

  <!-- Damaged text of the source, as on the HTML page: underlined dotted (a border: XSL-FO's
       text-decoration has no dotted line), without a character added. -->
  <xsl:template match="damage" mode="tk:inline">
    <fo:inline border-after-style="dotted" border-after-width="0.6pt" border-after-color="#606060">
      <xsl:apply-templates select="node()" mode="tk:inline"/>
    </fo:inline>
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
                         fox:alt-text="{(normalize-space(string-join((../figDesc, desc), ' '))[. ne ''], tk:label('image'))[1]}"/>
  </xsl:template>

  <!-- The file URI of a graphic's image when the caller found it (see $images), else empty. -->
  <xsl:function name="tk:image" as="xs:string?">
    <xsl:param name="graphic" as="element()"/>
    <xsl:sequence select="$images(normalize-space($graphic/@url))"/>
  </xsl:function>

  <!-- Inline quotations in typographic quotes, unless the transcription already has quote marks around it. -->
  <xsl:template match="quote | q | said[@direct = 'true']" mode="tk:inline">
    <!-- The marks of the phrase's language, or none where the source has its own. -->
    <xsl:variable name="quotes" as="xs:string*" select="if (tk:draws-quotation-marks(.)) then tk:quotation-marks(.) else ()"/>
    <xsl:value-of select="$quotes[1]"/>
    <xsl:apply-templates select="node()" mode="tk:inline"/>
    <xsl:value-of select="$quotes[2]"/>
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

  <!-- Links: external URLs become PDF links; the rest is text. A pointer, or a reference with no
       text of its own, shows its target, as on the HTML page. -->
  <xsl:template match="ref[matches(@target, '^https?://')] | ptr[matches(@target, '^https?://')]" mode="tk:inline" priority="1">
    <fo:basic-link external-destination="url('{@target}')" color="#1F3F7F">
      <xsl:apply-templates select="node()" mode="tk:inline"/>
      <xsl:if test="self::ptr or not(node())">{normalize-space(@target)}</xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="ptr | ref[not(node())]" mode="tk:inline">
    <xsl:text>{normalize-space(@target)}</xsl:text>
  </xsl:template>

  <!-- A stage direction in italics, apart from the words before it. -->
  <xsl:template match="stage" mode="tk:inline">
    <xsl:if test="preceding-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
    <fo:inline font-style="italic">
      <xsl:call-template name="tk:inline-attributes"/>
      <xsl:apply-templates select="node()" mode="tk:inline"/>
    </fo:inline>
  </xsl:template>

  <!-- Embedded players and frames of other vocabularies (FRUS's XHTML object): a marker, as on the
       HTML page, says that something was left out. -->
  <xsl:template match="h:object | h:embed | h:iframe | h:frame | h:applet | h:video | h:audio | h:canvas | h:form"
                mode="tk:inline" xmlns:h="http://www.w3.org/1999/xhtml">
    <fo:inline font-style="italic">[{tk:label('embedded-not-shown', local-name())}]</fo:inline>
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
