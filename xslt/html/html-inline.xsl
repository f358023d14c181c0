<?xml version="1.0" encoding="UTF-8"?>
<!-- Phrase level: highlighting, names and dates, editorial markup (supplied, gap, sic, choice, add,
     del, unclear, surplus, damage), glyphs, breaks, pointers and graphics. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- Highlighting: superscript and subscript as sup/sub, everything else a span with rend-* classes. -->
  <xsl:template match="hi" as="element()">
    <xsl:variable name="rend" as="xs:string*" select="tokenize(lower-case(@rend))"/>
    <xsl:element name="{if (tk:has-block(.)) then 'div'
        else if ($rend = ('sup', 'superscript')) then 'sup'
        else if ($rend = ('sub', 'subscript')) then 'sub' else 'span'}">
      <xsl:sequence select="tk:attrs(., 'hi')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="emph" as="element()">
    <em><xsl:sequence select="tk:attrs(., 'emph')"/><xsl:apply-templates/></em>
  </xsl:template>

  <!-- Phrases that keep their name as a class, so that a stylesheet can show them. -->
  <xsl:template match="foreign | term | mentioned | soCalled | distinct | seg | idno | num | measure | unit | address | addrLine | affiliation | roleName | forename | surname | addName | genName | nameLink | orig | reg | expan | abbr[not(parent::choice)] | ex | am | secl | c | w | pc | s | phr | cl | gi | att | tag | val | ident | bibl | biblScope | pubPlace | publisher | author | editor"
      as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A title in the text, classed by its level (title-m, title-a ...): the stylesheet sets the titles of
       books, journals and series in italics, not those of articles and unpublished pieces. -->
  <xsl:template match="title[ancestor::text]" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., ('title', @level ! tk:class-token('title-' || .)))"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Names: a span classed by kind; a link to the list entry when it points to one in this document
       and is not itself inside a link. -->
  <xsl:template match="persName | placeName | orgName | geogName | name | rs" as="element()">
    <xsl:variable name="href" as="xs:string?"
        select="((@ref, @corresp, @key)[starts-with(normalize-space(.), '#')][1] ! tk:local-href(., tk:local-id(.)))[not(tk:in-link(current()))]"/>
    <xsl:element name="{if (exists($href)) then 'a' else 'span'}">
      <xsl:sequence select="tk:attrs(., ('name', local-name()))"/>
      <xsl:if test="exists($href)">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- True when the element sits inside something drawn as a link. -->
  <xsl:function name="tk:in-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/ancestor::*[self::ref or self::ptr or self::gloss or self::persName or self::placeName or self::orgName or self::name or self::rs][not(. is $e)])"/>
  </xsl:function>

  <!-- Dates and times: time/@datetime for machines, the source's words for readers. -->
  <xsl:template match="date | time | docDate[ancestor::p]" as="element()">
    <xsl:variable name="iso" as="xs:string?" select="tk:iso(.)"/>
    <xsl:element name="{if (tk:is-machine-date($iso) and not(tk:has-block(.))) then 'time' else tk:box(.)}">
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:if test="tk:is-machine-date($iso) and not(tk:has-block(.))">
        <xsl:attribute name="datetime" select="$iso"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- The labels of elements that occur many times on a page, looked up once per page: a call of
       tk:label for each element made the corpus pages measurably slower. -->
  <xsl:variable name="tk:label-gap" as="xs:string" select="tk:label('gap')"/>
  <xsl:variable name="tk:label-sic" as="xs:string" select="tk:label('sic')"/>
  <xsl:variable name="tk:label-corrected" as="xs:string" select="tk:label('corrected')"/>
  <xsl:variable name="tk:label-unclear" as="xs:string" select="tk:label('unclear')"/>
  <xsl:variable name="tk:label-damaged" as="xs:string" select="tk:label('damaged')"/>
  <xsl:variable name="tk:label-space" as="xs:string" select="tk:label('space')"/>
  <xsl:variable name="tk:label-break" as="xs:string" select="tk:label('break')"/>
  <xsl:variable name="tk:label-supplied-who" as="xs:string" select="tk:label('supplied-who')"/>
  <xsl:variable name="tk:label-not-in-original" as="xs:string" select="tk:label('not-in-original')"/>

  <!-- Who supplied a passage and why, for its title. -->
  <xsl:function name="tk:supplied-title" as="xs:string">
    <xsl:param name="supplied" as="element(supplied)"/>
    <xsl:sequence select="tk:supplied-title(
        ($supplied/@resp ! normalize-space() ! (if (starts-with(., '#')) then substring(., 2) else .)[. ne ''])[1],
        $supplied/@reason)"/>
  </xsl:function>

  <xsl:function name="tk:supplied-title" as="xs:string">
    <xsl:param name="who" as="xs:string?"/>
    <xsl:param name="reason" as="xs:string?"/>
    <xsl:variable name="why" as="xs:string?" select="normalize-space($reason)[. ne '']"/>
    <xsl:sequence select="tk:label('supplied-by', ($who, $tk:label-supplied-who)[1]) || (if ($why) then ' (' || $why || ')' else '') || '; ' || $tk:label-not-in-original"/>
  </xsl:function>

  <!-- The class of supplied passages for their reason ("supplied-clarification"); none for a blank one. -->
  <xsl:function name="tk:supplied-class" as="xs:string?">
    <xsl:param name="reason" as="xs:string?"/>
    <xsl:sequence select="normalize-space($reason)[. ne ''] ! tk:class-token('supplied-' || .)"/>
  </xsl:function>

  <!-- The class and title of supplied passages that name a reason and no one responsible, worked out
       once per reason in the document: a translation has dozens of them, and working the two strings
       out for each took a fifth of its page's time. -->
  <xsl:variable name="tk:supplied-dress" as="map(xs:string, xs:string+)"
      select="map:merge(distinct-values(//supplied[empty(@resp)]/@reason ! string()) ! map:entry(.,
          (string-join(('supplied', tk:supplied-class(.)), ' '), tk:supplied-title((), .))))"/>

  <!-- Supplied text is drawn in square brackets (the source's brackets are not in the TEI). -->
  <xsl:template match="supplied" as="element()">
    <!-- span or div, without the block test for the usual passage of text alone -->
    <xsl:variable name="box" as="xs:string" select="if (empty(*)) then 'span' else tk:box(.)"/>
    <xsl:variable name="dress" as="xs:string*"
        select="if ($box eq 'span' and @reason and empty(@resp | @xml:id | @xml:lang | @rend | @type))
            then $tk:supplied-dress(string(@reason)) else ()"/>
    <xsl:element name="{$box}">
      <xsl:choose>
        <xsl:when test="exists($dress)">
          <xsl:attribute name="class" select="$dress[1]"/>
          <xsl:attribute name="title" select="$dress[2]"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="tk:attrs(., ('supplied', tk:supplied-class(@reason)))"/>
          <xsl:attribute name="title" select="tk:supplied-title(.)"/>
        </xsl:otherwise>
      </xsl:choose>
      <span class="bracket">[</span><xsl:apply-templates/><span class="bracket">]</span>
    </xsl:element>
  </xsl:template>

  <!-- A gap is drawn as […] with its reason (and extent) in words, except for plain omissions. -->
  <xsl:template match="gap" as="element()">
    <xsl:variable name="reason" as="xs:string?" select="normalize-space(@reason)[. ne '']"/>
    <xsl:variable name="extent" as="xs:string?" select="tk:extent(.)"/>
    <xsl:variable name="said" as="xs:string" select="string-join(($reason, $extent), ', ')"/>
    <span>
      <xsl:sequence select="tk:attrs(., ('gap', $reason ! tk:class-token('gap-' || .)))"/>
      <xsl:attribute name="title" select="$tk:label-gap || (if ($said) then ': ' || $said else '')"/>
      <xsl:text>[…</xsl:text>
      <xsl:if test="$said and not($reason = ('omitted', 'elided', 'ellipsis'))">
        <span class="gap-reason"><xsl:text> </xsl:text>{$said}</span>
      </xsl:if>
      <xsl:apply-templates select="desc"/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="gap/desc" as="element()">
    <span class="gap-desc"><xsl:text> </xsl:text><xsl:apply-templates/></span>
  </xsl:template>

  <!-- sic: the source's reading kept as it is, marked [sic]. -->
  <xsl:template match="sic[not(parent::choice)]" as="element()">
    <span>
      <xsl:sequence select="tk:attrs(., 'sic')"/>
      <xsl:attribute name="title" select="$tk:label-sic"/>
      <xsl:apply-templates/>
      <span class="sic-mark"> [sic]</span>
    </span>
  </xsl:template>

  <xsl:template match="corr[not(parent::choice)]" as="element()">
    <span>
      <xsl:sequence select="tk:attrs(., 'corr')"/>
      <xsl:attribute name="title" select="$tk:label-corrected"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- choice: the edited reading, then every other one in parentheses with its kind, as in the PDF
       ("Captain (abbr: Capt.)"); the others are in the title too. -->
  <xsl:template match="choice" as="element()">
    <xsl:variable name="shown" as="element()?" select="(corr, reg, expan, *)[1]"/>
    <xsl:variable name="other" as="element()*" select="* except $shown"/>
    <span>
      <xsl:sequence select="tk:attrs(., 'choice')"/>
      <xsl:attribute name="title" select="string-join($other ! (local-name(.) || ': ' || tk:plain-text(.)), '; ')"/>
      <span class="choice-shown {local-name($shown)}"><xsl:apply-templates select="$shown/node()"/></span>
      <xsl:for-each select="$other">
        <span class="choice-other {local-name()}"> ({local-name()}: <xsl:apply-templates/>)</span>
      </xsl:for-each>
    </span>
  </xsl:template>

  <xsl:template match="abbr[parent::choice] | expan[parent::choice] | sic[parent::choice] | corr[parent::choice] | orig[parent::choice] | reg[parent::choice]"
      as="node()*" priority="1">
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Additions and deletions of the source. -->
  <xsl:template match="add" as="element()">
    <ins>
      <xsl:sequence select="tk:attrs(., 'add')"/>
      <xsl:if test="@place"><xsl:attribute name="title" select="'Added (' || normalize-space(@place) || ')'"/></xsl:if>
      <xsl:apply-templates/>
    </ins>
  </xsl:template>

  <xsl:template match="del" as="element()">
    <del>
      <xsl:sequence select="tk:attrs(., 'del')"/>
      <xsl:apply-templates/>
    </del>
  </xsl:template>

  <xsl:template match="unclear" as="element()">
    <span>
      <xsl:sequence select="tk:attrs(., 'unclear')"/>
      <xsl:attribute name="title" select="$tk:label-unclear || (if (@reason) then ' (' || normalize-space(@reason) || ')' else '')"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Text of the source that the editor takes for no part of the text (written twice, a slip): its
       mark, curly braces, comes from the stylesheet (teikit.css), not the page's text, which is the
       source's; the title says what it means, as for unclear. -->
  <xsl:template match="surplus" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'surplus')"/>
      <xsl:attribute name="title" select="'Surplus in the original: not part of the text' || (if (normalize-space(@reason)) then ' (' || normalize-space(@reason) || ')' else '')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Text on a damaged part of the source, still read: underlined dotted by the stylesheet, its title
       saying so and what damaged it (@agent, @reason) when the TEI says. -->
  <xsl:template match="damage" as="element()">
    <xsl:variable name="why" as="xs:string*" select="(@agent, @reason) ! normalize-space(.)[. ne '']"/>
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'damage')"/>
      <xsl:attribute name="title" select="$tk:label-damaged || (if (exists($why)) then ' (' || string-join($why, ', ') || ')' else '')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Breaks: a line break; page breaks are margin markers with the page number (and an anchor for
       pointers to the page); column breaks a small marker. -->
  <xsl:template match="lb" as="element()">
    <br>
      <xsl:sequence select="tk:attrs(., ())"/>
    </br>
  </xsl:template>

  <xsl:template match="pb | cb | milestone" as="element()">
    <xsl:variable name="n" as="xs:string?" select="normalize-space(@n)[. ne '']"/>
    <xsl:variable name="word" as="xs:string" select="if (self::pb) then 'p.' else if (self::cb) then 'col.' else (normalize-space(@unit)[. ne ''], 'section')[1]"/>
    <span>
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:attribute name="title" select="tk:label(if (self::pb) then 'page-break' else if (self::cb) then 'column-break' else 'milestone', ($n, $tk:label-break)[1])"/>
      <span class="marker">{if ($n) then $word || ' ' || $n else '|'}</span>
    </span>
  </xsl:template>

  <!-- Pointers: a link when the target is in this document or a safe URL; otherwise the text only. -->
  <xsl:template match="ref | ptr | gloss[@target] | term[@target]" priority="1" as="element()">
    <xsl:variable name="href" as="xs:string?" select="if (tk:in-link(.) or .//note[tk:is-footnote(.)]) then () else tk:href(., @target)"/>
    <xsl:element name="{if (exists($href)) then 'a' else tk:box(.)}">
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:if test="exists($href)">
        <xsl:attribute name="href" select="$href"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="self::ptr or not(node())">{normalize-space(@target)}</xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <xsl:template match="gloss" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'gloss')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Graphics: an image only for a safe, relative (or same-site) image URL; else a marker that names
       the image, so that nothing is fetched from elsewhere. -->
  <xsl:template match="graphic | media" as="element()">
    <xsl:variable name="src" as="xs:string?" select="tk:safe-href(@url)[not(matches(., '^[A-Za-z][A-Za-z0-9+.\-]*:'))][matches(., '\.(png|jpe?g|gif|svg|webp)$', 'i')]"/>
    <xsl:variable name="alt" as="xs:string" select="(tk:plain-text((../figDesc, desc))[. ne ''], tk:label('image'))[1]"/>
    <xsl:choose>
      <xsl:when test="exists($src)">
        <img src="{$src}" alt="{$alt}">
          <xsl:sequence select="tk:attrs(., 'graphic')"/>
        </img>
      </xsl:when>
      <xsl:otherwise>
        <span class="graphic-missing" title="{normalize-space(@url)}">[{tk:label('colon', tk:label('image'))}{(normalize-space(@url)[. ne ''], $alt)[1]}]</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A glyph (g): its content when it has some; else the character its charDecl entry maps it to
       (the standard mapping first); else a visible marker with the glyph's name, so that the place of
       the character is not lost. The glyph's name is its title. -->
  <xsl:template match="g" as="element()">
    <xsl:variable name="name" as="xs:string?" select="tk:glyph-name(.)"/>
    <xsl:variable name="mapping" as="xs:string?" select="if (node()) then () else tk:glyph-mapping(.)"/>
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., ('g', if (node() or exists($mapping)) then () else 'g-unmapped'))"/>
      <xsl:if test="exists($name)">
        <xsl:attribute name="title" select="'Glyph: ' || $name"/>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="node()"><xsl:apply-templates/></xsl:when>
        <xsl:when test="exists($mapping)">{$mapping}</xsl:when>
        <xsl:otherwise>[{($name, 'glyph')[1]}]</xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>

  <!-- Labels outside lists. -->
  <xsl:template match="label" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'label')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="space" as="element()">
    <!-- xsl:text: a space alone between tags is stripped from the stylesheet, and the words fused -->
    <span class="space" title="{$tk:label-space}"><xsl:text> </xsl:text></span>
  </xsl:template>

  <xsl:template match="fw" as="element()">
    <span>
      <xsl:sequence select="tk:attrs(., 'fw')"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

</xsl:stylesheet>
