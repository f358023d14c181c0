package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.Diagnostic;

/**
 * A block longer than {@link SlicedInlineParser#WHOLE} is read in slices and gives the nodes of the
 * whole-block parse when nothing crosses a slice's edge, with its locations right.
 */
class SlicedInlineParserTest {

    /** Signs with spaces inside (a link, a date brace, a code span): a slice must not end inside them. */
    private static final String UNIT = "word [w] *it* {pb 3} call[^1] `code x` {date 1958-05-04|the next day} "
            + "[a link](http://example.org) ";

    private static Parser parser(boolean sliced) {
        Parser.Builder b = Parser.builder()
                .extensions(List.of(FootnotesExtension.create()))
                .customInlineContentParserFactory(new EditorialInlineParser.Factory())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
        if (sliced) {
            b.inlineParserFactory(new SlicedInlineParser.Factory());
        }
        return b.build();
    }

    @Test
    void aLongBlockOfOneLineAndOfManyLinesGivesTheNodesOfTheWholeParse() {
        String oneLine = UNIT.repeat(SlicedInlineParser.WHOLE / UNIT.length() + 100).strip();
        String manyLines = (UNIT.repeat(3) + "\n").repeat(SlicedInlineParser.WHOLE / UNIT.length() / 2);
                // (commonmark's own parse of a block takes time growing faster than its length: 1 MB, 15 s)
        String mixed = (UNIT.repeat(3) + "\n").repeat(100) + oneLine + "\n" + UNIT.repeat(300);
        for (String block : List.of(oneLine, manyLines, mixed)) {
            String markdown = "Before.\n\n" + block + "\n\n[^1]: The note.\n";
            Node whole = parser(false).parse(markdown);
            Node sliced = parser(true).parse(markdown);
            Paragraph long1 = (Paragraph) sliced.getFirstChild().getNext();
            assertThat(long1.getFirstChild()).isInstanceOf(SlicedInlineParser.Sliced.class);
            long texts = 0;
            for (Node n = long1.getFirstChild(); n != null; n = n.getNext()) {
                texts += n instanceof Text ? 1 : 0;
            }
            assertThat(texts).as("read in several slices").isGreaterThan(block.length() / SlicedInlineParser.SLICE);
            assertThat(dump(sliced)).isEqualTo(dump(whole));
        }
    }

    @Test
    void aBlockUpToTheLimitIsParsedWhole() {
        String block = UNIT.repeat(SlicedInlineParser.WHOLE / UNIT.length() - 10);
        Node doc = parser(true).parse(block);
        assertThat(doc.getFirstChild().getFirstChild()).isNotInstanceOf(SlicedInlineParser.Sliced.class);
    }

    /** The converter says the block was read in slices, and a finding deep in it has its line and column. */
    @Test
    void findingsInALateSliceHaveTheirLineAndColumn() {
        String filler = UNIT.repeat(SlicedInlineParser.WHOLE / UNIT.length() + 10);
        String bad = "{date 1958-13-45|a day that is none}";
        String text = "---\ntitle: A long paragraph\ndate: 1958-05-03\n---\n\nOpening paragraph.\n\n"
                + "Second line before " + filler + bad + " and the end.\n\n[^1]: The note.\n";
        Conversion c = TestFiles.CONVERTER.convert("long.txt", text.getBytes(StandardCharsets.UTF_8), null);
        Diagnostic sliced = c.report().diagnostics().stream().filter(d -> d.rule().equals("ingest.long-block")).findFirst()
                .orElseThrow();
        assertThat(sliced.line()).isEqualTo(8);
        assertThat(sliced.column()).isEqualTo(1);
        Diagnostic date = c.report().diagnostics().stream().filter(d -> d.rule().equals("ingest.date-unreadable"))
                .findFirst().orElseThrow();
        assertThat(date.line()).isEqualTo(8);
        assertThat(date.column()).isEqualTo(("Second line before " + filler).length() + 1);
        assertThat(c.tei()).contains("a day that is none</date> and the end.</p>");
    }

    /** The tree as a string, neighbouring texts joined (a slice's edge splits a text run in two). */
    private static String dump(Node doc) {
        StringBuilder sb = new StringBuilder();
        dump(doc, sb);
        return sb.toString();
    }

    private static void dump(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof SlicedInlineParser.Sliced) {
                continue;
            }
            if (n instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append("<br>");
            } else if (n instanceof Code c) {
                sb.append("<code>").append(c.getLiteral()).append("</code>");
            } else if (n instanceof FootnoteReference f) {
                sb.append("<call ").append(f.getLabel()).append('>');
            } else if (n instanceof EditorialInlineParser.PageBreakNode pb) {
                sb.append("<pb ").append(pb.n).append('>');
            } else if (n instanceof EditorialInlineParser.DateNode d) {
                sb.append("<date ").append(d.when).append('>').append(d.text).append("</date>");
            } else {
                String name = n instanceof Link l ? "a " + l.getDestination()
                        : n instanceof Emphasis ? "em" : n.getClass().getSimpleName();
                sb.append('<').append(name).append('>');
                dump(n, sb);
                sb.append("</").append(name).append('>');
            }
        }
    }
}
