<?xml version="1.0" encoding="UTF-8"?>
<!-- The page around the text: head (meta, citation_* tags, CSP), header panel, contents, citation,
     provenance and footer. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:mode name="tk:page" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:mode name="tk:toc" on-no-match="shallow-skip" on-multiple-match="fail"/>

  <!-- The policy every page carries: only the edition's own CSS, script and images; no plugins, no
       network requests of content, no forms, no base URL tricks. -->
  <xsl:variable name="tk:csp" as="xs:string"
      select="&quot;default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'&quot;"/>

  <xsl:template match="TEI" mode="tk:page" as="element()">
    <xsl:variable name="title" as="xs:string" select="tk:title(.)"/>
    <html lang="{$tk:labels-lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta http-equiv="Content-Security-Policy" content="{$tk:csp}"/>
        <title>{$title}</title>
        <xsl:for-each select="tk:summary-text(.)">
          <meta name="description" content="{.}"/>
        </xsl:for-each>
        <xsl:call-template name="tk:citation-meta">
          <xsl:with-param name="tei" select="."/>
          <xsl:with-param name="title" select="$title"/>
        </xsl:call-template>
        <link rel="stylesheet" href="{$asset-base}teikit.css"/>
        <xsl:if test="exists($tei-href)">
          <link rel="alternate" type="application/tei+xml" href="{$tei-href}" title="{tk:label('tei-source')}"/>
        </xsl:if>
        <script src="{$asset-base}teikit.js" defer=""></script>
      </head>
      <body>
        <a class="skip-link" href="#tk-text">{tk:label('skip-to-text')}</a>
        <xsl:if test="exists($index-href)">
          <header class="site-header">
            <nav aria-label="{tk:label('nav-edition')}">
              <a href="{$index-href}">{tk:label('all-documents')}</a>
            </nav>
          </header>
        </xsl:if>
        <main id="tk-main">
          <article class="tei-document">
            <xsl:call-template name="tk:header-panel">
              <xsl:with-param name="tei" select="."/>
              <xsl:with-param name="title" select="$title"/>
            </xsl:call-template>
            <xsl:call-template name="tk:contents"/>
            <div id="tk-text" class="doc-text">
              <xsl:if test="tk:lang-tag(tk:text-language(.))">
                <xsl:attribute name="lang" select="tk:lang-tag(tk:text-language(.))"/>
                <!-- A text in a right-to-left script runs right to left; the page around it does not. -->
                <xsl:if test="tk:direction(tk:text-language(.)) eq 'rtl'">
                  <xsl:attribute name="dir" select="'rtl'"/>
                </xsl:if>
              </xsl:if>
              <xsl:apply-templates select="text"/>
              <xsl:for-each select="text">
                <xsl:call-template name="tk:footnote-list">
                  <xsl:with-param name="notes" select="tk:footnotes-of(.)"/>
                  <xsl:with-param name="level" select="2"/>
                </xsl:call-template>
              </xsl:for-each>
              <!-- A transcription by surface and line (html-transcr.xsl), after the text if there is one. -->
              <xsl:apply-templates select="sourceDoc"/>
            </div>
            <xsl:call-template name="tk:citation">
              <xsl:with-param name="tei" select="."/>
              <xsl:with-param name="title" select="$title"/>
            </xsl:call-template>
            <xsl:call-template name="tk:provenance">
              <xsl:with-param name="tei" select="."/>
            </xsl:call-template>
          </article>
        </main>
        <footer class="site-footer">
          <p><xsl:text>{tk:label('made-with', if ($teikit-version) then ' ' || $teikit-version else '')}</xsl:text><xsl:if test="exists($index-href)"><xsl:text> </xsl:text><a href="{$index-href}">{tk:label('back-to-all')}</a>.</xsl:if></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- citation_* tags (Highwire / Google Scholar), which Zotero and other reference managers read. -->
  <xsl:template name="tk:citation-meta" as="element()*">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:param name="title" as="xs:string" required="yes"/>
    <meta name="citation_title" content="{$title}"/>
    <xsl:for-each select="tk:authors($tei)">
      <meta name="citation_author" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:citation-date(tk:doc-when($tei))">
      <meta name="citation_date" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:publisher($tei)">
      <meta name="citation_publisher" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:text-language($tei)">
      <meta name="citation_language" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:summary-text($tei)">
      <meta name="citation_abstract" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:doc-types($tei)">
      <meta name="citation_keywords" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:repository($tei)">
      <meta name="citation_archive" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:archive-reference($tei)">
      <meta name="citation_archive_location" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:safe-href($edition-url)">
      <meta name="citation_public_url" content="{.}"/>
      <meta name="citation_abstract_html_url" content="{.}"/>
    </xsl:for-each>
    <xsl:for-each select="tk:safe-href($pdf-href)">
      <meta name="citation_pdf_url" content="{.}"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The header panel: title and the fields of the teiHeader a reader needs, then the summary. -->
  <xsl:template name="tk:header-panel" as="element()">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:param name="title" as="xs:string" required="yes"/>
    <header class="doc-header">
      <xsl:for-each select="string-join(tk:doc-types($tei), ', ')[. ne '']">
        <p class="doc-type">{.}</p>
      </xsl:for-each>
      <!-- Titles in a right-to-left script take their direction from their text. -->
      <h1>
        <xsl:if test="tk:has-rtl($title)"><xsl:attribute name="dir" select="'auto'"/></xsl:if>
        <xsl:text>{$title}</xsl:text>
      </h1>
      <xsl:for-each select="tk:subtitles($tei)">
        <p class="doc-subtitle">
          <xsl:if test="tk:has-rtl(.)"><xsl:attribute name="dir" select="'auto'"/></xsl:if>
          <xsl:text>{.}</xsl:text>
        </p>
      </xsl:for-each>
      <dl class="doc-meta">
        <xsl:variable name="date" as="element(date)?" select="tk:doc-date($tei)"/>
        <xsl:if test="exists($date)">
          <xsl:call-template name="tk:field">
            <xsl:with-param name="label" select="tk:label('field-date')"/>
            <xsl:with-param name="class" select="'date'"/>
            <xsl:with-param name="value" as="node()*">
              <xsl:call-template name="tk:time">
                <xsl:with-param name="iso" select="tk:doc-when($tei)"/>
                <xsl:with-param name="text" select="tk:doc-date-display($tei)"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-doctype')"/>
          <xsl:with-param name="class" select="'doc-type'"/>
          <xsl:with-param name="value" select="string-join(tk:doc-types($tei), ', ')[. ne '']"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-classification')"/>
          <xsl:with-param name="class" select="'classification'"/>
          <xsl:with-param name="value" select="string-join(tk:classifications($tei), ', ')[. ne '']"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-archive')"/>
          <xsl:with-param name="class" select="'archive'"/>
          <xsl:with-param name="value" select="tk:repository($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-reference')"/>
          <xsl:with-param name="class" select="'reference'"/>
          <xsl:with-param name="value" select="tk:archive-reference($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-language')"/>
          <xsl:with-param name="class" select="'language'"/>
          <xsl:with-param name="value" select="string-join(tk:languages($tei) ! tk:language-label(.), ', ')[. ne '']"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-author')"/>
          <xsl:with-param name="class" select="'author'"/>
          <xsl:with-param name="value" select="string-join(tk:authors($tei), '; ')[. ne '']"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-editor')"/>
          <xsl:with-param name="class" select="'editor'"/>
          <xsl:with-param name="value" select="string-join(tk:editors($tei), '; ')[. ne '']"/>
        </xsl:call-template>
        <xsl:for-each select="tk:resp-stmts($tei)">
          <xsl:variable name="resp" as="xs:string" select="normalize-space(resp)"/>
          <xsl:call-template name="tk:field">
            <xsl:with-param name="label" select="if ($resp) then upper-case(substring($resp, 1, 1)) || substring($resp, 2) else tk:label('field-responsibility')"/>
            <xsl:with-param name="class" select="if (matches($resp, 'transl', 'i')) then 'translator' else 'resp'"/>
            <xsl:with-param name="value" select="string-join(tk:resp-names(.), '; ')[. ne '']"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-source')"/>
          <xsl:with-param name="class" select="'source'"/>
          <xsl:with-param name="value" as="element()*">
            <xsl:for-each select="tk:source-bibls($tei)">
              <span class="bibl">{tk:bibl-citation(.)}</span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-funder')"/>
          <xsl:with-param name="class" select="'funder'"/>
          <xsl:with-param name="value" select="string-join(tk:funders($tei), '; ')[. ne '']"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-publisher')"/>
          <xsl:with-param name="class" select="'publisher'"/>
          <xsl:with-param name="value" select="tk:publisher($tei)"/>
        </xsl:call-template>
        <xsl:call-template name="tk:field">
          <xsl:with-param name="label" select="tk:label('field-rights')"/>
          <xsl:with-param name="class" select="'rights'"/>
          <xsl:with-param name="value" as="element()*">
            <xsl:for-each select="tk:rights($tei)">
              <span class="rights-statement">
                <xsl:apply-templates/>
                <xsl:for-each select="self::licence/@target ! tk:safe-href(.)">
                  <xsl:text> </xsl:text><a href="{.}">{tk:label('licence')}</a>
                </xsl:for-each>
              </span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
      <xsl:variable name="summary" as="element(abstract)*" select="tk:summary($tei)"/>
      <xsl:if test="exists($summary)">
        <section class="summary" aria-labelledby="tk-summary-heading">
          <h2 id="tk-summary-heading">{tk:label('summary')}</h2>
          <xsl:variable name="paragraphs" as="node()*">
            <xsl:for-each select="$summary">
              <xsl:choose>
                <xsl:when test="p | ab | list">
                  <xsl:apply-templates/>
                </xsl:when>
                <xsl:otherwise>
                  <p><xsl:apply-templates/></p>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </xsl:variable>
          <!-- A summary in a right-to-left script takes its direction from its text. -->
          <xsl:choose>
            <xsl:when test="tk:has-rtl(string-join($summary))">
              <div class="summary-text" dir="auto"><xsl:sequence select="$paragraphs"/></div>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="$paragraphs"/>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- One dt/dd pair of the header panel; nothing when the value is empty. -->
  <xsl:template name="tk:field" as="element()*">
    <xsl:param name="label" as="xs:string" required="yes"/>
    <xsl:param name="class" as="xs:string" required="yes"/>
    <xsl:param name="value" as="item()*" required="yes"/>
    <xsl:if test="exists($value) and normalize-space(string-join($value ! string(.))) ne ''">
      <div class="field field-{$class}">
        <dt>{$label}</dt>
        <dd>
          <xsl:for-each select="$value">
            <xsl:if test="position() gt 1"><br/></xsl:if>
            <xsl:sequence select="."/>
          </xsl:for-each>
        </dd>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A date for people and machines: time/@datetime when the ISO form is one HTML accepts. -->
  <xsl:template name="tk:time" as="element()">
    <xsl:param name="iso" as="xs:string?" required="yes"/>
    <xsl:param name="text" as="xs:string?" required="yes"/>
    <xsl:choose>
      <xsl:when test="tk:is-machine-date($iso)">
        <time datetime="{$iso}">{($text, tk:format-date($iso), $iso)[1]}</time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date">{($text, $iso)[1]}</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A table of contents when the text has several headed divisions (FRUS volumes have hundreds). -->
  <xsl:template name="tk:contents" as="element()?">
    <xsl:variable name="headed" as="element()*" _select="text//({$tk:divisions})[head]"/>
    <xsl:if test="count($headed) gt 3">
      <nav class="contents" aria-labelledby="tk-contents-heading">
        <h2 id="tk-contents-heading">{tk:label('contents')}</h2>
        <details>
          <summary>{tk:label('show-sections', count($headed))}</summary>
          <ul>
            <xsl:apply-templates select="text/(front | body | back | group)/(child::div | child::div1)" mode="tk:toc"/>
          </ul>
        </details>
      </nav>
    </xsl:if>
  </xsl:template>

  <xsl:template _match="({$tk:divisions})[head]"
      mode="tk:toc" as="element()">
    <li>
      <a href="#{tk:div-id(.)}">{tk:plain-text(head[1])}</a>
      <xsl:variable name="inner" as="element()*">
        <xsl:apply-templates _select="{$tk:divisions}" mode="tk:toc"/>
      </xsl:variable>
      <xsl:if test="exists($inner)">
        <ul><xsl:sequence select="$inner"/></ul>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Only divisions reach the contents; the text of the document does not. -->
  <xsl:template match="text()" mode="tk:toc" as="empty-sequence()"/>

  <!-- "How to cite this edition", with a copy button that the script shows. -->
  <xsl:template name="tk:citation" as="element()">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <xsl:param name="title" as="xs:string" required="yes"/>
    <section class="citation" aria-labelledby="tk-cite-heading">
      <h2 id="tk-cite-heading">{tk:label('cite-heading')}</h2>
      <p id="tk-citation-text" class="citation-text">{tk:citation-string($tei, $title)}</p>
      <button type="button" class="copy-button" data-copy="tk-citation-text" hidden="">
        <!-- What the script says once copied; English (the script's own word) adds nothing to the page. -->
        <xsl:if test="$tk:labels-lang ne 'en'"><xsl:attribute name="data-copied" select="tk:label('copied')"/></xsl:if>
        <xsl:text>{tk:label('copy-citation')}</xsl:text>
      </button>
    </section>
  </xsl:template>

  <!-- The citation in Chicago notes-bibliography style for archival documents, its title in the quotation
       marks of the labels' language (“…” in English, „…“ in German, «…» in French, Spanish, Russian). -->
  <xsl:function name="tk:citation-string" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:variable name="url" as="xs:string?" select="(tk:safe-href($edition-url), tk:source-url($tei))[1]"/>
    <xsl:variable name="translators" as="xs:string*" select="tk:translators($tei)"/>
    <xsl:variable name="parts" as="xs:string*" select="(
        tk:doc-date-display($tei),
        string-join((tk:repository($tei), tk:archive-reference($tei)), ', ')[. ne ''],
        if (exists($translators)) then tk:label('translated-by', string-join($translators, ' ' || tk:label('and') || ' ')) else (),
        tk:publisher($tei),
        $url,
        tk:label('accessed', tk:label('date-access', (day-from-date($access-date),
            tk:month-of-name(month-from-date($access-date)),
            year-from-date($access-date)))))"/>
    <xsl:variable name="authors" as="xs:string?" select="string-join(tk:authors($tei), ', ')[. ne '']"/>
    <xsl:sequence select="(if ($authors) then replace($authors, '[.]$', '') || '. ' else '')
        || tk:label('quote-open') || replace(normalize-space($title), '[.,]$', '') || '.' || tk:label('quote-close') || ' '
        || string-join($parts ! replace(normalize-space(.), '[.]$', ''), '. ') || '.'"/>
  </xsl:function>

  <!-- Where the edition comes from: source record, TEI and PDF, and its history (revisionDesc). -->
  <xsl:template name="tk:provenance" as="element()">
    <xsl:param name="tei" as="element(TEI)" required="yes"/>
    <section class="provenance" aria-labelledby="tk-provenance-heading">
      <h2 id="tk-provenance-heading">{tk:label('about-edition')}</h2>
      <xsl:variable name="links" as="element()*">
        <xsl:for-each select="tk:safe-href($tei-href)">
          <li><a href="{.}" type="application/tei+xml">{tk:label('tei-source')} (XML)</a></li>
        </xsl:for-each>
        <xsl:for-each select="tk:safe-href($pdf-href)">
          <li><a href="{.}" type="application/pdf">{tk:label('pdf-edition')}</a></li>
        </xsl:for-each>
        <xsl:for-each select="tk:source-url($tei)">
          <li>{tk:label('colon', tk:label('source-record'))}<a href="{.}">{.}</a></li>
        </xsl:for-each>
        <xsl:for-each select="tk:record-id($tei)">
          <li>{tk:label('colon', tk:label('record-id'))}{.}</li>
        </xsl:for-each>
        <xsl:for-each select="tk:uploaded($tei)">
          <li>{tk:label('colon', tk:label('published-online'))}<xsl:call-template name="tk:time">
              <xsl:with-param name="iso" select="tk:iso(.)"/>
              <xsl:with-param name="text" select="normalize-space(.)[. ne '']"/>
            </xsl:call-template></li>
        </xsl:for-each>
        <xsl:for-each select="tk:acquisition($tei)">
          <li>{tk:label('colon', tk:label('acquisition'))}<xsl:apply-templates/></li>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="exists($links)">
        <ul class="edition-links"><xsl:sequence select="$links"/></ul>
      </xsl:if>
      <xsl:variable name="changes" as="element(change)*" select="tk:changes($tei)"/>
      <xsl:if test="exists($changes)">
        <h3>{tk:label('history')}</h3>
        <ol class="changes">
          <xsl:for-each select="$changes">
            <li>
              <xsl:variable name="when" as="xs:string?" select="tk:iso(.)"/>
              <xsl:if test="exists($when)">
                <xsl:call-template name="tk:time">
                  <xsl:with-param name="iso" select="$when"/>
                  <xsl:with-param name="text" select="tk:format-date($when)"/>
                </xsl:call-template>
                <xsl:text>: </xsl:text>
              </xsl:if>
              <xsl:apply-templates/>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:if>
    </section>
  </xsl:template>

</xsl:stylesheet>
