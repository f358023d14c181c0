package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.validate.TeiValidator;

/**
 * Footnote numbers: teikit's schema wants @n a positive integer, and its editorial rules want notes
 * numbered 1, 2, 3… in order. A label that is not a number is numbered by its place (label kept in
 * the xml:id); a source number is kept, and said once where it breaks the sequence. A conversion
 * without warnings is valid TEI.
 */
class NoteNumberingTest {

    private static final String HEADER = "---\ntitle: Notes\ndate: 3 May 1958\n"
            + "archive: AVPRF f. 0200, op. 12, 1958, p. 7, d. 3, l. 14-15\n---\n\n";
    private static final TeiValidator PROJECT = TeiValidator.builder().schemaStore(Path.of("target/no-schema-store"))
            .schema(TeiValidator.PROJECT_RNG).schema(TeiValidator.PROJECT_SCHEMATRON).build();

    private static Conversion convert(String body) {
        return TestFiles.CONVERTER.convert("notes.md", (HEADER + body).getBytes(StandardCharsets.UTF_8), null);
    }

    private static List<Diagnostic> warnings(Conversion c) {
        return c.report().diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    }

    private static List<String> errors(Conversion c) {
        return PROJECT.validate("notes.xml", c.tei().getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
                .filter(Diagnostic::isError).map(d -> d.rule() + ": " + d.message()).toList();
    }

    @Test
    void namedNotesAreNumberedByTheirPlaceWithTheLabelInTheIdAndTheTeiIsValid() {
        Conversion c = convert("Call at end[^a] and a named one[^note-two].\n\n"
                + "[^a]: Alpha note.\n[^note-two]: Named note.\n");

        assertThat(warnings(c)).isEmpty();
        assertThat(c.tei()).contains("<note place=\"foot\" n=\"1\" xml:id=\"note-a\">Alpha note.</note>",
                "<note place=\"foot\" n=\"2\" xml:id=\"note-note-two\">Named note.</note>");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.note-label"))
                .extracting(d -> d.line() + ":" + d.column()).containsExactly("7:12", "7:32");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.note-label"))
                .first().satisfies(d -> assertThat(d.message()).contains("'a'", "numbered 1", "note-a"));
        assertThat(errors(c)).isEmpty();
    }

    @Test
    void sourceNumbersOutOfSequenceAreKeptAndSaidOnceAtTheFirstCall() {
        Conversion c = convert("First[^2] and second[^1] and third[^3].\n\n"
                + "[^1]: One.\n[^2]: Two.\n[^3]: Three.\n");

        assertThat(c.tei()).contains("n=\"2\" xml:id=\"note-2\">Two.", "n=\"1\" xml:id=\"note-1\">One.");
        assertThat(warnings(c)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("ingest.note-sequence");
            assertThat(d.line() + ":" + d.column()).isEqualTo("7:6");
            assertThat(d.message()).contains("footnote 2 is note 1");
        });
        assertThat(errors(c)).isNotEmpty().allMatch(e -> e.startsWith("teikit.note-sequence"));
    }

    @Test
    void aNamedNoteBeforeANumberedOneWarnsWhereTheNumbersCollide() {
        Conversion c = convert("Named[^a] then numbered[^1].\n\n[^a]: Alpha.\n[^1]: One.\n");

        assertThat(warnings(c)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("ingest.note-sequence");
            assertThat(d.line() + ":" + d.column()).isEqualTo("7:24");
        });
    }

    @Test
    void exportCallsThatSkipANumberAreSaidAtTheCall() {
        String export = "January 24, 1957\n\n**Report, Test Export (invented)**\n\nContents:\n\nTranslation - English\n\n"
                + "□ First paragraph calls a note [\\[1\\]](#) and another ^[3].\n\n"
                + "[1] Note one.\n\n[3] Note three.\n";
        Conversion c = TestFiles.CONVERTER.convert("export.txt", export.getBytes(StandardCharsets.UTF_8), null);

        assertThat(c.report().format()).isEqualTo("markdown-export");
        assertThat(warnings(c)).filteredOn(d -> d.rule().equals("ingest.note-sequence")).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(9));
    }

    /** A second call of one note is said to be that, not a call "without a note" (the note exists). */
    @Test
    void aSecondCallOfOneNoteIsSaidToBeASecondCall() {
        Conversion c = convert("One call[^1] and another[^1].\n\n[^1]: The note.\n");

        assertThat(c.tei()).contains("One call<note place=\"foot\" n=\"1\" xml:id=\"note-1\">The note.</note> and another[^1].");
        assertThat(warnings(c)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("ingest.note-called-again");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo(25);
            assertThat(d.message()).contains("[^1]", "note 1 again", "line 7");
        });
    }

    /** A call in a header field stays there as text, said at its place (it was kept without a word). */
    @Test
    void aCallInAHeaderFieldIsSaidAtItsPlace() {
        Conversion c = TestFiles.CONVERTER.convert("head.md",
                "---\ntitle: Letter to Jan[^1], 1958\n---\n\nText.\n\n[^1]: The note.\n".getBytes(StandardCharsets.UTF_8),
                null);

        assertThat(c.tei()).contains("<title type=\"main\">Letter to Jan[^1], 1958</title>");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.header-note-call"))
                .singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(2);
                    assertThat(d.column()).isEqualTo(21);
                    assertThat(d.message()).contains("[^1]", "'title'");
                });
    }
}
