<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's HTML reading edition: one HTML5 page per TEI document.

  Works on teikit's own TEI (tei/reference/teikit-shape.xml) and on hand-encoded TEI P5: elements
  without a template of their own show their text (html-fallback.xsl). Nothing from the TEI becomes
  active HTML: no attribute is copied through, URLs pass tk:safe-href, markup of other namespaces
  (XHTML script, object ...) is dropped, and the page carries a Content-Security-Policy that allows
  only the edition's own CSS and script files.

  Modules: html-page.xsl (page, head, header panel, citation, provenance), html-blocks.xsl
  (divisions, paragraphs, lists, tables, figures), html-inline.xsl (phrase level and editorial
  markup), html-textcrit.xsl (critical apparatus),
  html-transcr.xsl (sourceDoc transcriptions by surface, zone and line), html-notes.xsl (footnote calls and lists), html-fallback.xsl (anything else).
  CSS and script: teikit.css, teikit.js (copied beside the pages by the Java renderer).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="html-common.xsl"/>
  <xsl:include href="html-page.xsl"/>
  <xsl:include href="html-blocks.xsl"/>
  <xsl:include href="html-inline.xsl"/>
  <xsl:include href="html-textcrit.xsl"/>
  <xsl:include href="html-transcr.xsl"/>
  <xsl:include href="html-notes.xsl"/>
  <xsl:include href="html-fallback.xsl"/>

  <!-- Link to the TEI source of this page (relative or absolute); empty: no link. -->
  <xsl:param name="tei-href" as="xs:string?" select="()"/>
  <!-- Link to the PDF edition of this document; empty: no link. -->
  <xsl:param name="pdf-href" as="xs:string?" select="()"/>
  <!-- Link to the corpus site's index; empty: the page stands alone (no site navigation). -->
  <xsl:param name="index-href" as="xs:string?" select="()"/>
  <!-- Prefix of the CSS and script files (e.g. "../"); default: beside the page. -->
  <xsl:param name="asset-base" as="xs:string" select="''"/>
  <!-- The permanent URL of this page, when the edition is published; used in the citation. -->
  <xsl:param name="edition-url" as="xs:string?" select="()"/>
  <!-- The access date shown in the citation; default: today. -->
  <xsl:param name="access-date" as="xs:date" select="current-date()"/>
  <!-- The teikit version named in the page footer; empty: not named. -->
  <xsl:param name="teikit-version" as="xs:string" select="''"/>
  <!-- $labels (declared in ../common/labels.xsl): the language of the page's fixed words (headings,
       field names, titles of markers, month names): 'en' (default), 'de', 'fr', 'es' or 'ru'; any
       other gives English. The page's html/@lang is that language, the text keeps the document's. -->

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"
    use-character-maps="tk:html-safe-characters"/>

  <!-- The text: default mode. Accumulators (footnote counting) apply to the source document. -->
  <xsl:mode on-no-match="text-only-copy" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="/" as="element()">
    <xsl:apply-templates select="tk:the-tei(.)" mode="tk:page"/>
  </xsl:template>

</xsl:stylesheet>
