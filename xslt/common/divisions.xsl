<?xml version="1.0" encoding="UTF-8"?>
<!--
  TEI's divisions (div and the numbered div1 ... div7), the one list of them. Patterns and paths take
  them through shadow attributes, written out when the stylesheet is compiled:

    <xsl:template _match="{$tk:divisions}">           child::div | child::div1 | ... | child::div7
    <xsl:sequence _select="$e[{$tk:division-test}]"/>  self::div | self::div1 | ... | self::div7

  (child::div rather than div, which XPath would also read as the operator "div" after "(".)

  Included by common.xsl and by the FO stylesheet; static, so it must come before any use.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    exclude-result-prefixes="#all">

  <xsl:variable name="tk:division-names" static="yes" as="xs:string+"
      select="('div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7')"/>

  <!-- As a pattern, or as a step selecting children. -->
  <xsl:variable name="tk:divisions" static="yes" as="xs:string"
      select="string-join($tk:division-names ! ('child::' || .), ' | ')"/>

  <!-- As a test of the context node: true when it is a division. -->
  <xsl:variable name="tk:division-test" static="yes" as="xs:string"
      select="string-join($tk:division-names ! ('self::' || .), ' | ')"/>

</xsl:stylesheet>
