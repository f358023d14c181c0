package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Conversion;
import org.teikit.Diagnostic;

/**
 * A teikit-format body parsed in pieces ({@link MarkdownChunks}) gives the TEI and the report of the
 * whole-document parse. Pieces are forced as small as the safe cuts allow.
 */
class ChunkedParsingTest {

    private static final MarkdownChunks.Limits SMALLEST = new MarkdownChunks.Limits(0, 1);
    private static final Converter CHUNKED = new Converter(TestFiles.FIXED, SMALLEST);

    @Test
    void piecesGiveTheTeiAndReportOfTheWholeParseForEverySampleSeedFixtureAndFuzzInput() throws IOException {
        List<Path> inputs = new ArrayList<>(TestFiles.samples());
        inputs.addAll(TestFiles.seeds());
        inputs.addAll(TestFiles.fixtures());
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/org/teikit/hostile/ConverterFuzzTestInputs"))) {
            s.filter(Files::isRegularFile).sorted().forEach(inputs::add);
        }
        assertThat(inputs).hasSizeGreaterThan(50);
        for (Path input : inputs) {
            // Read as detected, and as the teikit format whatever it looks like (any text is Markdown).
            for (String format : new String[] {null, TranscriptionReader.ID}) {
                byte[] bytes = Files.readAllBytes(input);
                Conversion whole = TestFiles.CONVERTER.convert(input.getFileName().toString(), bytes, format);
                Conversion pieces = CHUNKED.convert(input.getFileName().toString(), bytes, format);
                assertThat(pieces.tei()).as(input + " as " + format).isEqualTo(whole.tei());
                assertThat(pieces.report()).as(input + " as " + format).isEqualTo(whole.report());
            }
        }
    }

    /** The scale test's generated document, small: notes at the end, so every piece needs stub definitions. */
    @Test
    void aGeneratedDocumentInPiecesOf16KilobytesGivesTheWholeParse(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("generated.txt");
        org.teikit.bench.CorpusGenerator.teikitFormat(input, 1_000_000);
        byte[] bytes = Files.readAllBytes(input);
        MarkdownChunks.Limits limits = new MarkdownChunks.Limits(0, 16 << 10);
        assertThat(MarkdownChunks.split(SourceText.ofUtf8("g", bytes), 0, limits).count()).isGreaterThan(50);
        Conversion whole = TestFiles.CONVERTER.convert("generated.txt", bytes, null);
        Conversion pieces = new Converter(TestFiles.FIXED, limits).convert("generated.txt", bytes, null);
        assertThat(whole.tei()).contains("<note").contains("<opener>").contains("<closer>");
        assertThat(pieces.tei()).isEqualTo(whole.tei());
        assertThat(pieces.report()).isEqualTo(whole.report());
    }

    @Test
    void theTeikitFixturesAreReallyCut() throws IOException {
        for (Path input : TestFiles.fixtures()) {
            // A body with a link reference definition is read whole, by design (they apply document-wide).
            if (input.getFileName().toString().contains("-teikit-")
                    && !Files.readString(input).matches("(?s).*(?m:^\\[(?!\\^)[^\\]]+\\]:).*")) {
                SourceText source = SourceText.of(input.toString(), Files.readString(input));
                assertThat(MarkdownChunks.split(source, 0, SMALLEST).count()).as(input.toString()).isGreaterThan(1);
            }
        }
    }

    @Test
    void aCallFindsItsNoteInAnotherPieceAndLinesAreTheFiles() {
        String text = "---\ntitle: T\n---\n\nFirst paragraph.[^a]\n\nSecond [link](https://example.org) paragraph.\n\n"
                + "[^a]: The note.\n";
        Conversion pieces = CHUNKED.convert("t.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(cut(text)).isEqualTo(4);
        assertThat(pieces.tei()).contains("First paragraph.<note").contains("The note.");
        assertThat(pieces.report().diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .contains(org.assertj.core.groups.Tuple.tuple("ingest.link", 7, 8));
        assertThat(pieces.tei()).isEqualTo(TestFiles.CONVERTER.convert("t.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null).tei());
    }

    @Test
    void noCutInsideFencedCodeHtmlOrListsOrBeforeIndentedLines() {
        assertThat(cut("```\na\n\nb\n\nc\n```\n")).isEqualTo(1);
        assertThat(cut("<!--\na\n\nb\n-->\n\nc\n")).isEqualTo(2);
        assertThat(cut("<pre>\na\n\nb\n</pre>\n")).isEqualTo(1);
        assertThat(cut("- a\n\n- b\n\n1. c\n")).isEqualTo(1);
        assertThat(cut("a\n\n    b\n\n\tc\n")).isEqualTo(1);
        assertThat(cut("a\n\nb\n\nc\n")).isEqualTo(3);
    }

    @Test
    void aLinkReferenceDefinitionKeepsTheBodyWhole() {
        assertThat(cut("a [x]\n\nb\n\n[x]: https://example.org\n")).isEqualTo(1);
    }

    private static int cut(String text) {
        return MarkdownChunks.split(SourceText.of("t", text), 0, SMALLEST).count();
    }
}
