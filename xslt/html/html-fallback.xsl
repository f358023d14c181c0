<?xml version="1.0" encoding="UTF-8"?>
<!--
  Anything without a template of its own. A TEI element shows its content in a span (or a div when
  it holds blocks) classed tei-NAME, so that no text is lost. Markup of other namespaces is never
  copied: executable or embedding XHTML (script, style, object, iframe ...) is dropped, with a marker
  for embedded media; other foreign elements show their text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:h="http://www.w3.org/1999/xhtml"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:template match="*" priority="-1" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:sequence select="tk:attrs(., 'tei-' || local-name())"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Elements of other namespaces: their text only, never their markup or attributes. -->
  <xsl:template match="*[namespace-uri() ne 'http://www.tei-c.org/ns/1.0']" priority="-0.5" as="element()">
    <xsl:element name="{tk:box(.)}">
      <xsl:attribute name="class" select="'foreign-markup'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Code and styling carried in from other vocabularies is not text of the document. -->
  <xsl:template match="h:script | h:style | h:noscript | h:template | h:link | h:meta | h:base | h:param | h:source | h:track
      | Q{http://www.w3.org/2000/svg}script"
      as="empty-sequence()"/>

  <!-- Embedded players and frames: a marker says that something was left out. -->
  <xsl:template match="h:object | h:embed | h:iframe | h:frame | h:applet | h:video | h:audio | h:canvas | h:form"
      as="element()">
    <span class="omitted-media" title="{tk:label('embedded-title')}">[{tk:label('embedded-not-shown', local-name())}]</span>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" as="empty-sequence()"/>

</xsl:stylesheet>
