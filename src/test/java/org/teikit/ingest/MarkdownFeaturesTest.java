package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.ConversionReport;
import org.teikit.Diagnostic;
import org.teikit.testing.TeiAll;

/**
 * Markdown that the teikit format does not encode (link reference definitions, images): what is
 * left out is said, at its place, with what it held; no empty paragraph is written.
 */
class MarkdownFeaturesTest {

    private static final String HEADER = "---\ntitle: Features\ndate: 3 May 1958\n---\n\n";

    static Conversion convert(String body) {
        return TestFiles.CONVERTER.convert("features.md", (HEADER + body).getBytes(StandardCharsets.UTF_8), null);
    }

    private static Diagnostic only(Conversion c, String rule) {
        return c.report().diagnostics().stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow(
                () -> new AssertionError("no " + rule + " in " + c.report().diagnostics()));
    }

    private static ConversionReport.Dropped dropped(Conversion c, String kind) {
        return c.report().dropped().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " dropped in " + c.report().dropped()));
    }

    @Test
    void aLinkReferenceDefinitionIsReportedWithItsTargetAndTitleAndMakesNoEmptyParagraph() {
        Conversion c = convert("See the [report][r1] for details.\n\n[r1]: https://example.org/report \"The Report\"\n");

        assertThat(c.tei()).contains("<p>See the report for details.</p>").doesNotContain("<p></p>", "<p/>");
        Diagnostic d = only(c, "ingest.link-definition");
        assertThat(d.line()).isEqualTo(8);
        assertThat(d.column()).isEqualTo(1);
        assertThat(d.message()).contains("[r1]", "https://example.org/report", "\"The Report\"");
        assertThat(c.report().diagnostics()).noneMatch(x -> x.rule().equals("ingest.unsupported-block"));
        ConversionReport.Dropped drop = dropped(c, "link-definition");
        assertThat(drop.lines()).containsExactly(8);
        assertThat(drop.texts()).containsExactly("[r1]: https://example.org/report \"The Report\"");
    }

    @Test
    void aDefinitionOverSeveralLinesIsDroppedLineByLine() {
        Conversion c = convert("A [link][r2].\n\n[r2]:\n  https://example.org/annex\n  'The Annex'\n");

        assertThat(dropped(c, "link-definition").lines()).containsExactly(8, 9, 10);
        assertThat(dropped(c, "link-definition").texts())
                .containsExactly("[r2]:", "  https://example.org/annex", "  'The Annex'");
        assertThat(only(c, "ingest.link-definition").message()).contains("'The Annex'".replace("'", "\""));
    }

    @Test
    void anEmptyCodeBlockIsDroppedNotAnEmptyParagraph() {
        Conversion c = convert("Text.\n\n```\n```\n\nMore text.\n");

        assertThat(c.tei()).doesNotContain("<p></p>", "<p/>");
        assertThat(dropped(c, "empty-code-block").lines()).containsExactly(8, 9);
        assertThat(only(c, "ingest.unsupported-block").line()).isEqualTo(8);
    }

    @Test
    void anImageKeepsItsDescriptionAndNamesItsFileAndTitleAtItsPlace() {
        Conversion c = convert("The seal ![Seal of the ministry](scans/seal-p3.png \"seal\") is on page 3.\n");

        assertThat(c.tei()).contains("<p>The seal Seal of the ministry is on page 3.</p>");
        Diagnostic d = only(c, "ingest.image");
        assertThat(d.isError()).isFalse();
        assertThat(d.line()).isEqualTo(6);
        assertThat(d.column()).isEqualTo(10);
        assertThat(d.message()).contains("Seal of the ministry", "scans/seal-p3.png", "\"seal\"");
        assertThat(dropped(c, "image-target").texts()).containsExactly("(scans/seal-p3.png \"seal\")");
    }

    @Test
    void aParagraphOfAnImageWithoutDescriptionIsLeftOutAndReported() {
        Conversion c = convert("Text.\n\n![](scans/blank.png)\n\nMore text.\n");

        assertThat(c.tei()).doesNotContain("<p></p>", "<p/>").contains("<p>Text.</p>", "<p>More text.</p>");
        assertThat(only(c, "ingest.image").line()).isEqualTo(8);
        assertThat(dropped(c, "image-target").texts()).containsExactly("(scans/blank.png)");
    }

    @Test
    void aLinkWithATitleNamesTheTitle() {
        Conversion c = convert("A [stamp](https://example.org/stamp \"The stamp\").\n");

        assertThat(only(c, "ingest.link").message()).contains("https://example.org/stamp", "\"The stamp\"");
    }

    /**
     * Blocks inside a list, a quote or a note keep their words apart and their text: the items of a
     * nested list or of a list in a note ran together ("onetwo"), and a code or HTML block there was lost.
     */
    @Test
    void blocksInsideListsQuotesAndNotesKeepTheirWordsApartAndTheirText() {
        Conversion c = convert("- a\n  - b\n  - c\n\n  ```\n  code in item\n  ```\n\n> - q1\n> - q2\n\n"
                + "Text.[^1]\n\n[^1]: Note:\n\n    - one\n    - two\n\n    > quoted p1\n    >\n    > quoted p2\n\n"
                + "    ```\n    code in note\n    ```\n");

        assertThat(c.tei()).contains("<item>a b c code in item</item>", "<p>q1 q2</p>",
                "<p>Note:</p><p>one</p><p>two</p><p>quoted p1</p><p>quoted p2</p><p>code in note</p></note>")
                .doesNotContain("<p></p>");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.unsupported-block"))
                .extracting(Diagnostic::line).containsExactly(10, 28);
    }

    /** Inline HTML is kept as its characters, with a warning at each tag (it was kept without a word). */
    @Test
    void inlineHtmlIsKeptAsTextAndSaid() {
        Conversion c = convert("Some <u>underlined</u> text.\n");

        assertThat(c.tei()).contains("<p>Some &lt;u&gt;underlined&lt;/u&gt; text.</p>");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.html-inline"))
                .extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, 6), org.assertj.core.groups.Tuple.tuple(6, 19));
    }

    /**
     * A numbered list is list[@rend='numbered'] (it was a list like any other: the numbering was lost),
     * and the markers of items and a hard line break's backslash are listed as dropped (they were left
     * out without a word).
     */
    @Test
    void numberedListsKeepTheirNumberingAndMarkersAndHardBreaksAreListedAsDropped() throws Exception {
        Conversion c = convert("1. first\n2. second\n\nA line\\\nbroken.\n\n- a bullet\n  - nested\n");
        TeiText tei = new TeiText(c.tei());
        assertThat(tei.all("//t:list/@rend")).containsExactly("numbered");
        assertThat(tei.all("//t:list[@rend = 'numbered']/t:item")).containsExactly("first", "second");
        assertThat(tei.all("//t:body//t:p")).contains("A line broken.");
        assertThat(dropped(c, "list-marker").texts()).containsExactly("1.", "2.", "-", "-");
        assertThat(dropped(c, "hard-line-break").lines()).hasSize(1);
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();

        // the markers of a list in a quote or a note are said too, each once
        Conversion inside = convert("> - quoted item\n\nText.[^1]\n\n[^1]: A note:\n\n    1. noted item\n       - nested item\n");
        assertThat(dropped(inside, "list-marker").texts()).containsExactly("-", "1.", "-");

        // a list that goes on from an earlier one keeps its numbers
        Conversion later = convert("Text.\n\n4. fourth\n5. fifth\n");
        assertThat(new TeiText(later.tei()).all("//t:list[@rend = 'numbered']/t:item/@n")).containsExactly("4", "5");
        assertThat(TeiAll.get().errors(later.tei())).isEmpty();
    }

    /**
     * A GitHub-style table is table/row/cell (ENCODING.md); it was a paragraph of pipes. The header row
     * labels the columns; an escaped pipe is text of its cell; the pipes and the delimiter row are listed
     * as dropped; a table inside a list item keeps its cells' words apart.
     */
    @Test
    void aTableIsATeiTableWithItsHeaderRowAsLabelsAndItsPipesListedAsDropped() {
        Conversion c = convert("| Port | Ships |\n|---|---:|\n| Ostra | 12 \\| 13 |\n\n- one\n\n  | a | b |\n  |---|---|\n  | c | d |\n");

        assertThat(c.succeeded()).as(c.report().toText()).isTrue();
        assertThat(c.tei()).contains("<row role=\"label\">", "<cell>Port</cell>", "<cell>Ships</cell>",
                "<cell>Ostra</cell>", "<cell>12 | 13</cell>");
        assertThat(c.tei()).contains("<item>one a b c d</item>");
        assertThat(dropped(c, "table-delimiter-row").lines()).containsExactly(7, 13);
        assertThat(dropped(c, "table-delimiter-row").texts()).first().isEqualTo("|---|---:|");
        assertThat(dropped(c, "table-pipes").lines()).containsExactly(6, 8, 12, 14);
    }
}
