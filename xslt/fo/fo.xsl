<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI P5 to XSL-FO: a printable edition of one TEI document. A title block from the header, then the
  text with the editorial conventions of the HTML edition (supplied text in brackets, gaps as […],
  page breaks of the source as markers), footnotes as real fo:footnote at their calls, running heads
  and "n of N" page numbers. Any FO processor can typeset the result; teikit uses Apache FOP.

  Font sizes are part of the contract with the tests (they tell text kinds apart by size in the PDF):
  body and headings >= 9pt, footnote text 8.5pt, running heads and folios 8pt, page-break markers 7.5pt,
  footnote calls 7pt.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <xsl:include href="../common/divisions.xsl"/>
  <xsl:include href="../common/ids.xsl"/>
  <xsl:include href="../common/document.xsl"/>
  <xsl:include href="../common/notes.xsl"/>
  <xsl:include href="../common/extent.xsl"/>
  <xsl:include href="../common/urls.xsl"/>
  <xsl:include href="../common/textcrit.xsl"/>
  <xsl:include href="../common/gaiji.xsl"/>
  <xsl:include href="../common/direction.xsl"/>
  <xsl:include href="../common/quotes.xsl"/>
  <xsl:include href="../common/dates.xsl"/>
  <xsl:include href="../common/labels.xsl"/>
  <xsl:include href="fo-header-fields.xsl"/>
  <xsl:include href="fo-metadata.xsl"/>
  <xsl:include href="fo-title-block.xsl"/>
  <xsl:include href="fo-blocks.xsl"/>
  <xsl:include href="fo-inline.xsl"/>
  <xsl:include href="fo-notes.xsl"/>
  <xsl:include href="fo-transcr.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- Paper size: 'a4' (default) or 'letter'. -->
  <xsl:param name="paper" as="xs:string" select="'a4'"/>
  <!-- Whether to hyphenate the text in its language (default true). -->
  <xsl:param name="hyphenate" as="xs:boolean" select="true()"/>
  <!-- The text's language when the TEI does not say (default: TEI/@xml:lang, else 'en'). -->
  <xsl:param name="language" as="xs:string" select="''"/>
  <!-- The font-family list for all text: the default Unicode serif first, then fallbacks such as a CJK font. -->
  <xsl:param name="font-family" as="xs:string" select="'Liberation Serif'"/>
  <!-- The local images the PDF shows: each graphic's URL (as written, spaces normalised) to the file URI of
       an image the caller has checked (in the document's folder, PNG, JPEG or GIF). A graphic whose URL
       is not here is left out (its figure keeps its caption, or shows "[figure]"): the stylesheet itself
       reads nothing a document names. -->
  <xsl:param name="images" as="map(xs:string, xs:string)" select="map{}"/>
  <!-- $labels (labels.xsl): the language of the fixed words ("Page", "Summary", field names, month
       names): 'en' (default), 'de', 'fr', 'es' or 'ru'; any other gives English. -->

  <!-- The footnote numbering's accumulator applies to the source document. -->
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>
  <xsl:mode name="tk:document" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tk:block" on-multiple-match="fail" on-no-match="fail"/>
  <xsl:mode name="tk:inline" on-multiple-match="fail" on-no-match="fail"/>

  <!-- The page's size, and the tallest an image may be drawn: the text area's height (the page's less
       48mm of margins) less room for a caption, so that a tall scan fits on a page with its caption. -->
  <xsl:variable name="tk:page" as="map(xs:string, xs:string)"
                select="if ($paper = 'letter')
                        then map { 'width': '8.5in', 'height': '11in', 'image-height': '190mm' }
                        else if ($paper = 'a4') then map { 'width': '210mm', 'height': '297mm', 'image-height': '205mm' }
                        else error(xs:QName('tk:E0101'), 'Unknown paper size ' || $paper || ' (expected a4 or letter)')"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tk:the-tei(.)" mode="tk:document"/>
  </xsl:template>

  <xsl:template match="*" mode="tk:document">
    <xsl:variable name="lang" as="xs:string" select="if ($language ne '') then $language else tk:language(.)"/>
    <fo:root font-family="{$font-family}" font-size="10.5pt" line-height="1.35"
             xml:lang="{$lang}" language="{tk:language-code($lang)}"
             hyphenate="{$hyphenate and not(tk:language-code($lang) = ('zh', 'ja', 'ko'))}" hyphenation-push-character-count="3" hyphenation-remain-character-count="3">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="tk-page" page-width="{$tk:page?width}" page-height="{$tk:page?height}"
                               margin-top="12mm" margin-bottom="12mm" margin-left="28mm" margin-right="22mm">
          <fo:region-body margin-top="12mm" margin-bottom="12mm"/>
          <fo:region-before extent="8mm"/>
          <fo:region-after extent="8mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <xsl:call-template name="tk:xmp-metadata">
          <xsl:with-param name="tei" select="."/>
          <xsl:with-param name="lang" select="$lang"/>
        </xsl:call-template>
      </fo:declarations>
      <fo:page-sequence master-reference="tk-page" id="tk-pages">
        <fo:static-content flow-name="xsl-region-before">
          <fo:block font-size="8pt" font-style="italic" text-align="center" hyphenate="false"
                    border-after-style="solid" border-after-width="0.3pt" padding-after="1.5pt">{tk:short-title(., 80)}</fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after">
          <fo:block font-size="8pt" text-align="center">{tk:label('page-word')} <fo:page-number/> {tk:label('of-word')} <fo:page-number-citation-last ref-id="tk-pages"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-footnote-separator">
          <fo:block space-before="6pt" space-after="3pt">
            <fo:leader leader-pattern="rule" leader-length="35%" rule-thickness="0.4pt"/>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body" text-align="justify">
          <xsl:call-template name="tk:title-block">
            <xsl:with-param name="tei" select="."/>
          </xsl:call-template>
          <xsl:variable name="text" as="element()?" select="(text, self::*[not(self::TEI)])[1]"/>
          <xsl:variable name="blocks" as="node()*">
            <xsl:call-template name="tk:blocks">
              <xsl:with-param name="nodes" select="$text/node()"/>
            </xsl:call-template>
          </xsl:variable>
          <!-- The text of a document in a right-to-left language runs right to left in the page's
               left-to-right chrome (see tk:turned-direction). -->
          <xsl:choose>
            <xsl:when test="$text ! tk:direction-of(.) = 'rtl'">
              <fo:block-container writing-mode="rl-tb"><xsl:sequence select="$blocks"/></fo:block-container>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="$blocks"/></xsl:otherwise>
          </xsl:choose>
          <xsl:apply-templates select="sourceDoc" mode="tk:block"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- The primary language subtag of an xml:lang value ('de' for 'de-AT'), lower case, as FO's language wants it. -->
  <xsl:function name="tk:language-code" as="xs:string">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="lower-case(tokenize($lang, '[-_]')[1])"/>
  </xsl:function>

</xsl:stylesheet>
