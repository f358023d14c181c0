<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotation marks of quoted phrases (quote, q, direct speech): the page and the PDF draw them around a
  phrase, unless the source writes its own just before it ("<quote>…</quote>" in teikit's TEI, where
  the marks stay text), in the marks of the phrase's language („…“ in a German text, « … » in a French
  one; “…” in English and in any language the table does not have), a phrase quoted inside another
  in the language's inner marks (‘…’ in English, ‚…‘ in German).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Whether the output draws quotation marks around the phrase $e: a quote, q or direct speech
       whose source has no opening mark just before it. -->
  <xsl:function name="tk:draws-quotation-marks" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/(self::quote | self::q | self::said[@direct = 'true']))
        and not(matches(string($e/preceding-sibling::node()[1][self::text()]), '[&quot;“‘«„‚'']\s*$'))"/>
  </xsl:function>

  <!-- The marks by the primary language subtag (xml:lang): the outer pair, then the pair for a phrase
       quoted inside a quoted phrase; “ ” and ‘ ’ for any other language. -->
  <xsl:variable name="tk:quotation-marks-by-language" as="map(xs:string, xs:string+)" select="map {
      'de': ('„', '“', '‚', '‘'), 'cs': ('„', '“', '‚', '‘'), 'sk': ('„', '“', '‚', '‘'), 'bg': ('„', '“', '‚', '‘'),
      'pl': ('„', '”', '«', '»'), 'hu': ('„', '”', '»', '«'), 'ro': ('„', '”', '«', '»'),
      'fr': ('«&#xA0;', '&#xA0;»', '“', '”'),
      'es': ('«', '»', '“', '”'), 'it': ('«', '»', '“', '”'), 'pt': ('«', '»', '“', '”'), 'el': ('«', '»', '“', '”'),
      'ru': ('«', '»', '„', '“'), 'uk': ('«', '»', '„', '“'),
      'sv': ('”', '”', '’', '’'), 'fi': ('”', '”', '’', '’') }"/>

  <!-- The opening and closing quotation marks for the phrase $e, by the language it is in (its own
       xml:lang or the nearest ancestor's well-formed one) and by how deep it is in other quoted
       phrases: the outer pair and the inner one take turns (“a ‘b “c” b’ a”). -->
  <xsl:function name="tk:quotation-marks" as="xs:string+">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="lang" as="xs:string?"
        select="($e/ancestor-or-self::*[@xml:lang][tk:lang-tag(@xml:lang)])[last()]/@xml:lang ! lower-case(tokenize(normalize-space(.), '-')[1])"/>
    <xsl:variable name="marks" as="xs:string+" select="($lang ! $tk:quotation-marks-by-language(.), '“', '”', '‘', '’')[position() le 4]"/>
    <xsl:variable name="inner" as="xs:boolean" select="count($e/ancestor::*[self::quote | self::q | self::said[@direct = 'true']]) mod 2 = 1"/>
    <xsl:sequence select="if ($inner) then $marks[position() = (3, 4)] else $marks[position() le 2]"/>
  </xsl:function>

</xsl:stylesheet>
