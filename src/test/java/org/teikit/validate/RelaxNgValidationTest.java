package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.ValidationReport;

class RelaxNgValidationTest {

    @TempDir
    static Path noStore;

    /** teikit.rng only, so that the Schematron's opinion does not mix in. */
    private static final TeiValidator PROJECT_RNG = TeiValidator.builder()
            .schemaStore(Path.of("target/no-schema-store")).schema(TeiValidator.PROJECT_RNG).build();
    private static final TeiValidator DEFAULTS = TeiValidator.builder()
            .schemaStore(Path.of("target/no-schema-store")).build();

    @Test
    void theReferenceShapeIsValidAgainstTheProjectSchemasItNames() {
        ValidationReport report = DEFAULTS.validate(Fixtures.project("tei/reference/teikit-shape.xml"));
        assertThat(report.diagnostics()).isEmpty();
    }

    @Test
    void theReferenceShapeIsValidAgainstTeiAll() {
        TeiValidator teiAll = TeiValidator.builder().schemaStore(noStore).schema(Fixtures.teiAll()).build();
        assertThat(teiAll.validate(Fixtures.project("tei/reference/teikit-shape.xml")).diagnostics()).isEmpty();
    }

    @Test
    void aMinimalDocumentIsValid() {
        assertThat(DEFAULTS.validate(Fixtures.resource("rng/valid-minimal.xml")).diagnostics()).isEmpty();
    }

    /**
     * A document that names no schema and fails teikit's own is told why, once, at its top: TEI encoded
     * by hand (a FRUS volume: 26,000 errors) gets errors from teikit's subset, such as "remove @xml:id"
     * on a pb, that are valid TEI. Not said when it passes, or when the schema was given.
     */
    @Test
    void aDocumentNamingNoSchemaThatFailsTeikitsOwnIsToldWhy() throws Exception {
        byte[] byHand = Files.readString(Fixtures.resource("rng/valid-minimal.xml"))
                .replace("<p>An invented", "<pb xml:id=\"p1\" facs=\"p1.png\"/><p>An invented")
                .getBytes(StandardCharsets.UTF_8);
        List<Diagnostic> d = DEFAULTS.validate("by-hand.xml", byHand).diagnostics();
        assertThat(d).extracting(Diagnostic::rule).containsExactly(TeiValidator.DEFAULT_SCHEMA_RULE,
                "rng.attribute-not-allowed", "rng.attribute-not-allowed");
        assertThat(d.get(0).severity()).isEqualTo(Severity.INFO);
        assertThat(d.get(0).line()).isEqualTo(1);
        assertThat(d.get(0).column()).isEqualTo(1);
        assertThat(d.get(0).message()).contains("No <?xml-model?> names a schema").contains("teikit schemas add tei_all.rng");
        assertThat(PROJECT_RNG.validate("by-hand.xml", byHand).diagnostics()).extracting(Diagnostic::rule)
                .containsExactly("rng.attribute-not-allowed", "rng.attribute-not-allowed");
    }

    @Test
    void aMissingTitleIsReportedAtTheElementThatCameTooEarly() {
        ValidationReport report = PROJECT_RNG.validate(Fixtures.resource("rng/missing-title.xml"));
        assertThat(report.isValid()).isFalse();
        assertThat(report.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("rng.element-too-early");
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.column()).isEqualTo(9);
            assertThat(d.message()).contains("first add <title>")
                    .contains("https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-titleStmt.html");
        });
    }

    @Test
    void anUnknownElementAndAWrongAttributeValueAreBothReportedWithSuggestions() {
        List<Diagnostic> d = PROJECT_RNG.validate(Fixtures.resource("rng/unknown-element.xml")).diagnostics();
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rng.attribute-value", 7, 16),
                org.assertj.core.groups.Tuple.tuple("rng.unknown-element", 20, 19));
        assertThat(d.get(0).message()).startsWith("@type=\"mian\" on <title> is not an allowed value. Use \"main\".");
        assertThat(d.get(1).message()).startsWith("<sicc> is not an element this schema knows inside <p>. Did you mean <sic>?");
        assertThat(d.get(1).format()).startsWith(d.get(1).file() + ":20:19: error: <sicc>");
    }

    /**
     * Jing says an unknown element's error again as each of its children ends: a teiCorpus of 3
     * documents gave four errors, three of them "<teiCorpus> ... inside <teiCorpus>" at the documents.
     * Each unknown element is reported once, at its own start tag; a second unknown element is its own.
     */
    @Test
    void anUnknownElementIsReportedOnceNotAgainAtEachOfItsChildren() throws Exception {
        String minimal = Files.readString(Fixtures.resource("rng/valid-minimal.xml"));
        String tei = minimal.substring(minimal.indexOf("<TEI"));
        String corpus = "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\">\n" + tei + tei + tei + "</teiCorpus>\n";
        List<Diagnostic> d = PROJECT_RNG.validate("corpus.xml", corpus.getBytes(StandardCharsets.UTF_8)).diagnostics();
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rng.unknown-element", 1, 1));
        assertThat(d.get(0).message()).startsWith("<teiCorpus> is not an element this schema knows. Allowed here: <TEI>.");

        String nested = minimal.replace("<p>An invented", "<p><foo><hi rend=\"italic\">a</hi><hi rend=\"italic\">b</hi></foo>"
                + " <foo><hi rend=\"italic\">c</hi></foo>An invented");
        List<Diagnostic> inP = PROJECT_RNG.validate("nested.xml", nested.getBytes(StandardCharsets.UTF_8)).diagnostics();
        assertThat(inP).extracting(Diagnostic::rule).containsExactly("rng.unknown-element", "rng.unknown-element");
        assertThat(inP).allSatisfy(x -> assertThat(x.message()).startsWith("<foo> is not an element this schema knows inside <p>."));
        assertThat(inP.get(0).column()).isLessThan(inP.get(1).column());
    }

    @Test
    void aRootWithoutTheTeiNamespaceIsToldToDeclareIt() {
        byte[] plain = "<TEI xml:lang=\"en\"><teiHeader/></TEI>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PROJECT_RNG.validate("plain.xml", plain).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("rng.no-namespace");
            assertThat(d.message()).isEqualTo("<TEI> is in no namespace: add xmlns=\"http://www.tei-c.org/ns/1.0\" to it"
                    + " (usually on the root element).");
        });
        byte[] html = "<html><body/></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(PROJECT_RNG.validate("page.xml", html).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("rng.unknown-element");
            // Jing's "(with xmlns=...)" is not taken for an element name.
            assertThat(d.message()).isEqualTo("<html> is not an element this schema knows. Allowed here: <TEI>.");
        });
    }

    @Test
    void aMissingRequiredElementPointsAtTheIncompleteElementsStartTag() {
        String doc = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                  <teiHeader>
                    <fileDesc>
                      <titleStmt><title type="main">Invented</title></titleStmt>
                      <publicationStmt><publisher>Invented</publisher></publicationStmt>
                      <sourceDesc><bibl>Invented</bibl></sourceDesc>
                    </fileDesc>
                  </teiHeader>
                  <text><body><div type="document"><opener/></div></body></text>
                </TEI>
                """;
        List<Diagnostic> d = PROJECT_RNG.validate("incomplete.xml", doc.getBytes(StandardCharsets.UTF_8)).diagnostics();
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("rng.missing-element");
            assertThat(x.line()).isEqualTo(9);
            assertThat(x.column()).isEqualTo(15);
            assertThat(x.message()).startsWith("<div> is incomplete");
        });
    }

    @Test
    void aDocumentThatIsNotWellFormedGivesOneLocatedError() {
        List<Diagnostic> d = DEFAULTS.validate(Fixtures.resource("rng/not-well-formed.xml")).diagnostics();
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("xml.not-well-formed", 6, 30));
        assertThat(d.get(0).message()).contains("must be terminated by the matching end-tag \"</p>\"");
    }

    @Test
    void missingEmptyBinaryAndNonUtf8FilesEachGiveOneClearError(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.xml"), new byte[0]);
        Path binary = Files.write(dir.resolve("binary.xml"), new byte[] {0, 1, 2, (byte) 0xff, 0x50, 0x4b, 3, 4});
        Path latin1 = Files.write(dir.resolve("latin1.xml"),
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">Gr\u00fc\u00dfe</TEI>".getBytes(StandardCharsets.ISO_8859_1));
        for (Path p : List.of(dir.resolve("missing.xml"), empty, binary, latin1)) {
            ValidationReport r = DEFAULTS.validate(p);
            assertThat(r.diagnostics()).as(p.toString()).hasSize(1);
            assertThat(r.isValid()).isFalse();
            assertThat(r.diagnostics().get(0).format()).doesNotContain("\n");
        }
        assertThat(DEFAULTS.validate(dir.resolve("missing.xml")).diagnostics().get(0).rule()).isEqualTo("io.missing");
        assertThat(DEFAULTS.validate(latin1).diagnostics().get(0).message()).contains("UTF-8");
    }

    @Test
    void oneValidatorIsSharedSafelyAcrossThreads() throws Exception {
        TeiValidator shared = TeiValidator.builder().schemaStore(noStore).build();
        List<Path> files = List.of(Fixtures.resource("rng/valid-minimal.xml"), Fixtures.resource("rng/unknown-element.xml"),
                Fixtures.resource("rng/missing-title.xml"));
        List<ValidationReport> expected = files.stream().map(DEFAULTS::validate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> futures = IntStream.range(0, 60)
                    .mapToObj(i -> pool.submit(() -> shared.validate(files.get(i % 3)))).toList();
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get().diagnostics()).isEqualTo(expected.get(i % 3).diagnostics());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void validateAllTakesFoldersAndKeepsFileOrder() {
        List<ValidationReport> reports = DEFAULTS.validateAll(List.of(Fixtures.resource("rng")));
        assertThat(reports).extracting(r -> Path.of(r.file()).getFileName().toString())
                .containsExactly("missing-title.xml", "not-well-formed.xml", "unknown-element.xml", "valid-minimal.xml");
        assertThat(reports.get(3).isValid()).isTrue();
    }
}
