<?xml version="1.0" encoding="UTF-8"?>
<!--
  The extent of a gap or a space in words, for the HTML page and the PDF alike. Included by
  common.xsl and by the FO stylesheet.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The units TEI writes a gap's extent in, singular and plural, position by position. -->
  <xsl:variable name="tk:singular-units" as="xs:string+"
      select="('char', 'character', 'line', 'page', 'word', 'letter', 'leaf', 'column')"/>
  <xsl:variable name="tk:plural-units" as="xs:string+"
      select="('chars', 'characters', 'lines', 'pages', 'words', 'letters', 'leaves', 'columns')"/>

  <!-- "2 lines", "1 page", "about three lines" (@extent): the quantity, the extent in words and the
       unit, a known unit in the number the quantity needs whichever way it is written (unit="pages"
       with quantity="1" is "1 page"), any other (cm, mm) as written; empty when there is none. -->
  <xsl:function name="tk:extent" as="xs:string?">
    <xsl:param name="element" as="element()"/>
    <xsl:variable name="quantity" as="xs:string?" select="normalize-space($element/@quantity)[. ne '']"/>
    <xsl:variable name="unit" as="xs:string?" select="normalize-space($element/@unit)[. ne '']"/>
    <xsl:variable name="known" as="xs:integer?"
        select="$unit ! (index-of($tk:singular-units, .), index-of($tk:plural-units, .))[1]"/>
    <xsl:variable name="said" as="xs:string?" select="if (empty($known)) then $unit
        else if ($quantity = '1') then $tk:singular-units[$known] else $tk:plural-units[$known]"/>
    <xsl:sequence select="string-join(($quantity, normalize-space($element/@extent)[. ne ''], $said), ' ')[. ne '']"/>
  </xsl:function>

</xsl:stylesheet>
