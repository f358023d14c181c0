<?xml version="1.0" encoding="UTF-8"?>
<!--
  Footnotes: which notes are footnotes, how they are labelled and identified, and where their list
  goes. Labels are the source's numbers (@n); a footnote without @n is counted by an accumulator
  within its document (div[@type='document']) or the whole text, so labelling every note of a
  volume stays linear (no counting of preceding notes per note).

  The accumulator must be applicable to the document: an importing stylesheet's initial mode
  declares use-accumulators="#all" (or names tk:footnote-count).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Placements that are drawn where the note stands, not as a numbered footnote. -->
  <xsl:variable name="tk:in-place-placements" as="xs:string+"
      select="('inline', 'margin', 'left', 'right', 'opposite', 'above', 'below', 'interlinear', 'marginLeft', 'marginRight', 'margin-left', 'margin-right', 'inside', 'overleaf')"/>

  <!-- True for notes of the text drawn as numbered footnotes: any placement except in-place ones, and
       not a closer's distribution list (teikit's note[@type='distribution']). -->
  <xsl:function name="tk:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="empty($note/ancestor::teiHeader)
        and not(tokenize($note/@place) = $tk:in-place-placements)
        and not($note/@type = 'distribution')"/>
  </xsl:function>

  <!-- Footnotes counted per document, for those without @n; a sourceDoc transcription's are counted
       apart, as they are listed apart after it (it stands before the text in the file, and its notes
       took the first numbers, the text's coming after them). -->
  <xsl:accumulator name="tk:footnote-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="div[@type = 'document'] | sourceDoc | TEI/text" phase="start" select="0"/>
    <xsl:accumulator-rule match="note[tk:is-footnote(.)]" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Footnotes counted through the whole document: stable keys for notes without xml:id. -->
  <xsl:accumulator name="tk:footnote-sequence" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="note[tk:is-footnote(.)]" phase="start" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The label of a footnote as the reader sees it: the source's @n, else its count in its document. -->
  <xsl:function name="tk:note-label" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="(normalize-space($note/@n)[. ne ''], string($note ! accumulator-before('tk:footnote-count')))[1]"/>
  </xsl:function>

  <!-- A key for a note, the same on every run: its own id, else its position among the footnotes. -->
  <xsl:function name="tk:note-key" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="(tk:own-id($note), 'tk-note-' || $note ! accumulator-before('tk:footnote-sequence'))[1]"/>
  </xsl:function>

  <!-- Where a footnote's list goes: its document division, else the text as a whole. -->
  <xsl:function name="tk:note-scope" as="element()">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="($note/ancestor::div[@type = 'document'][1], $note/ancestor::text[last()], root($note)/*)[1]"/>
  </xsl:function>

  <!-- The footnotes whose list belongs to the scope element (a document division or a text). -->
  <xsl:function name="tk:footnotes-of" as="element(note)*">
    <xsl:param name="scope" as="element()"/>
    <xsl:sequence select="if ($scope/self::div[@type = 'document'])
        then $scope//note[tk:is-footnote(.)][ancestor::div[@type = 'document'][1] is $scope]
        else $scope//note[tk:is-footnote(.)][empty(ancestor::div[@type = 'document'])]"/>
  </xsl:function>

</xsl:stylesheet>
