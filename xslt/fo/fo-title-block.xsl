<?xml version="1.0" encoding="UTF-8"?>
<!-- The title block on the first page: the title, the header's fields as a two-column table, the summary. -->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:fo="http://www.w3.org/1999/XSL/Format"
                xmlns:tk="https://teikit.org/ns/xslt"
                xpath-default-namespace="http://www.tei-c.org/ns/1.0"
                exclude-result-prefixes="#all"
                expand-text="yes">

  <xsl:template name="tk:title-block">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="fields" as="element(tk:field)*" select="tk:header-fields($tei)"/>
    <xsl:variable name="summary" as="element()*" select="tk:summary($tei)"/>
    <fo:block role="H1" font-size="16pt" font-weight="bold" line-height="1.2" text-align="start"
              hyphenate="false" space-after="8pt">{tk:title($tei)}</fo:block>
    <xsl:if test="exists($fields)">
      <fo:table table-layout="fixed" width="100%" font-size="9.5pt" text-align="start" space-after="8pt">
        <fo:table-column column-width="28mm"/>
        <fo:table-column column-width="proportional-column-width(1)"/>
        <fo:table-body>
          <xsl:for-each select="$fields">
            <fo:table-row>
              <fo:table-cell padding-after="1.5pt"><fo:block font-weight="bold">{@label}</fo:block></fo:table-cell>
              <fo:table-cell padding-after="1.5pt"><fo:block>{.}</fo:block></fo:table-cell>
            </fo:table-row>
          </xsl:for-each>
        </fo:table-body>
      </fo:table>
    </xsl:if>
    <xsl:if test="exists($summary)">
      <fo:block font-size="9.5pt" space-after="10pt" padding="4pt" background-color="#F2F2F2">
        <fo:block font-weight="bold" keep-with-next.within-page="always">{tk:label('summary')}</fo:block>
        <xsl:for-each select="$summary">
          <fo:block space-before="2pt">
            <xsl:apply-templates select="node()" mode="tk:inline"/>
          </fo:block>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
    <fo:block space-after="10pt" border-after-style="solid" border-after-width="0.5pt"/>
  </xsl:template>

</xsl:stylesheet>
