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
}
