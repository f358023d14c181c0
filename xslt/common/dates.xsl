<?xml version="1.0" encoding="UTF-8"?>
<!-- Dates: turning TEI's ISO attributes (@when, @from, @notBefore) into display and citation forms. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tk="https://teikit.org/ns/xslt"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all"
    expand-text="yes">

  <!-- The ISO value of a dating element: @when, else the start of a range, else nothing. -->
  <xsl:function name="tk:iso" as="xs:string?">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="($date/(@when, @from, @notBefore, @when-iso, @from-iso, @notBefore-iso)[normalize-space()])[1] ! normalize-space()"/>
  </xsl:function>

  <!-- The year of an ISO date or dateTime ("1958-05-03" gives "1958"), or nothing when it has none. -->
  <xsl:function name="tk:year" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <!-- Four digits or more: ISO 8601 years beyond 9999 or before -9999 have more ("-12000" was "-1200"). -->
    <xsl:sequence select="if (matches($iso, '^-?[0-9]{4}')) then replace($iso, '^(-?[0-9]{4,}).*$', '$1') else ()"/>
  </xsl:function>

  <!-- Years before year 1. A minus year is read as the TEI Guidelines read it (their example for
       att.datable.w3c has when="-0056" for "56 BC"), as XSD 1.0 does: "-0044" is 44 BCE, "-0001"
       1 BCE; there is no year zero. (XSD 1.1 and ISO 8601 count astronomically, 0000 = 1 BCE and
       -0044 = 45 BCE, but encoders write the historian's year after the minus sign.) A year 0000,
       which this reading does not have, is shown as written. Machine forms keep the ISO value:
       tk:citation-date and tk:is-machine-date give nothing for a year before 1 (neither citation
       meta tags nor HTML's time/@datetime accept one). -->

  <!-- A year for the reader: "1958" stays as written, "-0044" gives "44 BCE" (in the labels' language). -->
  <xsl:function name="tk:display-year" as="xs:string">
    <xsl:param name="year" as="xs:string"/>
    <xsl:sequence select="if (starts-with($year, '-') and $year castable as xs:integer)
        then tk:label('bce', abs(xs:integer($year)))
        else $year"/>
  </xsl:function>

  <!-- An ISO date in reading form: "1958-05-03" gives "3 May 1958", "1958-05" gives "May 1958",
       "1958" stays, "-0044-03-15" gives "15 March 44 BCE"; a dateTime shows its date part; anything
       else gives nothing. Words and order come from the labels (labels.xsl). (Written out with
       tk:month-name rather than format-date(): Saxon's format-date compiles a pattern with Unicode
       categories when it is first used, and loading those tables was ~50 ms of a cold start.) -->
  <xsl:function name="tk:format-date" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:choose>
      <xsl:when test="empty($iso)"/>
      <xsl:when test="$iso castable as xs:date">
        <xsl:sequence select="tk:day-month-year(xs:date($iso), tk:year($iso))"/>
      </xsl:when>
      <xsl:when test="$iso castable as xs:dateTime">
        <xsl:sequence select="tk:day-month-year(xs:date(xs:dateTime($iso)), tk:year($iso))"/>
      </xsl:when>
      <xsl:when test="$iso castable as xs:gYearMonth">
        <xsl:variable name="date" as="xs:date" select="xs:date(replace($iso, '^(-?[0-9]{4,}-[0-9]{2}).*$', '$1') || '-01')"/>
        <xsl:sequence select="tk:label('date-my', ('', tk:month-name(month-from-date($date)), tk:shown-year(tk:year($iso))))"/>
      </xsl:when>
      <xsl:when test="$iso castable as xs:gYear">
        <xsl:sequence select="if (starts-with($iso, '-')) then tk:display-year(tk:year($iso)) else $iso"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- "3 May 1958": the year as the ISO value writes it, so that "-0044" is 44 BCE whatever the
       processor's year numbering. -->
  <xsl:function name="tk:day-month-year" as="xs:string">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="year" as="xs:string"/>
    <xsl:sequence select="tk:label('date-dmy', (day-from-date($date), tk:month-of-name(month-from-date($date)), tk:shown-year($year)))"/>
  </xsl:function>

  <!-- The year of a full date or year-month as a number ("0056" gives "56", "-0044" "44 BCE"). -->
  <xsl:function name="tk:shown-year" as="xs:string">
    <xsl:param name="year" as="xs:string"/>
    <xsl:sequence select="if (starts-with($year, '-')) then tk:display-year($year) else string(xs:integer($year))"/>
  </xsl:function>

  <!-- The name of month 1 to 12 in the labels' language, as it stands alone ("May 1958"). -->
  <xsl:function name="tk:month-name" as="xs:string">
    <xsl:param name="month" as="xs:integer"/>
    <xsl:sequence select="tk:label('month-' || $month)"/>
  </xsl:function>

  <!-- The name of month 1 to 12 after a day ("3 May"): the genitive in Russian ("3 мая"). -->
  <xsl:function name="tk:month-of-name" as="xs:string">
    <xsl:param name="month" as="xs:integer"/>
    <xsl:sequence select="tk:label('month-of-' || $month)"/>
  </xsl:function>

  <!-- An ISO date as Highwire/Google Scholar citation meta tags want it: "1958/05/03", "1958/05", "1958". -->
  <xsl:function name="tk:citation-date" as="xs:string?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="if (matches($iso, '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?')) then replace(replace($iso, '^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?).*$', '$1'), '-', '/') else ()"/>
  </xsl:function>

  <!-- True when the value is a date form that HTML's time/@datetime accepts (year, year-month, date,
       or a date and time), and a real one: "2001-02-29" or "1891-13" has the form but is no date, and
       made the page invalid HTML. -->
  <xsl:function name="tk:is-machine-date" as="xs:boolean">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="day" as="xs:string?" select="substring($iso, 1, 10)[string-length(.) eq 10]"/>
    <xsl:sequence select="matches($iso, '^[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2}(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$')
        and (empty($day) or $day castable as xs:date)"/>
  </xsl:function>

</xsl:stylesheet>
