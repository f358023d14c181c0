package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.validate.TeiValidator;

/**
 * One folder of invented transcriptions (src/test/resources/ingest/), each with its golden TEI
 * ({@code name.xml}) and its expected diagnostics ({@code name.diagnostics}, one
 * {@code severity rule line:column} per line). Regenerate both with {@code -Dteikit.regenerate=true}
 * and review them.
 */
class FixtureTest {

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        List<Path> fixtures = TestFiles.fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(12);
        return fixtures.stream().map(p -> DynamicContainer.dynamicContainer(p.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("golden TEI, valid tei_all",
                        () -> SampleGoldenTest.assertGolden(p, TestFiles.sibling(p, ".xml"))),
                DynamicTest.dynamicTest("expected diagnostics", () -> assertDiagnostics(p)),
                DynamicTest.dynamicTest("valid against teikit's schema and editorial rules",
                        () -> assertProjectValid(p)),
                DynamicTest.dynamicTest("nothing lost", () -> NothingLostTest.check(p)))));
    }

    private static void assertDiagnostics(Path p) throws Exception {
        Conversion c = TestFiles.convert(p);
        List<String> actual = c.report().diagnostics().stream().map(FixtureTest::line).toList();
        Path expected = TestFiles.sibling(p, ".diagnostics");
        if (Boolean.getBoolean("teikit.regenerate")) {
            Files.write(expected, actual);
        }
        assertThat(actual).as(c.report().toText()).containsExactlyElementsOf(
                Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList());
    }

    /**
     * The TEI passes teikit's own schema and editorial rules. The one error allowed is the editorial
     * rule on note numbering, and only where the converter warned that the source repeats a note
     * number or numbers its notes out of sequence: the TEI keeps the source's numbers, so the
     * validator sees the same fault.
     */
    private static void assertProjectValid(Path p) throws Exception {
        Conversion c = TestFiles.convert(p);
        boolean duplicateNotes = c.report().diagnostics().stream().anyMatch(d -> d.rule().equals("ingest.duplicate-note")
                || d.rule().equals("ingest.note-sequence"));
        List<Diagnostic> errors = PROJECT.validate(p.toString(), c.tei().getBytes(StandardCharsets.UTF_8)).diagnostics()
                .stream().filter(Diagnostic::isError)
                .filter(d -> !(duplicateNotes && d.rule().equals("teikit.note-sequence")))
                .toList();
        assertThat(errors).as("project schema and editorial rules").isEmpty();
    }

    private static final TeiValidator PROJECT = TeiValidator.builder().schemaStore(Path.of("target/no-schema-store"))
            .schema(TeiValidator.PROJECT_RNG).schema(TeiValidator.PROJECT_SCHEMATRON).build();

    private static String line(Diagnostic d) {
        return d.severity().word() + " " + d.rule() + " " + d.line() + ":" + d.column();
    }
}
