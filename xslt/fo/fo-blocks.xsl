<?xml version="1.0" encoding="UTF-8"?>
<!--
  Block-level TEI: divisions, heads, paragraphs, openers and closers, lists, tables, quotations,
  verse, figures. The rule that keeps the FO valid for any TEI: a run of sibling nodes is split into
  block nodes (rendered in mode tk:block) and inline runs (wrapped in one fo:block and rendered in mode
  tk:inline), so block content never lands inside fo:inline, whatever the nesting in the source.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:tk="https://teikit.org/ns/xslt"
                xmlns:tei="http://www.tei-c.org/ns/1.0"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <!-- TEI elements that always make a block of their own. -->
  <xsl:variable name="tk:block-names" as="xs:string*"
                select="('ab', 'address', 'argument', 'back', 'body', 'byline', 'castList', 'cit', 'closer',
                         'dateline', $tk:division-names, 'docAuthor',
                         'docDate', 'docImprint', 'docTitle', 'epigraph', 'figure', 'floatingText', 'front', 'group',
                         'head', 'l', 'label', 'lg', 'line', 'list', 'listBibl', 'opener', 'p', 'postscript', 'salute',
                         'signed', 'sourceDoc', 'sp', 'speaker', 'surface', 'surfaceGrp', 'table', 'text', 'titlePage',
                         'titlePart', 'trailer', 'zone')"/>

  <xsl:function name="tk:is-block-name" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and namespace-uri($node) eq 'http://www.tei-c.org/ns/1.0'
                          and local-name($node) = $tk:block-names"/>
  </xsl:function>

  <!--
    Whether a node must be set as a block: a block element, or any element holding one outside a
    footnote (a hi or quote wrapping paragraphs). Notes are never blocks here: they become fo:footnote.
  -->
  <xsl:function name="tk:is-block" as="xs:boolean" cache="yes">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and not($node/self::note) and not(tk:is-foreign($node))
                          and (tk:is-block-name($node)
                               or exists($node/descendant::*[tk:is-block-name(.)]
                                                            [not(ancestor::note[. is $node or . >> $node])]))"/>
  </xsl:function>

  <!-- Elements outside TEI (embedded HTML players, scripts) are not text of the document. -->
  <xsl:function name="tk:is-foreign" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node instance of element() and namespace-uri($node) eq 'http://www.w3.org/1999/xhtml'"/>
  </xsl:function>

  <!-- Embedded players and frames of other vocabularies, drawn as a marker (see fo-inline.xsl). -->
  <xsl:function name="tk:is-media" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="tk:is-foreign($node)
                          and local-name($node) = ('object', 'embed', 'iframe', 'frame', 'applet', 'video', 'audio', 'canvas', 'form')"/>
  </xsl:function>

  <!-- Sets $nodes as a sequence of blocks: block nodes in mode tk:block, inline runs each wrapped in one fo:block. -->
  <xsl:template name="tk:blocks">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes[not(self::comment() or self::processing-instruction())]" group-adjacent="tk:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tk:block"/>
        </xsl:when>
        <xsl:when test="exists(current-group()/self::*[not(tk:is-foreign(.)) or tk:is-media(.)]) or normalize-space(string-join(current-group()/self::text())) ne ''">
          <fo:block>
            <xsl:apply-templates select="current-group()" mode="tk:inline"/>
          </fo:block>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <!-- A block's own content: inline content directly, or blocks when it holds any. -->
  <xsl:template name="tk:content">
    <xsl:choose>
      <xsl:when test="some $child in node() satisfies tk:is-block($child)">
        <xsl:call-template name="tk:blocks">
          <xsl:with-param name="nodes" select="node()"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="node()" mode="tk:inline"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Attributes every block carries: an id for links, the language for hyphenation, the alignment asked by @rend. -->
  <xsl:template name="tk:block-attributes">
    <!-- Whether to carry the element's id (false when another FO object already has it). -->
    <xsl:param name="with-id" as="xs:boolean" select="true()"/>
    <xsl:for-each select="tk:own-id(.)[$with-id]">
      <xsl:attribute name="id" select="'tei-' || ."/>
    </xsl:for-each>
    <xsl:if test="@xml:lang">
      <xsl:attribute name="language" select="tk:language-code(@xml:lang)"/>
    </xsl:if>
    <xsl:variable name="rend" as="xs:string*" select="tokenize(@rend)"/>
    <xsl:choose>
      <xsl:when test="$rend = 'center'"><xsl:attribute name="text-align" select="'center'"/></xsl:when>
      <xsl:when test="$rend = 'right'"><xsl:attribute name="text-align" select="'end'"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Containers: divisions, front and back matter, nested texts. -->
  <xsl:template _match="text | front | body | back | group | floatingText | {$tk:divisions}
                       | titlePage | docTitle | docImprint | argument | castList | listBibl"
                mode="tk:block">
    <fo:block>
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:if test="self::div[@type = 'document'] and preceding-sibling::div[@type = 'document']">
        <xsl:attribute name="space-before" select="'14pt'"/>
      </xsl:if>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="head" mode="tk:block">
    <xsl:variable name="depth" as="xs:integer" select="count(ancestor::*[tk:is-division(.)])"/>
    <fo:block role="H{min((max(($depth, 1)) + 1, 6))}" font-weight="bold" text-align="start" hyphenate="false"
              keep-with-next.within-page="always" space-before="{if ($depth le 1) then '12pt' else '9pt'}" space-after="5pt"
              font-size="{if (parent::list or parent::table or parent::figure or parent::lg) then '10.5pt'
                          else if ($depth le 1) then '14pt' else if ($depth eq 2) then '12.5pt' else '11.5pt'}">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <xsl:function name="tk:is-division" as="xs:boolean">
    <xsl:param name="element" as="element()"/>
    <xsl:sequence _select="exists($element/({$tk:division-test} | self::front | self::back))"/>
  </xsl:function>

  <xsl:template match="p | ab" mode="tk:block">
    <fo:block space-after="5pt" orphans="2" widows="2">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <!-- Lines of openers, closers, title pages and letters: each its own block, set to the start or end. -->
  <xsl:template match="opener | closer | postscript | address" mode="tk:block">
    <fo:block space-before="4pt" space-after="6pt" text-align="start">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:lines"/>
    </fo:block>
  </xsl:template>

  <!-- A citation or an epigraph: the quotation, then its source on a line of its own at the end (they
       ran together, "“Cited words”Author, Book"). -->
  <xsl:template match="cit | epigraph" mode="tk:block">
    <fo:block space-before="4pt" space-after="6pt" start-indent="from-parent(start-indent) + 8mm">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:lines"/>
    </fo:block>
  </xsl:template>

  <!-- The source of a citation or an epigraph, set to the end of its line. -->
  <xsl:template match="bibl[parent::cit | parent::epigraph]" mode="tk:line-attributes">
    <xsl:attribute name="text-align" select="'end'"/>
  </xsl:template>

  <xsl:template match="*" mode="tk:line-attributes"/>

  <!-- The content of the context element with each child element on a line (a block) of its own:
       blocks as blocks, notes as their call, other elements and runs of text each in one block. -->
  <xsl:template name="tk:lines">
    <xsl:for-each-group select="node()[not(self::comment() or self::processing-instruction())]"
                        group-adjacent="if (self::*) then generate-id() else 'text'">
      <xsl:choose>
        <xsl:when test="self::* and tk:is-block(.)">
          <xsl:apply-templates select="current-group()" mode="tk:block"/>
        </xsl:when>
        <xsl:when test="self::note">
          <fo:block><xsl:apply-templates select="current-group()" mode="tk:inline"/></fo:block>
        </xsl:when>
        <xsl:when test="self::* or normalize-space(string-join(current-group())) ne ''">
          <fo:block>
            <xsl:if test="self::*">
              <xsl:apply-templates select="." mode="tk:line-attributes"/>
              <xsl:call-template name="tk:block-attributes"/>
            </xsl:if>
            <xsl:apply-templates select="current-group()" mode="tk:inline"/>
          </fo:block>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template match="dateline | salute | signed | byline | docAuthor | docDate | titlePart | trailer | label | l | addrLine | speaker"
                mode="tk:block">
    <fo:block>
      <xsl:if test="self::dateline or self::signed">
        <xsl:attribute name="text-align" select="'end'"/>
      </xsl:if>
      <xsl:if test="self::titlePart">
        <xsl:attribute name="font-size" select="'13pt'"/>
        <xsl:attribute name="text-align" select="'center'"/>
      </xsl:if>
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="lg | sp" mode="tk:block">
    <fo:block space-before="4pt" space-after="6pt" start-indent="from-parent(start-indent) + 8mm">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <!-- A quotation holding paragraphs: an indented block. -->
  <xsl:template match="quote | q" mode="tk:block">
    <fo:block space-before="4pt" space-after="6pt"
              start-indent="from-parent(start-indent) + 8mm" end-indent="from-parent(end-indent) + 8mm">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:call-template name="tk:content"/>
    </fo:block>
  </xsl:template>

  <!-- Lists: heads before, trailers after; a gloss list (with labels) as label and body, each label
       with what follows it up to the next one (a label with no item after it keeps an empty body);
       other lists item by item, and anything else between items (a note, a page break, a description)
       in an entry of its own with no label, so that nothing of a list is lost. -->
  <xsl:template match="list" mode="tk:block">
    <xsl:apply-templates select="head" mode="tk:block"/>
    <xsl:variable name="entries" as="element()*" select="* except (head | trailer)"/>
    <xsl:if test="exists($entries)">
      <fo:list-block provisional-distance-between-starts="{if (label) then '30mm' else '6mm'}"
                     provisional-label-separation="2mm" space-before="3pt" space-after="6pt" text-align="start">
        <xsl:call-template name="tk:block-attributes"/>
        <xsl:choose>
          <xsl:when test="label">
            <xsl:for-each-group select="$entries" group-starting-with="label">
              <xsl:call-template name="tk:list-entry">
                <xsl:with-param name="label" as="node()*">
                  <xsl:apply-templates select="current-group()[1][self::label]/node()" mode="tk:inline"/>
                </xsl:with-param>
                <xsl:with-param name="body" select="current-group() except current-group()[1][self::label]"/>
              </xsl:call-template>
            </xsl:for-each-group>
          </xsl:when>
          <xsl:otherwise>
            <!-- Items counted by their groups: counting the items before each one took quadratic time. -->
            <xsl:variable name="leading" as="xs:integer" select="if ($entries[1][self::item]) then 0 else 1"/>
            <xsl:for-each-group select="$entries" group-starting-with="item">
              <xsl:variable name="place" as="xs:integer" select="position() - $leading"/>
              <xsl:for-each select="current-group()">
                <xsl:call-template name="tk:list-entry">
                  <xsl:with-param name="label" as="node()*">
                    <xsl:if test="self::item">{tk:item-label(., $place)}</xsl:if>
                  </xsl:with-param>
                  <xsl:with-param name="body" select="self::*[not(self::item)]"/>
                  <xsl:with-param name="item" select="self::item"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:for-each-group>
          </xsl:otherwise>
        </xsl:choose>
      </fo:list-block>
    </xsl:if>
    <xsl:apply-templates select="trailer" mode="tk:block"/>
  </xsl:template>

  <!-- One entry of a list: its label (inline FO) and its body (TEI nodes, set as blocks). -->
  <xsl:template name="tk:list-entry">
    <xsl:param name="label" as="node()*"/>
    <xsl:param name="body" as="node()*"/>
    <!-- The item whose attributes and content the body carries, if any (before $body). -->
    <xsl:param name="item" as="element()?" select="()"/>
    <fo:list-item space-after="2pt">
      <fo:list-item-label end-indent="label-end()">
        <fo:block><xsl:sequence select="$label"/></fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <fo:block>
          <xsl:for-each select="$item">
            <xsl:call-template name="tk:block-attributes"/>
            <xsl:call-template name="tk:content"/>
          </xsl:for-each>
          <xsl:call-template name="tk:blocks">
            <xsl:with-param name="nodes" select="$body"/>
          </xsl:call-template>
        </fo:block>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <!-- The label of a list item: its TEI label, a number in ordered lists (its place among the list's
       items, given by the caller: counting the items before each one took quadratic time), a bullet in
       plain ones, nothing in typed lists. -->
  <xsl:function name="tk:item-label" as="xs:string">
    <xsl:param name="item" as="element(item)"/>
    <xsl:param name="place" as="xs:integer"/>
    <xsl:variable name="list" as="element()" select="$item/.."/>
    <xsl:variable name="rend" as="xs:string*" select="tokenize($list/@rend)"/>
    <xsl:sequence select="
      if ($item/@n and $rend = ('numbered', 'ordered')) then string($item/@n) || (if (matches($item/@n, '^\d+$')) then '.' else '')
      else if ($item/preceding-sibling::*[1][self::label]) then tk:plain($item/preceding-sibling::*[1])
      else if ($rend = ('numbered', 'ordered') or $list/@type = 'ordered') then $place || '.'
      else if ($rend = 'bulleted' or (empty($list/@type) and empty($list/@rend))) then '•'
      else ''"/>
  </xsl:function>

  <!-- Tables: heads before, trailers after; rows of cells, and anything else between rows (a note, a
       page break) in a row of its own across the table, as on the HTML page; anything in a row other
       than a cell in a cell of its own. Spans are kept within the table: a cell spans at most the rows
       left before the end of its run of rows (a row across the table ends a run), and at most
       $tk:max-columns columns in all; a span cut short is a warning at its cell (FOP failed on a span
       beyond the table, and a span of 200,000 columns made it hang). -->
  <xsl:template match="table" mode="tk:block">
    <xsl:apply-templates select="head" mode="tk:block"/>
    <xsl:variable name="parts" as="element()*" select="* except (head | trailer)"/>
    <xsl:variable name="columns" as="xs:integer" select="tk:table-columns($parts)"/>
    <xsl:if test="exists($parts)">
      <fo:table table-layout="fixed" width="100%" space-before="3pt" space-after="6pt" font-size="9.5pt"
                border-collapse="collapse" text-align="start">
        <xsl:call-template name="tk:block-attributes"/>
        <xsl:for-each select="1 to $columns">
          <fo:table-column column-width="proportional-column-width(1)"/>
        </xsl:for-each>
        <fo:table-body>
          <xsl:for-each-group select="$parts" group-adjacent="exists(self::row)">
            <xsl:choose>
              <xsl:when test="current-grouping-key()">
                <xsl:variable name="run" as="xs:integer" select="count(current-group())"/>
                <xsl:for-each select="current-group()">
                  <xsl:call-template name="tk:table-row">
                    <xsl:with-param name="rows-left" select="$run - position() + 1"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="current-group()">
                  <fo:table-row>
                    <fo:table-cell padding="2pt" border="0.3pt solid #808080" number-columns-spanned="{$columns}">
                      <xsl:call-template name="tk:block-attributes"/>
                      <fo:block>
                        <xsl:call-template name="tk:blocks">
                          <xsl:with-param name="nodes" select="."/>
                        </xsl:call-template>
                      </fo:block>
                    </fo:table-cell>
                  </fo:table-row>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each-group>
        </fo:table-body>
      </fo:table>
    </xsl:if>
    <xsl:apply-templates select="trailer" mode="tk:block"/>
  </xsl:template>

  <!-- The most columns a table is given: a cell asking for more spans what is left. -->
  <xsl:variable name="tk:max-columns" as="xs:integer" select="64"/>

  <!-- A row: its cells with their spans cut to fit; an empty row is a row of one empty cell, as FO
       wants at least one. -->
  <xsl:template name="tk:table-row">
    <!-- The rows before the end of this row's run, this one included: the most a cell may span. -->
    <xsl:param name="rows-left" as="xs:integer"/>
    <xsl:variable name="spans" as="xs:integer*" select="tk:cell-spans(.)"/>
    <fo:table-row>
      <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
      <xsl:for-each select="*">
        <xsl:variable name="place" as="xs:integer" select="position()"/>
        <fo:table-cell padding="2pt" border="0.3pt solid #808080">
          <xsl:if test="$spans[$place] gt 1">
            <xsl:attribute name="number-columns-spanned" select="$spans[$place]"/>
          </xsl:if>
          <xsl:if test="self::cell and @cols castable as xs:integer and xs:integer(@cols) gt $spans[$place]">
            <xsl:call-template name="tk:warning">
              <xsl:with-param name="rule" select="'pdf.table-span'"/>
              <xsl:with-param name="message" select="'A table cell asks to span ' || xs:integer(@cols) || ' columns; the PDF spans '
                                                     || $spans[$place] || ' (at most ' || $tk:max-columns || ' columns in a table).'"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:variable name="rows" as="xs:integer" select="if (self::cell and @rows castable as xs:integer) then xs:integer(@rows) else 1"/>
          <xsl:if test="min(($rows, $rows-left)) gt 1">
            <xsl:attribute name="number-rows-spanned" select="min(($rows, $rows-left))"/>
          </xsl:if>
          <xsl:if test="$rows gt $rows-left">
            <xsl:call-template name="tk:warning">
              <xsl:with-param name="rule" select="'pdf.table-span'"/>
              <xsl:with-param name="message" select="'A table cell asks to span ' || $rows || ' rows; the PDF spans '
                                                     || $rows-left || ', the rows left in its table' || (if (../following-sibling::*[not(self::row or self::trailer)]) then ' before the next row across it' else '') || '.'"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
          <fo:block>
            <xsl:choose>
              <xsl:when test="self::cell"><xsl:call-template name="tk:content"/></xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="tk:blocks">
                  <xsl:with-param name="nodes" select="."/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
          </fo:block>
        </fo:table-cell>
      </xsl:for-each>
      <xsl:if test="empty(*)">
        <fo:table-cell><fo:block/></fo:table-cell>
      </xsl:if>
    </fo:table-row>
  </xsl:template>

  <!-- The columns each element of a row spans: a cell's @cols (1 when it has none, or a bad one), cut
       so that the row, leaving one column for each element after it, fits in $tk:max-columns. -->
  <xsl:function name="tk:cell-spans" as="xs:integer*">
    <xsl:param name="row" as="element()"/>
    <xsl:variable name="count" as="xs:integer" select="count($row/*)"/>
    <xsl:sequence select="fold-left($row/*, (), function($spans as xs:integer*, $cell as element()) as xs:integer* {
        let $asked := if ($cell/self::cell and $cell/@cols castable as xs:integer) then max((xs:integer($cell/@cols), 1)) else 1
        return ($spans, max((1, min(($asked, $tk:max-columns - sum($spans) - ($count - count($spans) - 1))))))
      })"/>
  </xsl:function>

  <!-- The columns a table needs: its widest row, counting the columns that cells of the rows above
       span into it (FOP fails on a row wider than the table's columns). A part that is not a row ends
       the spans above it, as the rows template cuts them there. -->
  <xsl:function name="tk:table-columns" as="xs:integer">
    <xsl:param name="parts" as="element()*"/>
    <xsl:iterate select="$parts">
      <!-- One number for each column spanned from a row above: the rows it still takes. -->
      <xsl:param name="above" as="xs:integer*" select="()"/>
      <xsl:param name="widest" as="xs:integer" select="1"/>
      <xsl:on-completion select="$widest"/>
      <xsl:choose>
        <xsl:when test="self::row">
          <xsl:variable name="spans" as="xs:integer*" select="tk:cell-spans(.)"/>
          <xsl:variable name="cells" as="element()*" select="*"/>
          <xsl:next-iteration>
            <xsl:with-param name="above" select="($above ! (. - 1))[. gt 0],
                for $i in 1 to count($cells) return
                  let $rows := if ($cells[$i]/self::cell and $cells[$i]/@rows castable as xs:integer) then xs:integer($cells[$i]/@rows) else 1
                  return if ($rows gt 1) then (1 to $spans[$i]) ! ($rows - 1) else ()"/>
            <xsl:with-param name="widest" select="max(($widest, count($above) + sum($spans)))"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration>
            <xsl:with-param name="above" select="()"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!-- A warning about the element in context, located at it: an xsl:message holding a tk:warning whose
       path the renderer resolves to the element's line and column (PdfRenderer turns it into a
       diagnostic with the rule given). -->
  <xsl:template name="tk:warning">
    <!-- The diagnostic's rule, such as 'pdf.table-span'. -->
    <xsl:param name="rule" as="xs:string" required="yes"/>
    <!-- The warning in the reader's words. -->
    <xsl:param name="message" as="xs:string" required="yes"/>
    <xsl:message>
      <tk:warning rule="{$rule}" path="{path(.)}">{$message}</tk:warning>
    </xsl:message>
  </xsl:template>

  <!-- Figures: their images (those the caller found beside the document, see $images), then their heads
       and descriptions; a figure with an image it cannot show and nothing else is a marker. -->
  <xsl:template match="figure" mode="tk:block">
    <fo:block space-before="4pt" space-after="6pt" font-size="9.5pt" text-align="center">
      <xsl:call-template name="tk:block-attributes"/>
      <xsl:for-each select="graphic[tk:image(.)]">
        <fo:block space-after="3pt" keep-with-next.within-page="always">
          <xsl:apply-templates select="." mode="tk:inline"/>
        </fo:block>
      </xsl:for-each>
      <xsl:call-template name="tk:blocks">
        <xsl:with-param name="nodes" select="node() except graphic"/>
      </xsl:call-template>
      <xsl:if test="graphic[not(tk:image(.))] and not(head or figDesc or p or graphic[tk:image(.)])">
        <fo:block font-style="italic">[{tk:label('figure')}]</fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- Notes in a block context (between paragraphs): the call gets a line of its own. -->
  <xsl:template match="note" mode="tk:block">
    <fo:block><xsl:apply-templates select="." mode="tk:inline"/></fo:block>
  </xsl:template>

  <!-- A block in a language that runs the other way from the text around it (a Hebrew paragraph in an
       English letter, an English one in a Hebrew text): set in a block container of that writing
       mode, so that its lines start where they should and its words run in their order (in the
       surrounding direction, "English" in a Hebrew sentence split it in two). -->
  <xsl:template match="*[@xml:lang][exists(tk:turned-direction(.))]" mode="tk:block" priority="10">
    <fo:block-container writing-mode="{if (tk:turned-direction(.) eq 'rtl') then 'rl-tb' else 'lr-tb'}">
      <xsl:next-match/>
    </fo:block-container>
  </xsl:template>

  <!-- The direction of the element's language when it is not that of what it stands in ('rtl' or
       'ltr'), else nothing. -->
  <xsl:function name="tk:turned-direction" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="tk:direction-of($e)[. ne ($e/parent::* ! tk:direction-of(.), 'ltr')[1]]"/>
  </xsl:function>

  <!-- Any other element in a block context (an inline element wrapping blocks, unknown TEI): a plain block. -->
  <xsl:template match="*" mode="tk:block" priority="-1">
    <xsl:if test="not(tk:is-foreign(.))">
      <fo:block>
        <xsl:call-template name="tk:block-attributes"/>
        <xsl:call-template name="tk:content"/>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="tk:block">
    <xsl:if test="normalize-space()">
      <fo:block>{.}</fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="tk:block tk:inline"/>

</xsl:stylesheet>
