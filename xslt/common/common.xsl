<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's shared XSLT layer: everything the HTML and the PDF (XSL-FO) stylesheets both need to know
  about a TEI document, as typed functions and one plain-text mode. Nothing here writes HTML or FO.

  Import it from an output module:  <xsl:import href="../common/common.xsl"/>
  (fo/fo.xsl includes only the modules it uses: divisions, ids, document, notes, extent, urls,
  textcrit, gaiji, direction, quotes, dates and labels.)

    header.xsl   tk:title, tk:doc-date, tk:doc-when, tk:doc-types, tk:languages, tk:repository,
                 tk:archive-reference, tk:translators, tk:funders, tk:rights, tk:source-bibls, ...
                 (one function per header field of ENCODING.md, each working on teikit's shape and
                 falling back on common TEI P5 headers)
    notes.xsl    which notes are footnotes, their labels (the source's @n, else counted per
                 document by an accumulator: no preceding:: counting), their ids and scopes
    divisions.xsl  the division elements (div, div1 ... div7), for patterns and paths
    ids.xsl      tk:own-id: the id an element may carry in HTML or FO (first holder only, none
                 that looks like teikit's own)
    document.xsl tk:the-tei: the file's TEI element, or error tk:E0001 (another root, a teiCorpus)
    dates.xsl    ISO date display ("3 May 1958", "15 March 44 BCE"), years, citation dates
    labels.xsl   tk:label: the fixed words of pages and PDF in the language of $labels (en, de,
                 fr, es, ru), from one table, a static map built when the stylesheet is compiled
    urls.xsl     tk:safe-href: the only way a URL from TEI may become a link or an image
    textcrit.xsl tk:app-lemma, tk:app-readings, tk:app-attachments: an apparatus's lemma (in a
                 reading group too), its other readings, and the notes and witDetail it holds
    gaiji.xsl    tk:glyph-mapping, tk:glyph-name: what a g of the charDecl stands for
    direction.xsl  tk:direction, tk:direction-of: whether a language tag, or the language an
                 element is in, runs right to left
    quotes.xsl   tk:draws-quotation-marks: whether a quoted phrase gets its marks from the output
    text.xsl     mode tk:plain and tk:plain-text(): the reading text of a node, for titles,
                 search indexes and citations (notes left out, supplied text in brackets)

  Every function is in the namespace https://teikit.org/ns/xslt (prefix tk). Errors raised by the
  stylesheets use codes tk:E0001... and are turned into Diagnostics by the Java side.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:include href="divisions.xsl"/>
  <xsl:include href="dates.xsl"/>
  <xsl:include href="labels.xsl"/>
  <xsl:include href="urls.xsl"/>
  <xsl:include href="text.xsl"/>
  <xsl:include href="extent.xsl"/>
  <xsl:include href="textcrit.xsl"/>
  <xsl:include href="gaiji.xsl"/>
  <xsl:include href="direction.xsl"/>
  <xsl:include href="quotes.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="ids.xsl"/>
  <xsl:include href="document.xsl"/>

  <!-- Divisions counted in document order, for anchors of those without an id: a path of sibling
       positions cost quadratic time (a page of 80,000 sibling divisions: 54 s). -->
  <xsl:accumulator name="tk:div-ordinal" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule _match="{$tk:divisions}" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The anchor of a division: its own id, else its place among the divisions (the same on every run). -->
  <xsl:function name="tk:div-id" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence select="(tk:own-id($div), 'tk-div-' || $div ! accumulator-before('tk:div-ordinal'))[1]"/>
  </xsl:function>

</xsl:stylesheet>
