<?xml version="1.0" encoding="UTF-8"?>
<!--
  Writing direction (TEI's xml:lang, BCP 47 tags): which languages and scripts run right to left, for
  the HTML page's dir attributes and the PDF's writing modes alike.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- A well-formed language tag (BCP 47 shape, as HTML accepts it), or nothing. -->
  <xsl:function name="tk:lang-tag" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="normalize-space($lang)[matches(., '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')]"/>
  </xsl:function>

  <!-- Languages written right to left when their tag names no script (BCP 47 primary subtags). -->
  <xsl:variable name="tk:rtl-languages" as="xs:string+"
      select="('ar', 'arc', 'azb', 'bal', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ji', 'khw', 'ks', 'lrc', 'mzn',
               'nqo', 'ota', 'pnb', 'prs', 'ps', 'sam', 'sd', 'sdh', 'skr', 'syc', 'syr', 'ug', 'ur', 'yi')"/>

  <!-- Scripts written right to left (ISO 15924 codes, lower case), for tags with a script subtag
       (az-Arab, ku-Arab, yi-Hebr; ar-Latn is left to right). -->
  <xsl:variable name="tk:rtl-scripts" as="xs:string+"
      select="('adlm', 'arab', 'aran', 'armi', 'avst', 'chrs', 'cprt', 'elym', 'hatr', 'hebr', 'hung', 'khar',
               'lydi', 'mand', 'mani', 'mend', 'narb', 'nbat', 'nkoo', 'orkh', 'ougr', 'palm', 'phli', 'phlp',
               'phnx', 'prti', 'rohg', 'samr', 'sarb', 'sogd', 'sogo', 'syrc', 'syre', 'syrj', 'syrn', 'thaa',
               'yezi')"/>

  <!-- The direction of a language tag: 'rtl' for a right-to-left script (by its script subtag, else
       by its language), 'ltr' for any other tag, nothing for a tag that is not well-formed. -->
  <xsl:function name="tk:direction" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="subtags" as="xs:string*" select="tokenize(lower-case(tk:lang-tag($lang)), '-')"/>
    <!-- The script subtag is the first of four letters after the language (and extended language). -->
    <xsl:variable name="script" as="xs:string?" select="$subtags[position() gt 1][matches(., '^[a-z]{4}$')][1]"/>
    <xsl:sequence select="if (empty($subtags)) then ()
        else if (exists($script)) then (if ($script = $tk:rtl-scripts) then 'rtl' else 'ltr')
        else if ($subtags[1] = $tk:rtl-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!-- The direction of the language an element is in: its own xml:lang or the nearest ancestor's
       well-formed one; 'ltr' when none says. -->
  <xsl:function name="tk:direction-of" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="(($e/ancestor-or-self::*[@xml:lang][tk:lang-tag(@xml:lang)])[last()]/@xml:lang ! tk:direction(.), 'ltr')[1]"/>
  </xsl:function>

</xsl:stylesheet>
