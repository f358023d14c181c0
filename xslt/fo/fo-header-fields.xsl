<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a reader sees of the TEI header, as plain values: the title, a short title for running heads,
  the document date, the archival reference, translators and other responsibilities, the published
  source, the rights statement, the summary and the keywords. Output-neutral (no FO here), so that it
  can move to xslt/common/ and serve the HTML edition too.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <!-- The document's full title: the main title, else the complete or first title, else the body's first head. -->
  <xsl:function name="tk:title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="titles" as="element()*" select="$tei/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:variable name="chosen" as="element()?"
                  select="($titles[@type = 'main'], $titles[@type = 'complete'], $titles[not(@type)], $titles,
                           $tei/text//head)[normalize-space()][1]"/>
    <xsl:sequence select="if ($chosen) then tk:plain($chosen) else tk:label('untitled')"/>
  </xsl:function>

  <!-- A title short enough for a running head: an explicit short title, a volume title, else the title cut at a word. -->
  <xsl:function name="tk:short-title" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:param name="max-length" as="xs:integer"/>
    <xsl:variable name="titles" as="element()*" select="$tei/teiHeader/fileDesc/titleStmt/title"/>
    <xsl:variable name="short" as="element()?" select="($titles[@type = ('short', 'volume')][normalize-space()])[1]"/>
    <xsl:variable name="full" as="xs:string" select="if ($short) then tk:plain($short) else tk:title($tei)"/>
    <xsl:sequence select="tk:cut($full, $max-length)"/>
  </xsl:function>

  <!-- $text cut at the last space before $max-length characters, with an ellipsis when cut. -->
  <xsl:function name="tk:cut" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="max-length" as="xs:integer"/>
    <xsl:choose>
      <xsl:when test="string-length($text) le $max-length">
        <xsl:sequence select="$text"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="head" as="xs:string" select="substring($text, 1, $max-length)"/>
        <xsl:variable name="at-word" as="xs:string"
                      select="if (contains($head, ' ')) then replace($head, '\s+\S*$', '') else $head"/>
        <xsl:sequence select="replace($at-word, '[\s,;:]+$', '') || '…'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The string value of an element with whitespace normalised, leaving out notes. -->
  <xsl:function name="tk:plain" as="xs:string">
    <xsl:param name="element" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($element/descendant::text()[not(ancestor::note[ancestor::* intersect $element])], ''))"/>
  </xsl:function>

  <!--
    The header fields shown in a title block, in reading order, as <tk:field label="…"> elements whose
    content is the value (text, or TEI nodes to render inline). Fields the header lacks are left out.
  -->
  <xsl:function name="tk:header-fields" as="element(tk:field)*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="header" as="element()?" select="$tei/teiHeader"/>
    <xsl:variable name="file" as="element()?" select="$header/fileDesc"/>
    <xsl:variable name="profile" as="element()?" select="$header/profileDesc"/>
    <xsl:variable name="ms" as="element()?" select="($file/sourceDesc/msDesc/msIdentifier)[1]"/>

    <xsl:for-each select="($profile/creation/date)[normalize-space() or tk:iso(.)][1]">
      <tk:field label="{tk:label('field-date')}">{(tk:plain(.)[. ne ''], tk:format-date(tk:iso(.)))[1]}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="($profile/textClass/keywords[@scheme = '#doctype']/term)[normalize-space()][1]">
      <tk:field label="{tk:label('field-type')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="($profile/textClass/keywords[@scheme = '#classification']/term)[normalize-space()][1]">
      <tk:field label="{tk:label('field-classification')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:if test="$ms[normalize-space()]">
      <xsl:variable name="reference" as="xs:string?" select="($ms/idno[normalize-space()] ! tk:plain(.))[1]"/>
      <xsl:variable name="repository" as="xs:string?" select="($ms/repository[normalize-space()] ! tk:plain(.))[1]"/>
      <tk:field label="{tk:label('field-archive')}">{string-join(($reference, $repository ! ('(' || . || ')')), ' ')}</tk:field>
    </xsl:if>
    <xsl:for-each-group select="$file/titleStmt/respStmt[resp[normalize-space()]]" group-by="tk:plain(resp[1])">
      <tk:field label="{upper-case(substring(current-grouping-key(), 1, 1)) || substring(current-grouping-key(), 2)}">{
        string-join(current-group()/(* except resp) ! tk:plain(.), '; ')}</tk:field>
    </xsl:for-each-group>
    <xsl:for-each select="$file/titleStmt/author[normalize-space()]">
      <tk:field label="{tk:label('field-author')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="$file/titleStmt/editor[normalize-space()]">
      <tk:field label="{tk:label(if (@role = 'general') then 'field-general-editor' else 'field-editor')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="$file/titleStmt/funder[normalize-space()]">
      <tk:field label="{tk:label('field-funder')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:variable name="source" as="xs:string*"
                  select="$file/sourceDesc/bibl ! (if (note[@type = 'citation'][normalize-space()])
                                                   then tk:plain(note[@type = 'citation'][1])
                                                   else normalize-space(string-join(descendant::text()[not(ancestor::note)], ''))),
                          $file/sourceDesc/p ! tk:plain(.)"/>
    <xsl:for-each select="$source[. ne '']">
      <tk:field label="{tk:label('field-source')}">{.}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="($file/publicationStmt/publisher)[normalize-space()][1]">
      <tk:field label="{tk:label('field-publisher')}">{string-join((tk:plain(.), ../pubPlace[1] ! tk:plain(.), ../date[not(@type)][1] ! tk:plain(.))[. ne ''], ', ')}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="($file/publicationStmt/idno[@type = 'URI'])[normalize-space()][1]">
      <tk:field label="{tk:label('field-online')}">{tk:plain(.)}</tk:field>
    </xsl:for-each>
    <xsl:for-each select="$file/publicationStmt/availability[normalize-space()]">
      <tk:field label="{tk:label('field-rights')}">{string-join((p, licence) ! tk:plain(.), ' ')}</tk:field>
    </xsl:for-each>
  </xsl:function>

  <!-- The summary's paragraphs (TEI p elements of profileDesc/abstract). -->
  <xsl:function name="tk:summary" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/abstract/(p, ab)[normalize-space()]"/>
  </xsl:function>

  <!-- Keywords for document metadata: document type, classification and other terms. -->
  <xsl:function name="tk:keywords" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="distinct-values($tei/teiHeader/profileDesc/textClass/keywords/term[normalize-space()] ! tk:plain(.))"/>
  </xsl:function>

  <!-- Who is the author for document metadata: authors, else translators and other named people, else editors. -->
  <xsl:function name="tk:creators" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="stmt" as="element()?" select="$tei/teiHeader/fileDesc/titleStmt"/>
    <xsl:sequence select="distinct-values((($stmt/author, $stmt/respStmt/(persName, name), $stmt/editor)[normalize-space()] ! tk:plain(.)))"/>
  </xsl:function>

  <!-- The language of the text: TEI/@xml:lang, else text/@xml:lang, else 'en'. -->
  <xsl:function name="tk:language" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:sequence select="(($tei/@xml:lang, $tei/text/@xml:lang)[normalize-space()] ! string(), 'en')[1]"/>
  </xsl:function>

</xsl:stylesheet>
