<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (TEI chapter TC): which reading of an app is its lemma, which are the other
  readings, and what else the app holds (notes, witDetail, wit ...). An app's readings may stand in
  the app itself or in reading groups (rdgGrp, nested); readings of an app nested inside a reading
  belong to that inner app, not to this one.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The readings (lem and rdg) of the app, in document order: its children and those of its reading
       groups, at any depth of rdgGrp. -->
  <xsl:function name="tk:app-readings" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="$app/(lem | rdg | rdgGrp/tk:group-readings(.))"/>
  </xsl:function>

  <xsl:function name="tk:group-readings" as="element()*">
    <xsl:param name="group" as="element(rdgGrp)"/>
    <xsl:sequence select="$group/(lem | rdg | rdgGrp/tk:group-readings(.))"/>
  </xsl:function>

  <!-- The reading shown as the text: the lemma wherever it stands in the app (in a reading group
       too), else the first reading. -->
  <xsl:function name="tk:app-lemma" as="element()?">
    <xsl:param name="app" as="element(app)"/>
    <xsl:variable name="readings" as="element()*" select="tk:app-readings($app)"/>
    <xsl:sequence select="($readings[self::lem], $readings)[1]"/>
  </xsl:function>

  <!-- What the app (or one of its reading groups) holds besides readings and groups: notes, witDetail,
       wit, breaks ..., in document order. Whitespace and text are not included. -->
  <xsl:function name="tk:app-attachments" as="element()*">
    <xsl:param name="app" as="element(app)"/>
    <xsl:sequence select="($app | $app//rdgGrp[ancestor::app[1] is $app])/(* except (lem | rdg | rdgGrp))"/>
  </xsl:function>

  <!-- The reading an attachment of the app belongs to: for a witDetail or wit, the reading whose
       witnesses it names; else the reading before it; else (one before any reading) the first. -->
  <xsl:function name="tk:attached-to" as="element()?">
    <xsl:param name="attachment" as="element()"/>
    <xsl:param name="readings" as="element()*"/>
    <xsl:variable name="wits" as="xs:string*" select="tokenize($attachment/self::witDetail/@wit)"/>
    <xsl:variable name="by-witness" as="element()?" select="if (exists($wits)) then $readings[tokenize(@wit) = $wits][1] else ()"/>
    <xsl:sequence select="($by-witness, $readings[. &lt;&lt; $attachment][last()], $readings[1])[1]"/>
  </xsl:function>

  <!-- The witnesses of a reading as written (the sigla pointers "#B #C"), normalised; empty when none. -->
  <xsl:function name="tk:witnesses" as="xs:string?">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space($e/@wit)[. ne '']"/>
  </xsl:function>

</xsl:stylesheet>
