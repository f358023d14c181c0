<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI document a file holds, for the outputs that render one document per file. Included by
  common.xsl and by the FO stylesheet.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The file's TEI root element, or error tk:E0001 saying what the file holds instead. A teiCorpus
       is refused too, rather than rendered as its first document: the others would be lost without
       a word (a site and a build take its documents apart first: corpus-members.xsl). -->
  <xsl:function name="tk:the-tei" as="element(TEI)">
    <xsl:param name="file" as="document-node()"/>
    <xsl:variable name="root" as="element()?" select="$file/*"/>
    <xsl:sequence select="if ($root instance of element(TEI)) then $root
        else if ($root instance of element(teiCorpus)) then error(xs:QName('tk:E0001'),
          'The file is a teiCorpus of ' || count($root//TEI) || ' TEI documents; a page or a PDF is made of one TEI '
          || 'document: render the corpus file itself (teikit render FILE --to html, or --to pdf), which makes a page '
          || 'or a PDF per document in a folder named after it, build its folder (teikit build DIR -o OUT), or split '
          || 'the corpus into a file per TEI document')
        else error(xs:QName('tk:E0001'), 'Not a TEI document: the root element is ' || name($root)
          || ' in namespace ''' || namespace-uri($root) || ''', expected TEI in http://www.tei-c.org/ns/1.0')"/>
  </xsl:function>

</xsl:stylesheet>
