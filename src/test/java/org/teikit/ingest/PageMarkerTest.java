package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teikit.Conversion;
import org.teikit.testing.TeiAll;

/**
 * ENCODING.md: a page marker of the source like "(p. 2)" is a {@code pb} with its number. It is one
 * where it stands between sentences or on a line of its own; within a sentence it may cite a page,
 * and stays text with an info at its place.
 */
class PageMarkerTest {

    private static final String HEADER = "---\ntitle: Pages\ndate: 3 May 1958\n---\n\n";

    private static Conversion convert(String body) {
        Conversion c = TestFiles.CONVERTER.convert("pages.md", (HEADER + body).getBytes(StandardCharsets.UTF_8), null);
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
        return c;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The talks began at noon. (p. 2) They went on.|<p>The talks began at noon.<pb n=\"2\"/> They went on.</p>",
        "(p. 2) The talks went on.|<p><pb n=\"2\"/>The talks went on.</p>",
        "The talks ended. (p. 2)|<p>The talks ended.<pb n=\"2\"/></p>",
        "He said \"no.\" (page 12) \"Then go.\"|<p>He said \"no.\"<pb n=\"12\"/> \"Then go.\"</p>",
    })
    void aMarkerBetweenSentencesIsAPageBreak(String text, String tei) {
        Conversion c = convert(text + "\n");
        assertThat(c.tei()).contains(tei);
        assertThat(c.report().diagnostics()).noneMatch(d -> d.rule().equals("ingest.page-marker-text"));
        assertThat(c.report().interpretations()).anyMatch(i -> i.as().startsWith("pb[@n="));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "See (p. 2) of the report.|5",
        "As the report says (p. 2).|20",
        "The talks (p. 2) went on.|11",
        "The talks ended. (p. 2) and went on.|18",
    })
    void aMarkerWithinASentenceStaysTextWithAnInfoAtItsPlace(String text, int column) {
        Conversion c = convert(text + "\n");
        assertThat(c.tei()).contains("<p>" + text + "</p>").doesNotContain("<pb");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.page-marker-text"))
                .singleElement().satisfies(d -> assertThat(d.line() + ":" + d.column()).isEqualTo("6:" + column));
    }

    @Test
    void citationsThatAreNotMarkersAreLeftAlone() {
        Conversion c = convert("See the report (pp. 2-3) and the annex (Report, p. 2). Then (p.x) and (p. ) too.\n");
        assertThat(c.tei()).doesNotContain("<pb");
        assertThat(c.report().diagnostics()).noneMatch(d -> d.rule().startsWith("ingest.page-marker"));
    }

    @Test
    void aMarkerOnItsOwnLineGoesToTheNextParagraphOrTheEndOfTheLast() {
        Conversion c = convert("First page.\n\n(p. 2)\n\nSecond page.\n\n(p. 3)\n");
        assertThat(c.tei()).contains("<p>First page.</p>", "<p><pb n=\"2\"/>Second page.<pb n=\"3\"/></p>")
                .doesNotContain("(p. 2)", "(p. 3)");
        assertThat(c.report().interpretations()).filteredOn(i -> i.as().startsWith("pb[@n="))
                .extracting(i -> i.line() + " " + i.excerpt()).containsExactly("8 (p. 2)", "12 (p. 3)");
    }

    @Test
    void aMarkerAloneInTheTextStaysText() {
        Conversion c = convert("(p. 2)\n");
        assertThat(c.tei()).contains("<p>(p. 2)</p>").doesNotContain("<pb");
    }

    @Test
    void inTheExportAMarkerBetweenTheHalvesOfASentenceJoinsThem() {
        String export = "January 24, 1957\n\n**Report, Pages (invented)**\n\nContents:\n\nTranslation - English\n\n"
                + "□ A first paragraph.\n\n□ The delegation waited for the minister, who\n\n(p. 3)\n\n"
                + "□ arrived in the evening.\n\n(p. 4)\n\n□ The decision was taken.\n";
        Conversion c = TestFiles.CONVERTER.convert("export.txt", export.getBytes(StandardCharsets.UTF_8), null);
        assertThat(c.report().format()).isEqualTo("markdown-export");
        assertThat(c.tei()).contains("who <pb n=\"3\"/> arrived in the evening.</p>",
                "<p><pb n=\"4\"/>The decision was taken.</p>");
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    /** Two tables with markers before, between and after them, and text before and after (teikit format). */
    private static final String TABLES = "The figures follow.\n\n(p. 2)\n\n| Month | Ships |\n|---|---|\n| March | 12 |\n\n"
            + "(p. 3)\n\n| Month | Tons |\n|---|---|\n| April | 510 |\n\n(p. 4)\n\nThe figures for June will follow.\n";
    /** The same in the export's shape (the table rows, markers and paragraphs as the export writes them). */
    private static final String EXPORT_TABLES = "January 24, 1957\n\n**Report, Tables (invented)**\n\nContents:\n\n"
            + "Translation - English\n\n" + TABLES;
    /** The same in the web capture's shape. */
    private static final String WEB_TABLES = "Skip to content\n\n24 January 1957\n\nReport, Tables (invented)\n\n" + TABLES;

    /** The body of {@code tei} from the first table's text on, without the indentation. */
    private static String aroundTables(String tei) {
        String body = tei.replaceAll(">\\s+<", "><");
        return body.substring(body.indexOf("<p>The figures follow."), body.indexOf("</div>"));
    }

    @ParameterizedTest
    @CsvSource({"pages.md, teikit", "export.txt, markdown-export", "web.txt, web-capture"})
    void aMarkerBesideATableStandsWhereItStood(String name, String format) {
        String text = switch (format) {
            case "teikit" -> HEADER + TABLES;
            case "markdown-export" -> EXPORT_TABLES;
            default -> WEB_TABLES;
        };
        Conversion c = TestFiles.CONVERTER.convert(name, text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(c.report().format()).isEqualTo(format);
        assertThat(aroundTables(c.tei())).isEqualTo("<p>The figures follow.</p><pb n=\"2\"/>"
                + "<table><row role=\"label\"><cell>Month</cell><cell>Ships</cell></row><row><cell>March</cell><cell>12</cell></row></table>"
                + "<pb n=\"3\"/>"
                + "<table><row role=\"label\"><cell>Month</cell><cell>Tons</cell></row><row><cell>April</cell><cell>510</cell></row></table>"
                + "<p><pb n=\"4\"/>The figures for June will follow.</p>");
        assertThat(c.report().interpretations()).filteredOn(i -> i.as().startsWith("pb[@n="))
                .extracting(i -> i.excerpt()).containsExactly("(p. 2)", "(p. 3)", "(p. 4)");
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"pages.md, teikit", "export.txt, markdown-export"})
    void aMarkerAfterALastTableStandsAfterIt(String name, String format) {
        String tables = "The figures follow.\n\n| Month | Ships |\n|---|---|\n| March | 12 |\n\n(p. 2)\n";
        String text = format.equals("teikit") ? HEADER + tables
                : "January 24, 1957\n\n**Report, Tables (invented)**\n\nContents:\n\nTranslation - English\n\n" + tables;
        Conversion c = TestFiles.CONVERTER.convert(name, text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(c.report().format()).isEqualTo(format);
        assertThat(aroundTables(c.tei())).isEqualTo("<p>The figures follow.</p>"
                + "<table><row role=\"label\"><cell>Month</cell><cell>Ships</cell></row><row><cell>March</cell><cell>12</cell></row></table>"
                + "<pb n=\"2\"/>");
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    @Test
    void inTheTeikitFormatAMarkerBesideAListOrQuoteStandsWhereItStood() {
        Conversion c = convert("Text.\n\n(p. 2)\n\n- An item.\n\n(p. 3)\n\n> A quote.\n\n(p. 4)\n");
        assertThat(c.tei().replaceAll(">\\s+<", "><")).contains("<p>Text.</p><pb n=\"2\"/><list><item>An item.</item></list>"
                + "<pb n=\"3\"/><quote><p>A quote.</p></quote><pb n=\"4\"/></div>");
    }

    @Test
    void inTheTeikitFormatAMarkerBeforeALaterHeadingStandsBeforeIt() {
        Conversion c = convert("Text.\n\n(p. 2)\n\n## Later heading\n\nMore text.\n\n(p. 3)\n\n## Last heading\n");
        assertThat(c.tei().replaceAll(">\\s+<", "><")).contains("<p>Text.</p><pb n=\"2\"/><p><hi rend=\"bold\">Later heading</hi></p>"
                + "<p>More text.</p><pb n=\"3\"/><p><hi rend=\"bold\">Last heading</hi></p></div>");
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }
}
