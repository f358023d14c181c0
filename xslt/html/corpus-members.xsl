<?xml version="1.0" encoding="UTF-8"?>
<!--
  The TEI documents of a teiCorpus, each as a document of its own, for a page and a PDF per document
  (render and build of a teiCorpus). Applied to one TEI of the corpus at a time (nested corpora's too);
  output: its copy, with the language it inherits from its corpus (the nearest xml:lang above it) made
  its own, so that its page and its copy read as they did in the corpus, and the editors, statements of
  responsibility, funders, publication date, licence and keywords the corpus's header gives for all its
  texts where its own header gives none (below). No parameters.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tk="https://teikit.org/ns/xslt"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:mode name="tk:inherit" on-no-match="shallow-copy"/>

  <!-- Applied to each TEI of the corpus in turn (teiCorpus//TEI[not(ancestor::TEI)], in document order,
       by CorpusMembers): its copy, to be written out as a document of its own. -->
  <xsl:template match="TEI">
    <xsl:copy>
      <xsl:if test="not(@xml:lang)">
        <xsl:copy-of select="(ancestor::*/@xml:lang)[last()]"/>
      </xsl:if>
      <xsl:apply-templates select="@*, node()" mode="tk:inherit"/>
    </xsl:copy>
  </xsl:template>

  <!-- What a corpus's header says for all its texts, and a text's own header leaves out, the text takes
       from the nearest corpus that says it (the Guidelines' reading of a corpus's header), where it can
       be added without taking anything away: the editors, the statements of responsibility, and the
       funders and sponsors that a title statement does not name (each kind apart: a text naming its own
       editor keeps its editors alone, and still takes the corpus's funders), the date and the
       availability (licence, rights) of a structured publication statement that gives none (each apart),
       the keywords of a scheme it has none of (below). A publication statement in prose keeps its prose
       alone. -->
  <xsl:template match="TEI/teiHeader/fileDesc/titleStmt" mode="tk:inherit">
    <xsl:variable name="corpora" as="element(titleStmt)*" select="tk:corpus-headers(.)/fileDesc/titleStmt"/>
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="tk:inherit"/>
      <xsl:if test="not(editor)">
        <xsl:apply-templates select="$corpora[editor][last()]/editor" mode="tk:inherited"/>
      </xsl:if>
      <xsl:if test="not(respStmt)">
        <xsl:apply-templates select="$corpora[respStmt][last()]/respStmt" mode="tk:inherited"/>
      </xsl:if>
      <xsl:if test="not(funder | sponsor)">
        <xsl:apply-templates select="$corpora[funder | sponsor][last()]/(funder | sponsor)" mode="tk:inherited"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="TEI/teiHeader/fileDesc/publicationStmt[publisher | distributor | authority]" mode="tk:inherit">
    <xsl:variable name="corpora" as="element(publicationStmt)*" select="tk:corpus-headers(.)/fileDesc/publicationStmt"/>
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="tk:inherit"/>
      <!-- after the agency, where TEI lets details such as these come in any order -->
      <xsl:if test="not(date)">
        <xsl:apply-templates select="$corpora[date][last()]/date" mode="tk:inherited"/>
      </xsl:if>
      <xsl:if test="not(availability)">
        <xsl:apply-templates select="$corpora[availability][last()]/availability" mode="tk:inherited"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <!-- The corpus's keywords (its classification: document types, subjects) that the text's own header
       gives none of the same scheme, each scheme apart (the nearest corpus's), in the text's textClass,
       made where the text has none (in its first, where it has several: TEI allows them). -->
  <xsl:template match="TEI/teiHeader/profileDesc/textClass" mode="tk:inherit">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="tk:inherit"/>
      <xsl:if test=". is (ancestor::teiHeader[1]/profileDesc/textClass)[1]">
        <xsl:apply-templates select="tk:inherited-keywords(ancestor::teiHeader[1])" mode="tk:inherited"/>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="TEI/teiHeader[not(profileDesc/textClass)]/profileDesc[1]" mode="tk:inherit">
    <xsl:copy>
      <xsl:apply-templates select="@*, node()" mode="tk:inherit"/>
      <xsl:call-template name="tk:text-class">
        <xsl:with-param name="keywords" select="tk:inherited-keywords(parent::teiHeader)"/>
      </xsl:call-template>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="TEI/teiHeader[not(profileDesc)]/fileDesc" mode="tk:inherit">
    <xsl:next-match/>
    <xsl:variable name="keywords" as="element(keywords)*" select="tk:inherited-keywords(parent::teiHeader)"/>
    <xsl:if test="exists($keywords)">
      <profileDesc xmlns="http://www.tei-c.org/ns/1.0">
        <xsl:call-template name="tk:text-class">
          <xsl:with-param name="keywords" select="$keywords"/>
        </xsl:call-template>
      </profileDesc>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tk:text-class">
    <xsl:param name="keywords" as="element(keywords)*"/>
    <xsl:if test="exists($keywords)">
      <textClass xmlns="http://www.tei-c.org/ns/1.0">
        <xsl:apply-templates select="$keywords" mode="tk:inherited"/>
      </textClass>
    </xsl:if>
  </xsl:template>

  <!-- The corpora's keywords of the schemes a text's header has none of: for each scheme, those of the
       nearest corpus that has some. -->
  <xsl:function name="tk:inherited-keywords" as="element(keywords)*">
    <xsl:param name="header" as="element(teiHeader)"/>
    <xsl:variable name="own" as="xs:string*" select="$header/profileDesc/textClass/keywords/string(@scheme)"/>
    <xsl:variable name="corpora" as="element(keywords)*" select="tk:corpus-headers($header)/profileDesc/textClass/keywords"/>
    <xsl:for-each-group select="$corpora[not(string(@scheme) = $own)]" group-by="string(@scheme)">
      <xsl:variable name="nearest" as="element(teiHeader)" select="(current-group()/ancestor::teiHeader[1])[last()]"/>
      <xsl:sequence select="current-group()[ancestor::teiHeader[1] is $nearest]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- The headers of the corpora an element is in, outermost first: each corpus's first child (where
       TEI puts it; a header looked for among all of a corpus's children, for every one of its 60,000
       documents, made splitting that corpus, 38 MB, take 50 s instead of 9). -->
  <xsl:function name="tk:corpus-headers" as="element(teiHeader)*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/ancestor::teiCorpus/*[1][self::teiHeader]"/>
  </xsl:function>

  <!-- An inherited part, without its identifiers: the text may use the same ones. -->
  <xsl:mode name="tk:inherited" on-no-match="shallow-copy"/>
  <xsl:template match="@xml:id" mode="tk:inherited"/>

</xsl:stylesheet>
