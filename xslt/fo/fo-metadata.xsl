<?xml version="1.0" encoding="UTF-8"?>
<!--
  Document metadata for the PDF (title, author, subject, keywords, language) as an XMP packet in
  fo:declarations, where XSL 1.1 processors such as FOP take it from. FOP copies it into the PDF's
  Info dictionary too, which PDF/A requires to agree with the XMP.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tk="https://teikit.org/ns/xslt"
                xmlns:x="adobe:ns:meta/"
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="xs tk"
                expand-text="yes">

  <xsl:template name="tk:xmp-metadata">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="creators" as="xs:string*" select="tk:creators($tei)"/>
    <xsl:variable name="summary" as="xs:string" select="normalize-space(string-join(tk:summary($tei) ! tk:plain(.), ' '))"/>
    <xsl:variable name="keywords" as="xs:string*" select="tk:keywords($tei)"/>
    <x:xmpmeta>
      <rdf:RDF>
        <rdf:Description rdf:about="">
          <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{tk:title($tei)}</rdf:li></rdf:Alt></dc:title>
          <xsl:if test="exists($creators)">
            <dc:creator><rdf:Seq><xsl:for-each select="$creators"><rdf:li>{.}</rdf:li></xsl:for-each></rdf:Seq></dc:creator>
          </xsl:if>
          <xsl:if test="$summary ne ''">
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{$summary}</rdf:li></rdf:Alt></dc:description>
          </xsl:if>
          <xsl:if test="exists($keywords)">
            <dc:subject><rdf:Bag><xsl:for-each select="$keywords"><rdf:li>{.}</rdf:li></xsl:for-each></rdf:Bag></dc:subject>
          </xsl:if>
          <dc:language><rdf:Bag><rdf:li>{$lang}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <xsl:if test="exists($keywords)">
          <rdf:Description rdf:about="">
            <pdf:Keywords>{string-join($keywords, ', ')}</pdf:Keywords>
          </rdf:Description>
        </xsl:if>
      </rdf:RDF>
    </x:xmpmeta>
  </xsl:template>

</xsl:stylesheet>
