<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the corpus site needs to know of one TEI document, as a small XML record (no HTML): an entry
  with title, date, facets (year, type, language, archive), summary and the people, places and
  organisations it tags or names as a letter's senders and addressees (correspDesc), for the index
  and names pages; beside it the searchable passages (one per
  document division, else the whole text), for the search index. Kept apart, so that the entry is
  cached as it is and the passages as search records.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <xsl:import href="../common/common.xsl"/>

  <!-- The page of the document, relative to the site's index (e.g. "telegram.html"). -->
  <xsl:param name="href" as="xs:string" required="yes"/>
  <!-- $labels (../common/labels.xsl): the language of the date shown in the index ("3. Mai 1958"). -->

  <xsl:output method="xml" indent="no" encoding="UTF-8"/>
  <xsl:mode on-no-match="shallow-skip" on-multiple-match="fail" use-accumulators="#all"/>

  <xsl:template match="/" as="element(Q{}record)">
    <xsl:variable name="tei" as="element(TEI)" select="tk:the-tei(.)"/>
    <xsl:variable name="when" as="xs:string?" select="tk:doc-when($tei)"/>
    <record>
      <entry href="{$href}" title="{tk:title($tei)}" when="{$when}" year="{tk:year($when)}"
          date="{tk:doc-date-display($tei)}">
        <xsl:for-each select="tk:doc-types($tei)"><type>{.}</type></xsl:for-each>
        <xsl:for-each select="tk:languages($tei)">
          <language>
            <!-- The code too: the index names a language the same in every row (site.xsl). -->
            <xsl:if test="normalize-space(@ident)"><xsl:attribute name="ident" select="normalize-space(@ident)"/></xsl:if>
            <xsl:text>{tk:language-label(.)}</xsl:text>
          </language>
        </xsl:for-each>
        <xsl:for-each select="tk:repository($tei)"><archive>{.}</archive></xsl:for-each>
        <xsl:for-each select="tk:summary-text($tei)"><summary>{.}</summary></xsl:for-each>
        <!-- The names the text tags, and the senders and addressees the header names (correspDesc): a
             letter's writer is often named nowhere else. One name element per name, so that the
             names page links the document once under it. -->
        <xsl:variable name="names" as="element()*"
            select="$tei/text//(persName | placeName | orgName | rs),
                    $tei/teiHeader/profileDesc/correspDesc/correspAction[@type = ('sent', 'received')]/(persName | placeName | orgName)"/>
        <xsl:for-each-group select="$names[not(ancestor::persName | ancestor::placeName | ancestor::orgName | ancestor::rs)][tk:name-kind(.)]"
            group-by="tk:name-kind(.) || '|' || tk:name-label(.)">
          <xsl:variable name="label" as="xs:string" select="tk:name-label(.)"/>
          <xsl:if test="$label ne ''">
            <name kind="{tk:name-kind(.)}" label="{$label}"/>
          </xsl:if>
        </xsl:for-each-group>
      </entry>
      <xsl:variable name="docs" as="element(div)*" select="$tei/text//div[@type = 'document']"/>
      <xsl:choose>
        <xsl:when test="exists($docs)">
          <xsl:for-each select="$docs">
            <passage anchor="{tk:div-id(.)}"
                title="{(head[1] ! tk:plain-text(.), tk:title($tei))[1]}">{tk:searchable-text(., .//note[tk:is-footnote(.)])}</passage>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <passage anchor="" title="{tk:title($tei)}">{tk:searchable-text($tei/text | $tei/sourceDoc, $tei/(text | sourceDoc)//note[tk:is-footnote(.)])}</passage>
        </xsl:otherwise>
      </xsl:choose>
    </record>
  </xsl:template>

  <!-- A passage's searchable text: its text, then each of its footnotes, apart (joined as one string,
       a text's last word and the notes' first and last ones were fused: "invented.The budget"). -->
  <xsl:function name="tk:searchable-text" as="xs:string">
    <xsl:param name="text" as="element()*"/>
    <xsl:param name="footnotes" as="element(note)*"/>
    <xsl:sequence select="string-join((tk:plain-text($text), $footnotes ! tk:plain-text(node()))[. ne ''], ' ')"/>
  </xsl:function>

  <!-- Which list of the names index a name belongs to: persName, placeName or orgName; a referring
       string (rs, "the writer") by the register entry it points to, else by its @type (person, place,
       org); nothing for an rs that says neither. -->
  <xsl:function name="tk:name-kind" as="xs:string?">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="kinds" as="map(xs:string, xs:string)"
        select="map { 'persName': 'persName', 'person': 'persName', 'personGrp': 'persName',
                      'placeName': 'placeName', 'place': 'placeName', 'orgName': 'orgName', 'org': 'orgName' }"/>
    <xsl:sequence select="if (not($name/self::rs)) then local-name($name)
        else ((tk:name-target($name) ! $kinds(local-name(.))), tokenize($name/@type)[1] ! $kinds(if (. = 'person') then . else . || 'Name'))[1]"/>
  </xsl:function>

  <!-- The register entry a name points to in its document (@ref, @corresp or @key "#id"), if any. -->
  <xsl:function name="tk:name-target" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(($name/@ref, $name/@corresp, $name/@key)[starts-with(normalize-space(.), '#')][1]
                 ! tk:local-id(.)) ! key('tk:id', ., root($name))[1]"/>
  </xsl:function>

  <!-- How the names index shows a name: as its register entry names it when it points to one in this
       document (@ref, @corresp or @key "#id" naming a person, place or organisation, or a name of
       one: "Eshkol" and "Levi Eshkol" pointing to p_EL2 are both listed as "Eshkol, Levi"), else
       as the text says it. -->
  <xsl:function name="tk:name-label" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:variable name="target" as="element()?" select="tk:name-target($name)"/>
    <xsl:variable name="register" as="element()?"
        select="($target[self::persName | self::placeName | self::orgName | self::name],
                 $target[self::person | self::personGrp | self::place | self::org]/(persName | placeName | orgName | name))[1]"/>
    <xsl:variable name="label" as="xs:string" select="if (exists($register) and not($register is $name)) then tk:plain-text($register) else ''"/>
    <xsl:sequence select="if ($label ne '') then $label else tk:plain-text($name)"/>
  </xsl:function>

</xsl:stylesheet>
