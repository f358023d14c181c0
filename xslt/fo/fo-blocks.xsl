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
                         'head', 'l', 'label', 'lg', 'list', 'listBibl', 'opener', 'p', 'postscript', 'salute',
                         'signed', 'sp', 'table', 'text', 'titlePage', 'titlePart', 'trailer')"/>

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

  <!-- Sets $nodes as a sequence of blocks: block nodes in mode tk:block, inline runs each wrapped in one fo:block. -->
  <xsl:template name="tk:blocks">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each-group select="$nodes[not(self::comment() or self::processing-instruction())]" group-adjacent="tk:is-block(.)">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:apply-templates select="current-group()" mode="tk:block"/>
        </xsl:when>
        <xsl:when test="exists(current-group()/self::*[not(tk:is-foreign(.))]) or normalize-space(string-join(current-group()/self::text())) ne ''">
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
                       | titlePage | docTitle | docImprint | argument | epigraph | castList | listBibl"
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
              <xsl:if test="self::*"><xsl:call-template name="tk:block-attributes"/></xsl:if>
              <xsl:apply-templates select="current-group()" mode="tk:inline"/>
            </fo:block>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </fo:block>
  </xsl:template>

  <xsl:template match="dateline | salute | signed | byline | docAuthor | docDate | titlePart | trailer | label | l | addrLine"
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

  <xsl:template match="lg | sp | cit" mode="tk:block">
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

  <xsl:template match="list" mode="tk:block">
    <xsl:apply-templates select="head" mode="tk:block"/>
    <xsl:variable name="items" as="element(item)*" select="item"/>
    <xsl:if test="exists($items)">
      <fo:list-block provisional-distance-between-starts="{if (label) then '30mm' else '6mm'}"
                     provisional-label-separation="2mm" space-before="3pt" space-after="6pt" text-align="start">
        <xsl:call-template name="tk:block-attributes"/>
        <xsl:for-each select="$items">
          <fo:list-item space-after="2pt">
            <fo:list-item-label end-indent="label-end()">
              <fo:block>{tk:item-label(., position())}</fo:block>
            </fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:call-template name="tk:block-attributes"/>
                <xsl:call-template name="tk:content"/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
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
      if ($item/@n and $rend = ('numbered', 'ordered')) then string($item/@n)
      else if ($item/preceding-sibling::*[1][self::label]) then tk:plain($item/preceding-sibling::*[1])
      else if ($rend = ('numbered', 'ordered') or $list/@type = 'ordered') then $place || '.'
      else if ($rend = 'bulleted' or (empty($list/@type) and empty($list/@rend))) then '•'
      else ''"/>
  </xsl:function>

  <xsl:template match="table" mode="tk:block">
    <xsl:apply-templates select="head" mode="tk:block"/>
    <xsl:variable name="columns" as="xs:integer"
                  select="max((row ! sum(cell ! (if (@cols castable as xs:integer) then xs:integer(@cols) else 1)), 1))"/>
    <xsl:if test="exists(row/cell)">
      <fo:table table-layout="fixed" width="100%" space-before="3pt" space-after="6pt" font-size="9.5pt"
                border-collapse="collapse" text-align="start">
        <xsl:call-template name="tk:block-attributes"/>
        <xsl:for-each select="1 to $columns">
          <fo:table-column column-width="proportional-column-width(1)"/>
        </xsl:for-each>
        <fo:table-body>
          <xsl:for-each select="row[cell]">
            <fo:table-row>
              <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
              <xsl:for-each select="cell">
                <fo:table-cell padding="2pt" border="0.3pt solid #808080">
                  <xsl:if test="@cols castable as xs:integer and xs:integer(@cols) gt 1">
                    <xsl:attribute name="number-columns-spanned" select="@cols"/>
                  </xsl:if>
                  <xsl:if test="@rows castable as xs:integer and xs:integer(@rows) gt 1">
                    <xsl:attribute name="number-rows-spanned" select="@rows"/>
                  </xsl:if>
                  <xsl:if test="@role = 'label'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
                  <fo:block>
                    <xsl:call-template name="tk:content"/>
                  </fo:block>
                </fo:table-cell>
              </xsl:for-each>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
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
        <fo:block font-style="italic">[figure]</fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- Notes in a block context (between paragraphs): the call gets a line of its own. -->
  <xsl:template match="note" mode="tk:block">
    <fo:block><xsl:apply-templates select="." mode="tk:inline"/></fo:block>
  </xsl:template>

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
