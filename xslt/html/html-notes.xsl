<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes. A footnote leaves a numbered call where it stands (sup > a#fnref-KEY href=#fn-KEY) and is
  drawn in the list of its document (li#fn-KEY with a link back to the call). Labels are the
  source's numbers. Notes placed inline or in the margin are drawn where they stand.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="tk:footnote" on-no-match="fail" on-multiple-match="fail"/>

  <!-- The call of a footnote. -->
  <xsl:template match="note[tk:is-footnote(.)]" as="element()">
    <xsl:variable name="key" as="xs:string" select="tk:note-key(.)"/>
    <xsl:variable name="label" as="xs:string" select="tk:note-label(.)"/>
    <sup class="fn-call"><a id="fnref-{$key}" href="#fn-{$key}" role="doc-noteref" aria-label="{tk:label('note-n', $label)}">{$label}</a></sup>
  </xsl:template>

  <!-- Notes drawn in place: inline ones in parentheses, margin ones as side notes, a closer's
       distribution list as a line. -->
  <xsl:template match="note[not(tk:is-footnote(.))]" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., ('note', tokenize(@place)[1] ! tk:class-token('note-' || .)))"/>
      <xsl:if test="normalize-space(@n)">
        <span class="note-label">{normalize-space(@n)} </span>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- The list of footnotes of one document (or of the whole text); nothing when there are none. -->
  <xsl:template name="tk:footnote-list" as="element()?">
    <xsl:param name="notes" as="element(note)*" required="yes"/>
    <xsl:param name="level" as="xs:integer" required="yes"/>
    <xsl:if test="exists($notes)">
      <xsl:variable name="heading-id" as="xs:string" select="'tk-notes-' || (if (self::text) then 'text-' || count(preceding::text) + 1
          else if (self::sourceDoc) then 'source-' || count(preceding-sibling::sourceDoc) + 1 else tk:div-id(.))"/>
      <section class="footnotes" aria-labelledby="{$heading-id}">
        <xsl:element name="h{min((6, $level))}">
          <xsl:attribute name="id" select="$heading-id"/>
          <!-- The heading is the page's own words, left to right also in a right-to-left text. -->
          <xsl:if test="tk:direction-of(.) eq 'rtl'">
            <xsl:attribute name="lang" select="$tk:labels-lang"/>
            <xsl:attribute name="dir" select="'ltr'"/>
          </xsl:if>
          <xsl:attribute name="class" select="'footnotes-heading'"/>
          <xsl:text>{tk:label('notes')}</xsl:text>
        </xsl:element>
        <ol class="footnote-list">
          <xsl:apply-templates select="$notes" mode="tk:footnote"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note" mode="tk:footnote" as="element()">
    <xsl:variable name="key" as="xs:string" select="tk:note-key(.)"/>
    <xsl:variable name="label" as="xs:string" select="tk:note-label(.)"/>
    <!-- The list stands in the note's scope (a document division or the text), not where the note
         stands: the note's language and direction, where they are not the scope's, are written out. -->
    <xsl:variable name="lang" as="xs:string?"
        select="(ancestor-or-self::*[@xml:lang][tk:lang-tag(@xml:lang)])[last()]/@xml:lang ! tk:lang-tag(.)"/>
    <xsl:variable name="scope" as="element()" select="tk:note-scope(.)"/>
    <xsl:variable name="scope-lang" as="xs:string?"
        select="($scope/ancestor-or-self::*[@xml:lang][tk:lang-tag(@xml:lang)])[last()]/@xml:lang ! tk:lang-tag(.)"/>
    <li id="fn-{$key}" class="footnote{@type ! (' ' || tk:class-token('note-' || .))}">
      <xsl:if test="exists($lang) and (@xml:lang or $lang ne $scope-lang)">
        <xsl:attribute name="lang" select="$lang"/>
      </xsl:if>
      <xsl:if test="tk:direction-of(.) ne tk:direction-of($scope)">
        <xsl:attribute name="dir" select="tk:direction-of(.)"/>
      </xsl:if>
      <a class="fn-back" href="#fnref-{$key}" role="doc-backlink" aria-label="{tk:label('note-back', $label)}">{$label}</a>
      <xsl:text> </xsl:text>
      <div class="fn-body">
        <xsl:apply-templates/>
      </div>
    </li>
  </xsl:template>

</xsl:stylesheet>
