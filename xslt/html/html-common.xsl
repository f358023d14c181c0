<?xml version="1.0" encoding="UTF-8"?>
<!-- Helpers for HTML output: the attributes every rendered TEI element carries, block detection. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- TEI elements drawn as HTML blocks; a paragraph or phrase holding one becomes a div. Static, so
       that the tests below are written out as name tests when the stylesheet is compiled: comparing a
       name with the list took a twentieth of a page's time (one comparison per name, for every
       element inside every paragraph). -->
  <xsl:variable name="tk:block-names" static="yes" as="xs:string+" select="(
      'text', 'group', 'front', 'body', 'back', $tk:division-names, 'p', 'ab', 'head',
      'list', 'listBibl', 'listPerson', 'listPlace', 'listOrg', 'listEvent', 'table', 'figure',
      'lg', 'l', 'sp', 'speaker', 'opener', 'closer', 'dateline', 'salute', 'signed', 'byline',
      'docAuthor', 'docImprint', 'docTitle', 'titlePart', 'titlePage', 'epigraph', 'argument',
      'trailer', 'postscript', 'floatingText', 'castList', 'cit', 'quote', 'lg', 'item',
      'docEdition', 'docDate', 'stage')"/>

  <!-- True when the context node is a TEI element of a block name: self::text | self::group | ... -->
  <xsl:variable name="tk:block-name-test" static="yes" as="xs:string"
      select="string-join($tk:block-names ! ('self::' || .), ' | ')"/>

  <!-- True when the element is drawn as a block: a block name, except quote and cit, which are
       blocks only when they hold blocks, and docDate and stage, which are phrases in a paragraph (or
       a verse line): as their templates in html-blocks.xsl and html-inline.xsl draw them. -->
  <xsl:function name="tk:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence _select="exists($e[{$tk:block-name-test}])
        and (not(local-name($e) = ('quote', 'cit')) or exists($e/(p | ab | lg | l | list | table | quote[p] | floatingText)))
        and not(local-name($e) = 'docDate' and exists($e/ancestor::p))
        and not(local-name($e) = 'stage' and exists($e/(ancestor::p | ancestor::l)))"/>
  </xsl:function>

  <!-- True when the element holds a block that is drawn where it stands (footnote content is drawn
       elsewhere and does not count). -->
  <xsl:function name="tk:has-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <!-- Candidates by name first: most paragraphs and phrases hold no block at all, and the name test
         is much cheaper than tk:is-block on every descendant. -->
    <xsl:sequence _select="exists($e//*[{$tk:block-name-test}][tk:is-block(.)][empty(ancestor::note[tk:is-footnote(.)][. >> $e])])"/>
  </xsl:function>

  <!-- The HTML element for a phrase-level TEI element: span, or div when it holds blocks. -->
  <xsl:function name="tk:box" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if (tk:has-block($e)) then 'div' else 'span'"/>
  </xsl:function>

  <xsl:variable name="tk:token-chars" as="xs:string" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'"/>

  <!-- A class token made safe: letters, digits and hyphens only. -->
  <xsl:function name="tk:class-token" as="xs:string?">
    <xsl:param name="s" as="xs:string"/>
    <!-- Most tokens are clean already ('rend-italic'): checked without a regular expression, which
         cost a fifth of a small document's rendering. -->
    <xsl:sequence select="if (translate($s, $tk:token-chars, '') eq '' and not(starts-with($s, '-')) and not(ends-with($s, '-')))
        then $s[. ne '']
        else replace(replace($s, '[^A-Za-z0-9_\-]+', '-'), '^-+|-+$', '')[. ne '']"/>
  </xsl:function>

  <!-- The dir attribute an element needs: one when its language's direction is not the one it stands
       in (a Hebrew paragraph in an English letter: rtl; an English phrase in it: ltr). -->
  <xsl:function name="tk:dir" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="own" as="xs:string?" select="tk:direction($e/@xml:lang)"/>
    <xsl:if test="exists($own) and $own ne ($e/.. ! tk:direction-of(.), 'ltr')[1]">
      <xsl:attribute name="dir" select="$own"/>
    </xsl:if>
  </xsl:function>

  <!-- True when the string holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
       NKo, Samaritan, Mandaic, their presentation forms, and the right-to-left scripts beyond the
       Basic Multilingual Plane): header text shown in the left-to-right page chrome then gets
       dir="auto". -->
  <xsl:function name="tk:has-rtl" as="xs:boolean">
    <xsl:param name="s" as="xs:string?"/>
    <xsl:sequence select="matches(string($s), '[&#x0590;-&#x08FF;&#xFB1D;-&#xFDFF;&#xFE70;-&#xFEFF;&#x10800;-&#x10FFF;&#x1E800;-&#x1EFFF;]')"/>
  </xsl:function>

  <!-- The attributes every rendered TEI element carries: id from xml:id, lang from xml:lang (with dir
       when its direction differs from the surrounding text's: tk:dir), and
       classes (the given ones, one per @rend token as rend-*, and the element's @type as name-type).
       Nothing else of the source's attributes reaches the page. -->
  <xsl:function name="tk:attrs" as="attribute()*">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="classes" as="xs:string*"/>
    <xsl:choose>
      <!-- Most elements carry none of the attributes that matter: the quick way. -->
      <xsl:when test="empty($e/(@xml:id | @xml:lang | @rend | @type))">
        <xsl:if test="exists($classes)">
          <xsl:attribute name="class" select="string-join($classes, ' ')"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$e/@xml:id ! tk:own-id($e)">
          <xsl:attribute name="id" select="."/>
        </xsl:for-each>
        <xsl:if test="$e/@xml:lang and tk:lang-tag($e/@xml:lang)">
          <xsl:attribute name="lang" select="tk:lang-tag($e/@xml:lang)"/>
          <xsl:sequence select="tk:dir($e)"/>
        </xsl:if>
        <xsl:variable name="all" as="xs:string*" select="distinct-values((
            $classes,
            tokenize($e/@rend) ! tk:class-token('rend-' || .),
            tokenize($e/@type)[1] ! tk:class-token(local-name($e) || '-' || .)))"/>
        <xsl:if test="exists($all)">
          <xsl:attribute name="class" select="string-join($all, ' ')"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The heading level of a division's head: h2 for a top division (h1 is the page title). -->
  <xsl:function name="tk:heading-level" as="xs:integer">
    <xsl:param name="div" as="element()"/>
    <xsl:sequence _select="min((6, 1 + count($div/ancestor-or-self::*[{$tk:division-test}][ancestor::text])))"/>
  </xsl:function>

  <!-- The href for a local pointer: notes are drawn under fn- ids, divisions under their anchors,
       everything else under its own id; nothing when the pointer names no element of this document
       or one that carries no id on the page. -->
  <xsl:function name="tk:local-href" as="xs:string?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="id" as="xs:string?"/>
    <xsl:variable name="target" as="element()?" select="if ($id) then key('tk:id', $id, root($context))[1] else ()"/>
    <xsl:sequence _select="if (empty($target)) then ()
        else if ($target/self::note[tk:is-footnote(.)]) then '#fn-' || tk:note-key($target)
        else if ($target[{$tk:division-test}]) then '#' || tk:div-id($target)
        else tk:own-id($target) ! ('#' || .)"/>
  </xsl:function>

  <!-- The href for a TEI pointer attribute: local pointers to existing elements, or safe URLs. -->
  <xsl:function name="tk:href" as="xs:string?">
    <xsl:param name="context" as="node()"/>
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="local" as="xs:string?" select="tk:local-id($pointer)"/>
    <xsl:sequence select="if ($local) then tk:local-href($context, $local) else tk:safe-href($pointer)"/>
  </xsl:function>

  <!-- Characters XML allows and HTML does not, shown as the replacement character, visibly not text
       (both pages and site pages use this map):
       - C1 controls (U+0080-U+009F; rare in TEI, usually mis-decoded Windows-1252): written as
         references, browsers would show them as Windows-1252 characters (U+0085 as an ellipsis);
       - noncharacters (U+FDD0-U+FDEF and the last two code points of every plane): a parse error
         in HTML wherever they stand. -->
  <xsl:character-map name="tk:html-safe-characters">
    <xsl:output-character character="&#x80;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x81;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x82;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x83;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x84;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x85;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x86;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x87;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x88;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x89;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8A;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8B;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8C;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8D;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8E;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8F;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x90;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x91;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x92;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x93;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x94;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x95;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x96;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x97;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x98;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x99;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9A;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9B;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9C;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9D;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9E;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9F;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD0;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD1;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD2;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD3;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD4;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD5;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD6;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD7;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD8;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDD9;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDA;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDB;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDC;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDD;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDDF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE0;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE1;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE2;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE3;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE4;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE5;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE6;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE7;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE8;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDE9;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDEA;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDEB;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDEC;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDED;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDEE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFDEF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x1FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x1FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x2FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x2FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x3FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x3FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x4FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x4FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x5FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x5FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x6FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x6FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x7FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x7FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x8FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x9FFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xAFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xAFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xBFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xBFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xCFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xCFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xDFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xDFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xEFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xEFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFFFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#xFFFFF;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x10FFFE;" string="&#xFFFD;"/>
    <xsl:output-character character="&#x10FFFF;" string="&#xFFFD;"/>
  </xsl:character-map>

</xsl:stylesheet>
