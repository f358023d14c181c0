<?xml version="1.0" encoding="UTF-8"?>
<!--
  Header fields of a TEI document, one function per field of ENCODING.md's header table. Each takes
  the TEI element, works on teikit's shape (tei/reference/teikit-shape.xml) and falls back on the
  usual places of hand-encoded TEI P5 headers. Functions return nodes when the field has markup a
  renderer may want to keep (dates, rights), strings otherwise; empty when the field is absent.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The document title: the main (or complete) title, else the non-empty titles of titleStmt
       joined, else the first head of the text, else "Untitled document". -->
  <xsl:function name="tk:title" as="xs:string">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="titles" as="element(title)*" select="$tei/teiHeader/fileDesc/titleStmt/title[normalize-space()]"/>
    <xsl:variable name="main" as="element(title)?" select="($titles[@type = ('main', 'complete')])[1]"/>
    <xsl:sequence select="
        if ($main) then tk:plain-text($main)
        else if ($titles) then string-join($titles[not(@type = ('sub', 'alt', 'short'))] ! tk:plain-text(.), ': ')[. ne '']
        else ((($tei/text//head)[1] ! tk:plain-text(.))[. ne ''], tk:label('untitled'))[1]"/>
  </xsl:function>

  <!-- Subtitles of the document. -->
  <xsl:function name="tk:subtitles" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/title[@type = 'sub'][normalize-space()] ! tk:plain-text(.)"/>
  </xsl:function>

  <!-- The date of the document: profileDesc/creation/date, else the source's date, else the
       publication date of the edition. -->
  <xsl:function name="tk:doc-date" as="element(date)?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="h" as="element(teiHeader)?" select="$tei/teiHeader"/>
    <xsl:sequence select="(
        $h/profileDesc/creation//date,
        $h/fileDesc/sourceDesc/(bibl | biblStruct | msDesc/history/origin)//date[not(@type)],
        $h/fileDesc/publicationStmt/date[not(@type)],
        $h/fileDesc/sourceDesc//date)[1]"/>
  </xsl:function>

  <!-- The ISO form of the document date (from @when and friends, or a text that is itself ISO). -->
  <xsl:function name="tk:doc-when" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="date" as="element(date)?" select="tk:doc-date($tei)"/>
    <xsl:sequence select="(tk:iso($date), normalize-space($date)[matches(., '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$')])[1]"/>
  </xsl:function>

  <!-- The document date as the reader sees it: the source's wording, else the formatted ISO date. -->
  <xsl:function name="tk:doc-date-display" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="date" as="element(date)?" select="tk:doc-date($tei)"/>
    <xsl:sequence select="((normalize-space($date)[. ne ''], tk:format-date(tk:iso($date)))[1])"/>
  </xsl:function>

  <!-- Document types (Telegram, Memorandum of Conversation ...): keywords[@scheme='#doctype'], else the
       subtype of the body's document division. -->
  <xsl:function name="tk:doc-types" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="terms" as="xs:string*"
        select="$tei/teiHeader/profileDesc/textClass/keywords[@scheme = '#doctype']/term ! normalize-space()[. ne '']"/>
    <xsl:sequence select="if (exists($terms)) then $terms
        else distinct-values($tei/text/body/div[@type = 'document']/@subtype ! normalize-space()[. ne ''] ! (upper-case(substring(., 1, 1)) || substring(., 2)))"/>
  </xsl:function>

  <!-- The original classification ("Top Secret"). -->
  <xsl:function name="tk:classifications" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/textClass/keywords[@scheme = '#classification']/term ! normalize-space()[. ne '']"/>
  </xsl:function>

  <!-- Other keywords (any scheme but doctype and classification). -->
  <xsl:function name="tk:keywords" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/textClass/keywords[not(@scheme = ('#doctype', '#classification'))]//term ! normalize-space()[. ne '']"/>
  </xsl:function>

  <!-- The original languages declared in langUsage. -->
  <xsl:function name="tk:languages" as="element(language)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/langUsage/language"/>
  </xsl:function>

  <!-- A language's name: its text, else its code. -->
  <xsl:function name="tk:language-label" as="xs:string">
    <xsl:param name="language" as="element(language)"/>
    <xsl:sequence select="(normalize-space($language)[. ne ''], string($language/@ident))[1]"/>
  </xsl:function>

  <!-- The language of the transcription (TEI/@xml:lang, else text/@xml:lang). -->
  <xsl:function name="tk:text-language" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/@xml:lang, $tei/text/@xml:lang)[normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The archive holding the original (msIdentifier/repository, with institution and settlement
       when given). -->
  <xsl:function name="tk:repository" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="id" as="element(msIdentifier)?" select="($tei/teiHeader/fileDesc/sourceDesc//msIdentifier)[1]"/>
    <xsl:variable name="parts" as="xs:string*" select="$id/(institution, repository, settlement)[normalize-space()] ! normalize-space()"/>
    <xsl:sequence select="string-join($parts, ', ')[. ne '']"/>
  </xsl:function>

  <!-- The archival reference as written ("AVPRF f. 0100, op. 49 ..."): the untyped idno of msIdentifier,
       else its first idno. -->
  <xsl:function name="tk:archive-reference" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:variable name="id" as="element(msIdentifier)?" select="($tei/teiHeader/fileDesc/sourceDesc//msIdentifier)[1]"/>
    <xsl:sequence select="($id/idno[not(@type)], $id/idno)[normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- The parts of the archival reference (fond, opis ...), as typed idno elements. -->
  <xsl:function name="tk:reference-parts" as="element(idno)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/sourceDesc//msIdentifier)[1]/(idno[@type], altIdentifier/idno)"/>
  </xsl:function>

  <!-- The responsibility statements (translated by ..., obtained by ...). -->
  <xsl:function name="tk:resp-stmts" as="element(respStmt)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/respStmt"/>
  </xsl:function>

  <!-- Who a responsibility statement names. -->
  <xsl:function name="tk:resp-names" as="xs:string*">
    <xsl:param name="resp" as="element(respStmt)"/>
    <xsl:sequence select="$resp/(persName | orgName | name)[normalize-space()] ! normalize-space()"/>
  </xsl:function>

  <!-- The translators: names of respStmts whose resp speaks of translation. -->
  <xsl:function name="tk:translators" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="tk:resp-stmts($tei)[matches(resp, 'transl', 'i')] ! tk:resp-names(.)"/>
  </xsl:function>

  <!-- Authors and editors named in titleStmt. -->
  <xsl:function name="tk:authors" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/author[normalize-space()] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="tk:editors" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/editor[normalize-space()] ! normalize-space()"/>
  </xsl:function>

  <xsl:function name="tk:funders" as="xs:string*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/titleStmt/(funder, sponsor)[normalize-space()] ! normalize-space()"/>
  </xsl:function>

  <!-- The publisher (or distributor, authority) of the digital edition. -->
  <xsl:function name="tk:publisher" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/publicationStmt/(publisher, distributor, authority))[normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- Rights: the paragraphs and licences of availability. -->
  <xsl:function name="tk:rights" as="element()*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/publicationStmt/availability/(p | licence | ab)[normalize-space() or @target]"/>
  </xsl:function>

  <!-- The URL of the source record (publicationStmt/idno[@type='URI']), when it is a safe link. -->
  <xsl:function name="tk:source-url" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/publicationStmt/idno[lower-case(@type) = ('uri', 'url')])[1] ! tk:safe-href(normalize-space())[matches(., '^https?:')]"/>
  </xsl:function>

  <!-- The source's own record id. -->
  <xsl:function name="tk:record-id" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/publicationStmt/idno[not(lower-case(@type) = ('uri', 'url'))])[normalize-space()][1] ! normalize-space()"/>
  </xsl:function>

  <!-- When the online copy was uploaded or published. -->
  <xsl:function name="tk:uploaded" as="element(date)?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="($tei/teiHeader/fileDesc/publicationStmt/date[@type = ('uploaded', 'published')])[1]"/>
  </xsl:function>

  <!-- Published sources of the text. -->
  <xsl:function name="tk:source-bibls" as="element()*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/sourceDesc/(bibl | biblStruct | biblFull | listBibl/bibl)"/>
  </xsl:function>

  <!-- A bibliographic reference as one line: the citation as printed (note[@type='citation']) if kept,
       else its parts in order. -->
  <xsl:function name="tk:bibl-citation" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="printed" as="element(note)?" select="$bibl/note[@type = 'citation'][1]"/>
    <xsl:sequence select="if ($printed) then normalize-space($printed)
        else normalize-space(string-join($bibl//text()[not(ancestor::note)], ' '))"/>
  </xsl:function>

  <!-- How the original was obtained. -->
  <xsl:function name="tk:acquisition" as="element()*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/fileDesc/sourceDesc//msDesc/history/(acquisition | provenance)[normalize-space()]"/>
  </xsl:function>

  <!-- The summary. -->
  <xsl:function name="tk:summary" as="element(abstract)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/profileDesc/abstract[normalize-space()]"/>
  </xsl:function>

  <!-- The summary as one plain string. -->
  <xsl:function name="tk:summary-text" as="xs:string?">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="tk:plain-text(tk:summary($tei))[. ne '']"/>
  </xsl:function>

  <!-- The edition's own history, oldest first as recorded. -->
  <xsl:function name="tk:changes" as="element(change)*">
    <xsl:param name="tei" as="element(TEI)"/>
    <xsl:sequence select="$tei/teiHeader/revisionDesc//change"/>
  </xsl:function>

</xsl:stylesheet>
