<?xml version="1.0" encoding="UTF-8"?>
<!--
  The corpus site's own pages, made from the entries of site-entry.xsl (passed as $entries):
  index.html (documents sortable by date and title, with summaries; facets by year, document type,
  original language and archive; full-text search) and names.html (people, places, organisations).
  Everything works without script except sorting, filtering and search, which the page says.
  Call with initial template tk:index or tk:names.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="html-common.xsl"/>

  <!-- The site's documents, one entry element per document (from site-entry.xsl), in any order. -->
  <xsl:param name="entries" as="element(entry)*" select="()"/>
  <!-- The site's title; default "Documents" in the labels' language. -->
  <xsl:param name="site-title" as="xs:string" select="tk:label('documents')"/>
  <!-- $labels (labels.xsl): the language of the pages' fixed words: 'en' (default), 'de', 'fr', 'es'
       or 'ru'; any other gives English. The pages' lang is that language. -->
  <!-- The teikit version named in the footer; empty: not named. -->
  <xsl:param name="teikit-version" as="xs:string" select="''"/>
  <!-- The search index's files, in order (search-index.js, search-index-2.js ...: the build writes
       them a hundred documents each, so that an edited document rewrites one of them). -->
  <xsl:param name="search-scripts" as="xs:string*" select="'search-index.js'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"
    use-character-maps="tk:html-safe-characters"/>

  <xsl:variable name="tk:csp" as="xs:string"
      select="&quot;default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'&quot;"/>

  <!-- Entries by date (undated last), then title. A date sorts by its year as a number, then as text
       within the year: ISO 8601 writes the years before 1 with a minus sign, and as text "-0044" came
       before "-0100" (100 BCE). A date without a year of digits comes after the dated ones. Titles,
       names and facet values sort alphabetically (lang="en": Unicode's collation through Java's), not
       by code point, which put "Ábel" and "Ödön" after "Zoltán". -->
  <xsl:variable name="sorted" as="element(entry)*">
    <xsl:perform-sort select="$entries">
      <xsl:sort select="if (@when = '') then 2 else if (exists(tk:year-number(@when))) then 0 else 1"/>
      <xsl:sort select="tk:year-number(@when)"/>
      <xsl:sort select="string(@when)"/>
      <xsl:sort select="string(@title)" lang="en"/>
    </xsl:perform-sort>
  </xsl:variable>

  <!-- The year of an ISO date as a number ("-0044-03-15" gives -44; tk:year reads it), or nothing when it has none. -->
  <xsl:function name="tk:year-number" as="xs:integer?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="tk:year($iso) ! xs:integer(.)"/>
  </xsl:function>

  <xsl:template name="tk:page" as="element()">
    <xsl:param name="title" as="xs:string" required="yes"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="content" as="element()*" required="yes"/>
    <html lang="{$tk:labels-lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="{$tk:csp}"/>
        <title>{$title}</title>
        <link rel="stylesheet" href="teikit.css"/>
        <xsl:for-each select="$scripts">
          <script src="{.}" defer=""></script>
        </xsl:for-each>
      </head>
      <body class="site-index">
        <a class="skip-link" href="#tk-main">{tk:label('skip-to-content')}</a>
        <header class="site-header">
          <nav aria-label="{tk:label('nav-site')}">
            <a href="index.html">{tk:label('all-documents')}</a>
            <xsl:text> · </xsl:text>
            <a href="names.html">{tk:label('names-index')}</a>
          </nav>
        </header>
        <main id="tk-main">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer">
          <p>{tk:label('site-made-with', if ($teikit-version) then ' ' || $teikit-version else '')}</p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- index.html -->
  <xsl:template name="tk:index" as="element()">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="$site-title"/>
      <xsl:with-param name="scripts" select="($search-scripts, 'site.js')"/>
      <xsl:with-param name="content" as="element()*">
        <h1>{$site-title}</h1>
        <p>{if (count($entries) eq 1) then tk:label('one-document') else tk:label('n-documents', count($entries))}</p>
        <section class="search" aria-labelledby="tk-search-heading">
          <h2 id="tk-search-heading">{tk:label('search-heading')}</h2>
          <div class="search-box" role="search">
            <label for="tk-search">{tk:label('search-words')}</label>
            <input type="search" id="tk-search" name="q" autocomplete="off"/>
          </div>
          <!-- The script's messages, %1 for a number, in the labels' language. -->
          <p id="tk-search-status" aria-live="polite" data-type="{tk:label('search-type')}"
             data-nothing="{tk:label('search-nothing')}" data-found-one="{tk:label('search-found-one')}"
             data-found="{tk:label('search-found')}" data-first="{tk:label('search-first')}">{tk:label('search-needs-js')}</p>
          <ol id="tk-search-results" class="search-results"></ol>
        </section>
        <div class="layout">
          <aside class="facets" aria-labelledby="tk-facets-heading">
            <h2 id="tk-facets-heading">{tk:label('filter')}</h2>
            <xsl:call-template name="tk:facet"><xsl:with-param name="name" select="'year'"/><xsl:with-param name="label" select="tk:label('year')"/><xsl:with-param name="values" select="$entries/@year[. ne '']/string()"/></xsl:call-template>
            <xsl:call-template name="tk:facet"><xsl:with-param name="name" select="'type'"/><xsl:with-param name="label" select="tk:label('field-doctype')"/><xsl:with-param name="values" select="$entries/type/string()"/></xsl:call-template>
            <xsl:call-template name="tk:facet"><xsl:with-param name="name" select="'language'"/><xsl:with-param name="label" select="tk:label('field-language')"/><xsl:with-param name="values" select="$entries/language ! tk:language-name(.)"/></xsl:call-template>
            <xsl:call-template name="tk:facet"><xsl:with-param name="name" select="'archive'"/><xsl:with-param name="label" select="tk:label('field-archive')"/><xsl:with-param name="values" select="$entries/archive/string()"/></xsl:call-template>
          </aside>
          <section aria-labelledby="tk-documents-heading">
            <h2 id="tk-documents-heading">{tk:label('documents')}</h2>
            <div class="table-wrap">
              <table class="documents" id="tk-documents">
                <thead>
                  <tr>
                    <th scope="col" data-sort="date">{tk:label('field-date')}</th>
                    <th scope="col" data-sort="title">{tk:label('title')}</th>
                    <th scope="col">{tk:label('summary')}</th>
                  </tr>
                </thead>
                <tbody>
                  <xsl:for-each select="$sorted">
                    <!-- A row's facet values as JSON arrays: any character may be in a value ("A|B"). -->
                    <tr data-date="{@when}" data-title="{lower-case(@title)}" data-year="{tk:json-strings(@year[. ne ''])}"
                        data-type="{tk:json-strings(type)}" data-language="{tk:json-strings(language ! tk:language-name(.))}"
                        data-archive="{tk:json-strings(archive)}">
                      <td>
                        <xsl:choose>
                          <xsl:when test="tk:is-machine-date(@when)"><time datetime="{@when}">{(@date[. ne ''], @when)[1]}</time></xsl:when>
                          <xsl:otherwise>{@date}</xsl:otherwise>
                        </xsl:choose>
                      </td>
                      <td>
                        <a href="{@href}">{@title}</a>
                        <xsl:if test="type | language | archive">
                          <br/><span class="doc-facets">{string-join((type, language ! tk:language-name(.), archive), ' · ')}</span>
                        </xsl:if>
                      </td>
                      <td class="summary-cell">{summary}</td>
                    </tr>
                  </xsl:for-each>
                </tbody>
              </table>
            </div>
          </section>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Strings as a JSON array, for the script. -->
  <!-- A language's name across the edition: a document that gives only its code ("en") shows the name
       other documents give that code ("English"), so that the facet has one value for it, not two. -->
  <xsl:variable name="tk:language-names" as="map(xs:string, xs:string)"
      select="map:merge(for $ident in distinct-values($entries/language/@ident ! string())
                        return map:entry($ident, ($entries/language[@ident = $ident][string() ne $ident]/string(), $ident)[1]))"/>

  <xsl:function name="tk:language-name" as="xs:string">
    <xsl:param name="language" as="element(language)"/>
    <xsl:sequence select="($language/@ident ! $tk:language-names(string(.)), string($language))[1]"/>
  </xsl:function>

  <xsl:function name="tk:json-strings" as="xs:string">
    <xsl:param name="values" as="item()*"/>
    <xsl:sequence select="serialize(array { $values ! string(.) }, map { 'method': 'json' })"/>
  </xsl:function>

  <!-- One facet: its values with counts, as buttons that the script makes filter the table. They are
       disabled until the script enables them: without it they are a plain summary, not links that do
       nothing. -->
  <xsl:template name="tk:facet" as="element()?">
    <xsl:param name="name" as="xs:string" required="yes"/>
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="values" as="xs:string*" required="yes"/>
    <xsl:if test="exists($values)">
      <section class="facet" data-facet="{$name}">
        <h3>{$label}</h3>
        <ul>
          <xsl:for-each-group select="$values" group-by=".">
            <xsl:sort select="if ($name eq 'year' and current-grouping-key() castable as xs:integer) then xs:integer(current-grouping-key()) else 0"/>
            <xsl:sort select="current-grouping-key()" lang="en"/>
            <li><button type="button" data-facet="{$name}" data-value="{current-grouping-key()}" aria-pressed="false" disabled="disabled">{if ($name eq 'year') then tk:display-year(current-grouping-key()) else current-grouping-key()}</button> ({count(current-group())})</li>
          </xsl:for-each-group>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- names.html: who and what the documents tag, with links to the documents. -->
  <xsl:template name="tk:names" as="element()">
    <xsl:call-template name="tk:page">
      <xsl:with-param name="title" select="tk:label('names-index') || ' · ' || $site-title"/>
      <xsl:with-param name="content" as="element()*">
        <h1>{tk:label('names-index')}</h1>
        <xsl:for-each select="('persName', 'placeName', 'orgName')">
          <xsl:variable name="kind" as="xs:string" select="."/>
          <xsl:variable name="heading" as="xs:string" select="tk:label(map{'persName': 'people', 'placeName': 'places', 'orgName': 'organisations'}($kind))"/>
          <section class="name-index" id="tk-{$kind}" aria-labelledby="tk-{$kind}-heading">
            <h2 id="tk-{$kind}-heading">{$heading}</h2>
            <xsl:variable name="names" as="element(name)*" select="$sorted/name[@kind = $kind]"/>
            <xsl:choose>
              <xsl:when test="empty($names)"><p>{tk:label('none-tagged')}</p></xsl:when>
              <xsl:otherwise>
                <ul>
                  <xsl:for-each-group select="$names" group-by="@label">
                    <xsl:sort select="current-grouping-key()" lang="en"/>
                    <li>
                      <span class="name {$kind}">{current-grouping-key()}</span>
                      <xsl:text>: </xsl:text>
                      <xsl:for-each select="current-group()/..">
                        <xsl:if test="position() gt 1">; </xsl:if>
                        <a href="{@href}">{@title}</a>
                      </xsl:for-each>
                    </li>
                  </xsl:for-each-group>
                </ul>
              </xsl:otherwise>
            </xsl:choose>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
