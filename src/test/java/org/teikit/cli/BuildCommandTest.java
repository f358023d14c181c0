package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.bench.CorpusGenerator;

/** {@code teikit build}: exit codes, the closing summary, quiet runs. */
class BuildCommandTest {

    @Test
    void aCorpusWithABrokenDocumentIsBuiltAndExitsWithOne(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 2, 3_000, 5L);
        Files.writeString(in.resolve("broken.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRunner run = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(run.errLines()).anySatisfy(line -> assertThat(line).contains("broken.xml:").contains("error:"));
        assertThat(run.out()).containsPattern("3 documents \\(3 rebuilt, 0 up to date, 1 with errors\\), (1 error|[2-9]\\d* errors|1\\d+ errors),")
                .contains("convert ").contains("validate ").contains("html ");
        assertThat(out.resolve("doc-00000.html")).isRegularFile();
        assertThat(out.resolve("doc-00001.html")).isRegularFile();

        CliRunner again = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "--quiet");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS); // the error is still there
        assertThat(again.out()).isEmpty();
        assertThat(again.errLines()).anySatisfy(line -> assertThat(line).contains("broken.xml:"));
    }

    /**
     * TEI encoded by hand that teikit's own schema refuses (a pb with xml:id and facs) builds clean when
     * validated against TEI itself, named in one word once it is in the store (the Maven goals had
     * their schemas; the command line had none).
     */
    @Test
    void aBuildValidatesAgainstTheSchemasGivenInsteadOfTeikitsOwn(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        new org.teikit.validate.SchemaStore(store).add(Path.of(System.getProperty("teikit.shared", "../shared"))
                .resolve("schemas/tei-4.10.2/tei_all.rng"), "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("by-hand.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'><teiHeader>"
                + "<fileDesc><titleStmt><title type='main'>Letter, invented, 1 June 1960</title></titleStmt>"
                + "<publicationStmt><publisher>Invented Archive</publisher></publicationStmt><sourceDesc><bibl>Invented"
                + " Papers</bibl></sourceDesc></fileDesc><profileDesc><creation><date when='1960-06-01'>1 June 1960</date>"
                + "</creation></profileDesc></teiHeader><text><body><div type='document'><pb xml:id='p1' facs='p1.png'/>"
                + "<p>An invented sentence.</p></div></body></text></TEI>");
        Path out = dir.resolve("out");

        CliRunner own = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf",
                "--schema-store", store.toString());
        assertThat(own.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(own.err()).contains("[rng.attribute-not-allowed]", "[validate.default-schema]",
                "1 document that names no schema failed teikit's own", "to check it against TEI itself");

        CliRunner teiAll = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf",
                "--schema-store", store.toString(), "--schema", "tei_all");
        assertThat(teiAll.err()).doesNotContain("error:");
        assertThat(teiAll.exitCode()).isZero();
        assertThat(teiAll.out()).contains("1 document (1 rebuilt, 0 up to date, 0 with errors)");
    }

    @Test
    void aCleanCorpusExitsWithZeroAndTheSecondBuildRedoesNothing(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 2, 3_000, 6L);
        Path out = dir.resolve("out");

        assertThat(CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "-q").exitCode())
                .isZero();
        CliRunner second = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("2 documents (0 rebuilt, 2 up to date, 0 with errors), 0 errors");
    }

    @Test
    void anInputThatIsAFileOrMissingIsSaidSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("letter.txt"), "A letter.");
        CliRunner notAFolder = CliRunner.run("build", file.toString(), "-o", dir.resolve("out").toString());
        assertThat(notAFolder.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(notAFolder.errLines()).containsExactly("teikit: error: " + file + ": not a folder");
        Path missing = dir.resolve("missing");
        CliRunner gone = CliRunner.run("build", missing.toString(), "-o", dir.resolve("out").toString(), "--watch");
        assertThat(gone.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(gone.errLines()).containsExactly("teikit: error: " + missing + ": no such file");
    }

    /**
     * {@code --watch}: the build, a line saying it watches, then a line per rebuild (incremental, after a
     * first build that {@code --full} made full; full when the edition was deleted, with a line saying
     * so), until stopped.
     */
    @Test
    void watchRebuildsAnEditedDocumentAndSaysSo(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 2, 3_000, 8L);
        Path out = dir.resolve("out");
        CliRunner.Background watching = CliRunner.start("build", in.toString(), "-o", out.toString(), "--no-pdf",
                "--watch", "--full");
        try {
            watching.awaitOut("watching " + in + " for changes; Ctrl-C stops", 1);
            assertThat(watching.out()).contains("2 documents (2 rebuilt, 0 up to date, 0 with errors)");
            Path edited = in.resolve("doc-00000.txt");
            Files.writeString(edited, Files.readString(edited) + "\nOne more paragraph.\n", StandardCharsets.UTF_8);
            watching.awaitOut("2 documents (1 rebuilt, 1 up to date, 0 with errors)", 1);
            assertThat(watching.out()).containsPattern("\\d\\d:\\d\\d:\\d\\d 2 documents \\(1 rebuilt");
            // The edition deleted while the watch runs: said, and built again in full.
            try (var files = Files.walk(out)) {
                for (Path gone : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(gone);
                }
            }
            watching.awaitOut(out + " is gone: building the edition again", 1);
            watching.awaitOut("2 documents (2 rebuilt, 0 up to date, 0 with errors)", 2);
            assertThat(out.resolve("index.html")).isRegularFile();
        } finally {
            assertThat(watching.stop()).isEqualTo(ExitCodes.INTERRUPTED);
        }
        assertThat(watching.err()).isEmpty();
    }

    /**
     * A document's problems are printed up to --max-problems (50 unless told), then counted in one line:
     * a FRUS volume checked against teikit's subset printed 26,700 lines, burying the other documents'
     * problems and the summary. 0 prints them all; the summary counts them all either way.
     */
    @Test
    void aDocumentsProblemsArePrintedUpToTheLimitAndTheRestCounted(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            many.append("<p rend='x").append(i).append("'>Text.</p>\n");
        }
        Path file = Files.writeString(in.resolve("by-hand.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'>"
                + "<teiHeader><fileDesc><titleStmt><title type='main'>Letter, invented, 1 June 1960</title></titleStmt>"
                + "<publicationStmt><publisher>Invented Archive</publisher></publicationStmt><sourceDesc><bibl>Invented"
                + " Papers</bibl></sourceDesc></fileDesc><profileDesc><creation><date when='1960-06-01'>1 June 1960</date>"
                + "</creation></profileDesc></teiHeader><text><body><div type='document'>\n" + many
                + "</div></body></text></TEI>");
        Path out = dir.resolve("out");

        CliRunner limited = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf");
        assertThat(limited.errLines()).filteredOn(line -> line.startsWith(file + ":")).hasSize(50);
        assertThat(limited.errLines()).contains("teikit: 10 more problems of " + file
                + " not printed (10 errors, 0 warnings); --max-problems 0 prints them all");
        assertThat(limited.out()).contains("60 errors");

        CliRunner two = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "--max-problems", "2");
        assertThat(two.errLines()).filteredOn(line -> line.startsWith(file + ":")).hasSize(2);
        assertThat(two.errLines()).contains("teikit: 58 more problems of " + file
                + " not printed (58 errors, 0 warnings); --max-problems 0 prints them all");

        CliRunner all = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "--max-problems", "0");
        assertThat(all.errLines()).filteredOn(line -> line.startsWith(file + ":")).hasSize(60);
        assertThat(all.err()).doesNotContain("not printed");

        CliRunner negative = CliRunner.run("build", in.toString(), "-o", out.toString(), "--max-problems", "-1");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.errLines()).first().isEqualTo("teikit: Invalid value for option '--max-problems': -1 (0 prints them all)");
    }

    /** -j 0 is a mistake on the command line (exit 2), not teikit failing (exit 3, as it was). */
    @Test
    void aThreadCountBelowOneIsACommandLineMistake(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String threads : new String[] {"0", "-3"}) {
            CliRunner run = CliRunner.run("build", in.toString(), "-o", dir.resolve("out").toString(), "-j", threads);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.errLines()).containsExactly(
                    "teikit: Invalid value for option '--threads': " + threads + " (at least 1 document at once)",
                    "Try 'teikit build --help' for more information.");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * An empty path (an unset shell variable: {@code -o "$OUT"}) is a mistake on the command line: it
     * stood for the working folder, and the build scattered an edition there.
     */
    @Test
    void anEmptyPathIsACommandLineMistake(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("letter.txt"), "A letter.");
        CliRunner build = CliRunner.run("build", in.toString(), "-o", "", "--no-pdf");
        assertThat(build.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(build.errLines().get(0)).startsWith("teikit: Invalid value for option '--output'")
                .contains("an empty name is no file or folder");
        assertThat(Path.of("index.html")).doesNotExist();
        CliRunner render = CliRunner.run("render", "", "--to", "html", "-o", dir.resolve("out").toString());
        assertThat(render.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(render.errLines().get(0)).contains("an empty name is no file or folder");
    }

    /** The labels are a setting of the build: changing them rebuilds every page, the site's too. */
    @Test
    void anotherLabelsLanguageRebuildsThePages(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("tei/reference/teikit-shape.xml"), in.resolve("letter.xml"));
        Path out = dir.resolve("out");
        CliRunner german = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "-q", "--labels", "de");
        assertThat(german.exitCode()).as(german.err()).isZero();
        org.xmlunit.xpath.XPathEngine xpath = org.teikit.render.html.HtmlTestSupport.xpath();
        org.w3c.dom.Document index = org.teikit.render.html.HtmlTestSupport.parse(Files.readString(out.resolve("index.html")));
        assertThat(xpath.evaluate("/h:html/@lang", index)).isEqualTo("de");
        assertThat(xpath.evaluate("//h:h2[@id = 'tk-search-heading']", index)).isEqualTo("Volltextsuche");
        assertThat(xpath.evaluate("//h:th[@data-sort = 'date']", index)).isEqualTo("Datum");
        org.w3c.dom.Document page = org.teikit.render.html.HtmlTestSupport.parse(Files.readString(out.resolve("letter.html")));
        assertThat(xpath.evaluate("//h:h2[@id = 'tk-provenance-heading']", page)).isEqualTo("Zu dieser Edition");

        CliRunner english = CliRunner.run("build", in.toString(), "-o", out.toString(), "--no-pdf", "-q");
        assertThat(english.exitCode()).as(english.err()).isZero();
        index = org.teikit.render.html.HtmlTestSupport.parse(Files.readString(out.resolve("index.html")));
        assertThat(xpath.evaluate("//h:h2[@id = 'tk-search-heading']", index)).isEqualTo("Search the full text");
        page = org.teikit.render.html.HtmlTestSupport.parse(Files.readString(out.resolve("letter.html")));
        assertThat(xpath.evaluate("//h:h2[@id = 'tk-provenance-heading']", page)).isEqualTo("About this edition");
    }
}
