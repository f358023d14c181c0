package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.tei.TeiDate;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "January 24, 1957|EXACT|@when=1957-01-24",
        "20 March 1956|EXACT|@when=1956-03-20",
        "24th of January 1957|EXACT|@when=1957-01-24",
        "Sept. 3, 1961|EXACT|@when=1961-09-03",
        "1956-03-20|EXACT|@when=1956-03-20",
        "20.03.1956|EXACT|@when=1956-03-20",
        "25/12/1959|EXACT|@when=1959-12-25",
        "May 1958|PARTIAL|@when=1958-05",
        "1958|PARTIAL|@when=1958",
        "17th [of January]|PARTIAL|@when=--01-17",
        "11-16 January 1957|RANGE|@from=1957-01-11 @to=1957-01-16",
        "January 11-17, 1957|RANGE|@from=1957-01-11 @to=1957-01-17",
        "1956-1957|RANGE|@from=1956 @to=1957",
        "March 1956 to April 1957|RANGE|@from=1956-03 @to=1957-04",
        "circa 1956|UNCERTAIN|@notBefore=1956-01-01 @notAfter=1956-12-31",
        "early 1957|UNCERTAIN|@notBefore=1957-01-01 @notAfter=1957-04-30",
        "1950s|UNCERTAIN|@notBefore=1950 @notAfter=1959",
        "03/04/1962|AMBIGUOUS|@notBefore=1962-03-04 @notAfter=1962-04-03",
        "03/00/1962|UNREADABLE|text only",
        "00/00/1962|UNREADABLE|text only",
        "0000|UNREADABLE|text only",
        "0000-05-01|UNREADABLE|text only",
        "May 3, 0000|UNREADABLE|text only",
        "0000s|UNREADABLE|text only",
        "0001|PARTIAL|@when=0001",
        "undated|UNDATED|text only",
        "n.d.|UNDATED|text only",
        "February 30, 1957|UNREADABLE|text only",
        "the Tuesday after Easter|UNREADABLE|text only"})
    void readsDateForms(String text, DateParser.Kind kind, String normalised) {
        DateParser.Reading r = parser.parse(text);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.date().describe()).isEqualTo(normalised);
        assertThat(r.date().text()).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void findsOnlyUnambiguousDatesInText() {
        var found = parser.find("On 4 December 1956 and from February 1955 to October 1962, but not on 20 March at noon "
                + "nor in may 1958; also 11-16 January 1957.");
        assertThat(found).extracting(DateParser.Found::date).extracting(TeiDate::describe).containsExactly(
                "@when=1956-12-04", "@when=1955-02", "@when=1962-10", "@from=1957-01-11 @to=1957-01-16");
    }
}
