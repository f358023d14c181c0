<?xml version="1.0" encoding="UTF-8"?>
<!--
  Non-standard characters and glyphs (TEI chapter WD): what a g stands for. A g names its glyph or
  char of the header's charDecl by a local pointer (@ref="#tironian"); an empty g shows the
  declaration's standard mapping, else its first other mapping; a g with content shows its content.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The glyph or char declaration a g points to in this document, or nothing. -->
  <xsl:function name="tk:glyph-declaration" as="element()?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="id" as="xs:string?" select="tk:local-id($g/@ref)"/>
    <xsl:sequence select="if ($id) then key('tk:id', $id, root($g))[self::glyph or self::char][1] else ()"/>
  </xsl:function>

  <!-- The characters an empty g stands for: its declaration's standard mapping, else its first
       mapping that is not empty; nothing when it has none. -->
  <xsl:function name="tk:glyph-mapping" as="xs:string?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="mappings" as="element(mapping)*" select="tk:glyph-declaration($g)/mapping[string() ne '']"/>
    <xsl:sequence select="($mappings[@type = 'standard'], $mappings)[1] ! string()"/>
  </xsl:function>

  <!-- The name of the glyph a g stands for: its declaration's glyphName or charName, else the
       declaration's id, else the pointer as written; nothing for a g that names nothing. -->
  <xsl:function name="tk:glyph-name" as="xs:string?">
    <xsl:param name="g" as="element(g)"/>
    <xsl:variable name="declaration" as="element()?" select="tk:glyph-declaration($g)"/>
    <xsl:sequence select="($declaration/(glyphName, charName) ! normalize-space()[. ne ''],
        normalize-space($declaration/@xml:id)[. ne ''], normalize-space($g/@ref)[. ne ''])[1]"/>
  </xsl:function>

</xsl:stylesheet>
