<?xml version="1.0" encoding="UTF-8"?>
<!-- Block level: text, divisions, heads, paragraphs, opener/closer, quotations, lists, tables,
     figures, verse, title pages. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The header is drawn by the header panel, not as text. -->
  <xsl:template match="teiHeader" as="empty-sequence()"/>

  <xsl:template match="text | group" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., 'tei-' || local-name())"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="front | body | back" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., 'tei-' || local-name())"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>


  <!-- Divisions become sections; a document division ends with its own footnotes. -->
  <xsl:template _match="{$tk:divisions}" as="element()">
    <section>
      <xsl:sequence select="tk:attrs(., ('div', tokenize(@type)[1] ! tk:class-token('div-' || .)))"/>
      <xsl:attribute name="id" select="tk:div-id(.)"/>
      <xsl:apply-templates/>
      <xsl:if test="@type = 'document'">
        <xsl:call-template name="tk:footnote-list">
          <xsl:with-param name="notes" select="tk:footnotes-of(.)"/>
          <xsl:with-param name="level" select="tk:heading-level(.) + 1"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- A division's head is a heading of its depth. -->
  <xsl:template _match="head[..[{$tk:division-test}]]"
      as="element()">
    <xsl:element name="h{tk:heading-level(..)}">
      <xsl:sequence select="tk:attrs(., 'head')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Heads of other containers (lg, quote, floatingText ...) are drawn as a title line. -->
  <xsl:template match="head" as="element()" priority="-0.5">
    <xsl:element name="{if (tk:has-block(.)) then 'div' else 'p'}">
      <xsl:sequence select="tk:attrs(., 'head')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A paragraph is a p, or a div when it holds blocks (a list or a quoted letter) that HTML's p
       cannot. -->
  <xsl:template match="p | ab" as="element()">
    <xsl:element name="{if (tk:has-block(.)) then 'div' else 'p'}">
      <xsl:sequence select="tk:attrs(., if (self::ab) then 'ab' else 'p')"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Opener and closer: each part on a line of its own. -->
  <xsl:template match="opener | closer | postscript | argument | epigraph | trailer[tk:has-block(.)]" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:apply-templates mode="tk:lines"/>
    </div>
  </xsl:template>

  <xsl:mode name="tk:lines" on-no-match="fail" on-multiple-match="fail"/>

  <!-- Blocks stay blocks inside an opener or closer. -->
  <xsl:template match="*[tk:is-block(.)] | pb | lb | cb" mode="tk:lines" as="node()*">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <!-- Phrase-level parts (seg, idno, date, a footnote call ...) get a line of their own. -->
  <xsl:template match="*" mode="tk:lines" priority="-1" as="node()*">
    <xsl:choose>
      <xsl:when test="self::note[tk:is-footnote(.)]">
        <xsl:apply-templates select="."/>
      </xsl:when>
      <xsl:otherwise>
        <div class="line">
          <xsl:apply-templates select="."/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()" mode="tk:lines" as="node()*">
    <xsl:if test="normalize-space()">
      <span class="line-text">{.}</span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tk:lines" as="empty-sequence()"/>

  <xsl:template match="dateline | salute | signed | byline | docAuthor | docDate | docEdition | trailer[not(tk:has-block(.))] | speaker | stage[not(ancestor::p | ancestor::l)]"
      as="element()">
    <xsl:element name="{if (tk:has-block(.)) then 'div' else 'p'}">
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- A quotation holding paragraphs or standing between paragraphs is a blockquote; one inside a
       sentence is a phrase, in quotation marks unless the source writes its own before it (as the PDF
       does: common/quotes.xsl). -->
  <xsl:template match="quote | q | said" as="element()">
    <xsl:choose>
      <xsl:when test="tk:is-block(.) and not(parent::p or parent::ab or parent::l or parent::item[text()[normalize-space()]])">
        <blockquote>
          <xsl:sequence select="tk:attrs(., local-name())"/>
          <xsl:apply-templates/>
        </blockquote>
      </xsl:when>
      <xsl:when test="not(parent::p | parent::ab | parent::head | parent::l | parent::item | parent::cell | parent::note | parent::hi | parent::seg | parent::cit | parent::q | parent::quote | parent::label | parent::title)
          and not(../text()[normalize-space()])">
        <blockquote>
          <xsl:sequence select="tk:attrs(., local-name())"/>
          <p><xsl:apply-templates/></p>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <!-- The marks of the phrase's language, or none where the source has its own. -->
        <xsl:variable name="quotes" as="xs:string*" select="if (tk:draws-quotation-marks(.)) then tk:quotation-marks(.) else ()"/>
        <xsl:element name="{tk:box(.)}">
          <xsl:sequence select="tk:attrs(., ('quote', 'inline-' || local-name()))"/>
          <xsl:value-of select="$quotes[1]"/>
          <xsl:apply-templates/>
          <xsl:value-of select="$quotes[2]"/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- cit: its quotation and its reference, kept apart by a space where the source has none between
       them (<quote>…</quote><bibl>…</bibl> read "…quoteAuthor" as one word). -->
  <xsl:template match="cit" as="element()">
    <xsl:element name="{if (tk:is-block(.)) then 'div' else 'span'}">
      <xsl:sequence select="tk:attrs(., 'cit')"/>
      <xsl:for-each select="node()">
        <xsl:if test="self::element() and not(self::note | self::pb | self::lb | self::cb | self::anchor) and preceding-sibling::node()[1][self::element()][not(self::note | self::pb | self::lb | self::cb | self::anchor)]">
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <!-- Lists: ordered when numbered, a description list when items have labels. A list's head
       comes before it; anything else between items (a page break) goes into an item of its own. -->
  <xsl:template match="list | listBibl | listPerson | listPlace | listOrg | listEvent" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., ('list', 'tei-' || local-name()))"/>
      <xsl:apply-templates select="head"/>
      <xsl:variable name="entries" as="element()*" select="* except head"/>
      <xsl:choose>
        <xsl:when test="label">
          <dl>
            <xsl:for-each-group select="$entries" group-starting-with="label">
              <div class="entry">
                <dt><xsl:apply-templates select="current-group()[1][self::label]/node()"/></dt>
                <dd><xsl:apply-templates select="current-group()[not(position() = 1 and self::label)]"/></dd>
              </div>
            </xsl:for-each-group>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <xsl:element name="{if (matches(@rend, 'numbered|ordered|arabic|roman|alpha') or @type = ('ordered', 'numbered')) then 'ol' else 'ul'}">
            <xsl:for-each select="$entries">
              <li>
                <xsl:choose>
                  <xsl:when test="self::item">
                    <xsl:sequence select="tk:attrs(., 'item')"/>
                    <!-- A numbered item's own number (a list going on from an earlier one: 4, 5 ...). -->
                    <xsl:if test="@n castable as xs:integer and ../(matches(@rend, 'numbered|ordered|arabic') or @type = ('ordered', 'numbered'))">
                      <xsl:attribute name="value" select="xs:integer(@n)"/>
                    </xsl:if>
                    <xsl:apply-templates/>
                  </xsl:when>
                  <xsl:otherwise>
                    <xsl:attribute name="class" select="'list-other'"/>
                    <xsl:apply-templates select="."/>
                  </xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </xsl:element>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Items are drawn by their list; one met on its own (in a dd) shows its content. -->
  <xsl:template match="item" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., 'item')"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- Tables: head as caption, rows and cells; role="label" cells are header cells. -->
  <xsl:template match="table" as="element()">
    <div class="table-wrap">
      <table>
        <xsl:sequence select="tk:attrs(., 'table')"/>
        <xsl:for-each select="head[1]">
          <caption><xsl:apply-templates/></caption>
        </xsl:for-each>
        <tbody>
          <xsl:for-each select="* except head[1]">
            <xsl:choose>
              <xsl:when test="self::row">
                <tr>
                  <xsl:sequence select="tk:attrs(., 'row')"/>
                  <xsl:for-each select="*">
                    <xsl:choose>
                      <xsl:when test="self::cell">
                        <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
                          <xsl:sequence select="tk:attrs(., 'cell')"/>
                          <xsl:if test="@cols castable as xs:positiveInteger and xs:integer(@cols) gt 1">
                            <xsl:attribute name="colspan" select="xs:integer(@cols)"/>
                          </xsl:if>
                          <xsl:if test="@rows castable as xs:positiveInteger and xs:integer(@rows) gt 1">
                            <xsl:attribute name="rowspan" select="xs:integer(@rows)"/>
                          </xsl:if>
                          <xsl:apply-templates/>
                        </xsl:element>
                      </xsl:when>
                      <xsl:otherwise>
                        <td class="row-other"><xsl:apply-templates select="."/></td>
                      </xsl:otherwise>
                    </xsl:choose>
                  </xsl:for-each>
                </tr>
              </xsl:when>
              <xsl:otherwise>
                <tr class="table-other"><td colspan="{max((1, row/count(cell)))}"><xsl:apply-templates select="."/></td></tr>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- Figures: graphic, head and figDesc as caption. -->
  <xsl:template match="figure" as="element()">
    <figure>
      <xsl:sequence select="tk:attrs(., 'figure')"/>
      <xsl:apply-templates select="* except (head | figDesc)"/>
      <xsl:if test="head | figDesc">
        <figcaption>
          <xsl:for-each select="head | figDesc">
            <span class="{local-name()}"><xsl:apply-templates/></span>
            <xsl:text> </xsl:text>
          </xsl:for-each>
        </figcaption>
      </xsl:if>
    </figure>
  </xsl:template>

  <!-- Verse: line groups and lines. -->
  <xsl:template match="lg | sp | castList | floatingText | titlePage | docTitle | docImprint" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="l | titlePart" as="element()">
    <div>
      <xsl:sequence select="tk:attrs(., local-name())"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

</xsl:stylesheet>
