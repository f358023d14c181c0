<?xml version="1.0" encoding="UTF-8"?>
<!--
  Identifiers: elements by xml:id, and the id each one may carry in an output. Included by
  common.xsl and by the FO stylesheet, which keeps its own helpers otherwise.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Elements by xml:id (spaces trimmed), for resolving local pointers (#id) in linear time. -->
  <xsl:key name="tk:id" match="*[@xml:id]" use="normalize-space(@xml:id)"/>

  <!-- The id an element carries in the output: its xml:id, unless an earlier element has the same
       one (the TEI is then invalid, but its page and PDF must still be: HTML and FOP refuse
       duplicate ids), it has a space inside (HTML ids have none), or it begins like the ids teikit
       makes for itself (tk-, fn-, fnref-). -->
  <xsl:function name="tk:own-id" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" as="xs:string" select="normalize-space($e/@xml:id)"/>
    <xsl:sequence select="$id[. ne ''][not(contains(., ' '))]
        [not(starts-with(., 'tk-') or starts-with(., 'fn-') or starts-with(., 'fnref-'))]
        [not(root($e) instance of document-node()) or key('tk:id', ., root($e))[1] is $e]"/>
  </xsl:function>

</xsl:stylesheet>
