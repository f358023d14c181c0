<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI documents of a teiCorpus, each as a document of its own, for a site with a page per document
  (render of a teiCorpus to HTML). Output: members (in no namespace, so that the copies inherit no
  declaration from it) holding a copy of every TEI in the corpus, nested corpora's too, in document
  order, each with the language it inherits from its corpus (the nearest xml:lang above it) made its
  own, so that its page and its copy read as they did in the corpus. No parameters.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <members>
      <xsl:apply-templates select="teiCorpus//TEI[not(ancestor::TEI)]" mode="tk:member"/>
    </members>
  </xsl:template>

  <xsl:template match="TEI" mode="tk:member">
    <xsl:copy>
      <xsl:if test="not(@xml:lang)">
        <xsl:copy-of select="(ancestor::*/@xml:lang)[last()]"/>
      </xsl:if>
      <xsl:copy-of select="@*, node()"/>
    </xsl:copy>
  </xsl:template>

</xsl:stylesheet>
