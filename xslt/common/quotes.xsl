<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotation marks of quoted phrases (quote, q, direct speech): the page and the PDF draw them around a
  phrase, unless the source writes its own just before it ("<quote>…</quote>" in teikit's TEI, where
  the marks stay text).
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
        and not(matches(string($e/preceding-sibling::node()[1][self::text()]), '[&quot;“‘«„'']\s*$'))"/>
  </xsl:function>

</xsl:stylesheet>
