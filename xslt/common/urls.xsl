<?xml version="1.0" encoding="UTF-8"?>
<!--
  URLs from TEI are untrusted. tk:safe-href is the only way one may become an href or src: it keeps
  fragment, relative, http(s) and mailto URLs and refuses every other scheme (javascript:, data:,
  vbscript:, file: ...), also when the scheme is disguised by whitespace or control characters,
  which browsers strip before they read it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The URL schemes a link from TEI may use. -->
  <xsl:variable name="tk:safe-schemes" as="xs:string+" select="('http', 'https', 'mailto')"/>

  <!-- The URL if it is safe to emit as a link, otherwise nothing. Only the first of several
       space-separated URIs (TEI pointers allow lists) is taken. -->
  <xsl:function name="tk:safe-href" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <!-- The two patterns with Unicode categories run on Java's regular expressions (Saxon's ";j"
         flag; teikit runs on Saxon only), whose categories come with the JDK: Saxon's own regular
         expressions load their category tables from an XML resource on first use, ~50 ms of a cold
         start, and no other pattern of the reading edition needs them. -->
    <xsl:variable name="trimmed" as="xs:string" select="replace(string($url), '^[ \t\n\r\p{Zs}]+|[ \t\n\r\p{Zs}]+$', '', ';j')"/>
    <xsl:variable name="first" as="xs:string?" select="tokenize($trimmed, ' +')[1]"/>
    <xsl:choose>
      <xsl:when test="empty($first) or $first = ''"/>
      <!-- Browsers drop tabs and newlines inside URLs ("java&#9;script:"): such a URL is refused. -->
      <xsl:when test="matches($trimmed, '[\p{Cc}\p{Cf}\p{Zl}\p{Zp}&#xA0;]', ';j')"/>
      <xsl:when test="starts-with($first, '//')"/>
      <xsl:when test="matches($first, '^[A-Za-z][A-Za-z0-9+.\-]*:')">
        <xsl:sequence select="if (lower-case(substring-before($first, ':')) = $tk:safe-schemes) then $first else ()"/>
      </xsl:when>
      <!-- A colon before any slash, ? or # would be read as a scheme by some parsers. -->
      <xsl:when test="matches($first, '^[^/?#]*:')"/>
      <xsl:otherwise>
        <xsl:sequence select="$first"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The id a local pointer ("#d1") names, or nothing when the pointer is not local. -->
  <xsl:function name="tk:local-id" as="xs:string?">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:variable name="p" as="xs:string" select="normalize-space($pointer)"/>
    <xsl:variable name="first" as="xs:string" select="if (contains($p, ' ')) then substring-before($p, ' ') else $p"/>
    <xsl:sequence select="if (starts-with($first, '#') and string-length($first) gt 1 and not(contains(substring($first, 2), '#'))) then substring($first, 2) else ()"/>
  </xsl:function>

</xsl:stylesheet>
