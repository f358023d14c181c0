package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.render.html.HtmlTestSupport;
import org.xmlunit.builder.Input;

/**
 * A teiCorpus in a build's input folder is its documents: each gets its page (and PDF) in a folder
 * named after the corpus, listed in the edition's index and search like any document, and the corpus
 * is validated as the one file its editor keeps. The build used to take the corpus for one document
 * and refuse it ("a page or a PDF is made of one TEI document").
 */
class EditionBuildCorpusTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static final BuildOptions OPTIONS = BuildOptions.defaults().withPdf(false).withThreads(2);

    private static String tei(String attributes, String title, String text) {
        return "<TEI" + attributes + "><teiHeader><fileDesc><titleStmt><title>" + title + "</title></titleStmt>"
                + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body><p>" + text + "</p></body></text></TEI>";
    }

    /**
     * The schema the corpora name: any TEI element but {@code unknown}, below a teiCorpus (teikit's own
     * schema, for documents that name none, is the shape of its converted documents, not of corpora).
     */
    private static final String SCHEMA = "default namespace = \"http://www.tei-c.org/ns/1.0\"\n"
            + "start = element teiCorpus { attribute xml:lang { text }?, any* }\n"
            + "any = element * - unknown { (attribute * { text } | text | any)* }\n";

    private static final String PROLOGUE = "<?xml version='1.0' encoding='UTF-8'?>\n"
            + "<?xml-model href='../schemas/corpus.rnc' type='application/relax-ng-compact-syntax'?>\n";

    /** A corpus of three documents (one without an id, one in a nested corpus), the second showing an image. */
    private static Path corpus(Path in, String fileName, boolean withSecond) throws IOException {
        return Files.writeString(in.resolve(fileName), PROLOGUE
                + "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0' xml:lang='de'>"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
                + tei(" xml:id='brief-a'", "Brief A", "Erster Brief.") + "\n"
                + (withSecond ? tei(" xml:id='brief-b'", "Brief B",
                        "Zweiter Brief.</p><figure><graphic url='img/siegel.png'/></figure><p>Ende.") + "\n" : "")
                + "<teiCorpus><teiHeader><fileDesc><titleStmt><title>Anhang</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>"
                + tei("", "Appendix", "Ein Anhang.") + "</teiCorpus>\n"
                + "</teiCorpus>\n");
    }

    private static Path input(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(Files.createDirectories(dir.resolve("schemas")).resolve("corpus.rnc"), SCHEMA);
        Files.copy(Path.of("tei/samples/export-letter-canal.txt"), in.resolve("export-letter-canal.txt"));
        Files.createDirectories(in.resolve("img"));
        Files.write(in.resolve("img/siegel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        return in;
    }

    private static BuildResult build(Path in, Path out, BuildOptions options) throws IOException {
        return new EditionBuild(TEIKIT, options).run(in, out, BuildListener.NONE);
    }

    private static List<Diagnostic> errors(BuildResult result) {
        return Stream.concat(result.documents().stream().flatMap(d -> d.diagnostics().stream()),
                result.corpus().stream()).filter(Diagnostic::isError).toList();
    }

    private static String at(Path html, String xpath) throws IOException {
        return HtmlTestSupport.xpath().evaluate(xpath, Input.fromDocument(HtmlTestSupport.parse(Files.readString(html))).build());
    }

    private static String searchRecords(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("search-index")).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    @Test
    void eachDocumentOfACorpusHasItsPageInTheCorpusFolderAndItsLineInTheEditionsIndex(@TempDir Path dir)
            throws IOException {
        Path in = input(dir);
        corpus(in, "letters.xml", true);
        Path out = dir.resolve("out");

        BuildResult result = build(in, out, OPTIONS);

        assertThat(errors(result)).isEmpty();
        DocumentOutcome letters = result.documents().stream().filter(d -> d.name().equals("letters")).findFirst()
                .orElseThrow();
        assertThat(letters.members()).containsExactly("brief-a", "brief-b", "letters-3");
        assertThat(result.summary()).startsWith("2 documents (2 rebuilt, 0 up to date, 0 with errors; "
                + "1 teiCorpus file among them, holding 3 documents), 0 errors");
        Path folder = out.resolve("letters");
        for (String member : letters.members()) {
            Path page = folder.resolve(member + ".html");
            assertThat(page).isRegularFile();
            assertThat(folder.resolve("tei/" + member + ".xml")).isRegularFile();
            // the page links the edition's styles and index, one folder up, and its own TEI beside it
            assertThat(at(page, "//h:link[@rel='stylesheet']/@href")).isEqualTo("../teikit.css");
            assertThat(at(page, "//h:link[@rel='alternate']/@href")).isEqualTo("tei/" + member + ".xml");
            assertThat(at(page, "(//h:a[normalize-space() = 'All documents'])[1]/@href")).isEqualTo("../index.html");
        }
        assertThat(out.resolve("teikit.css")).isRegularFile();
        assertThat(HtmlTestSupport.nuErrors(folder.resolve("brief-b.html"))).as("Nu HTML Checker").isEmpty();
        assertThat(folder.resolve("img/siegel.png")).isRegularFile();
        assertThat(at(folder.resolve("brief-b.html"), "//h:img/@src")).isEqualTo("img/siegel.png");
        // the corpus as its editor keeps it, in the edition's TEI
        assertThat(out.resolve("tei/letters.xml")).hasSameTextualContentAs(in.resolve("letters.xml"));
        // the index lists its documents beside the transcription, and search finds their text
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("href=\"letters/brief-a.html\"", "href=\"letters/brief-b.html\"",
                "href=\"letters/letters-3.html\"", "href=\"export-letter-canal.html\"");
        assertThat(searchRecords(out)).contains("letters/brief-a.html", "Erster Brief.", "Ein Anhang.");

        // nothing changed: nothing rebuilt, nothing taken for lost (a watch would build again and again)
        BuildResult again = build(in, out, OPTIONS);
        assertThat(again.rebuilt()).isZero();
        assertThat(new EditionBuild(TEIKIT, OPTIONS).lostOutputs(out, again)).isFalse();
        assertThat(again.documents()).filteredOn(d -> d.name().equals("letters"))
                .allSatisfy(d -> assertThat(d.members()).containsExactly("brief-a", "brief-b", "letters-3"));
        Files.delete(folder.resolve("brief-a.html"));
        assertThat(new EditionBuild(TEIKIT, OPTIONS).lostOutputs(out, again)).isTrue();
        assertThat(build(in, out, OPTIONS).rebuilt()).isEqualTo(1L);
        assertThat(folder.resolve("brief-a.html")).isRegularFile();
    }

    @Test
    void aDocumentDroppedFromTheCorpusOrTheCorpusDeletedLeavesTheEdition(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        corpus(in, "letters.xml", true);
        Path out = dir.resolve("out");
        build(in, out, OPTIONS);
        Path folder = out.resolve("letters");

        corpus(in, "letters.xml", false);
        // the corpus's documents' progress is told as they are made: two pages now
        List<String> told = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        BuildResult fewer = new EditionBuild(TEIKIT, OPTIONS).run(in, out, new BuildListener() {
            @Override
            public void documentFinished(DocumentOutcome outcome, int finished, int total) {
            }

            @Override
            public void corpusProgress(Path corpus, int done, int total) {
                told.add(corpus.getFileName() + " " + done + "/" + total);
            }
        });
        assertThat(told).containsExactly("letters.xml 1/2", "letters.xml 2/2");

        assertThat(errors(fewer)).isEmpty();
        assertThat(fewer.rebuilt()).isEqualTo(1L);
        // the third document is now the second: named after its new place
        assertThat(folder.resolve("letters-2.html")).isRegularFile();
        for (String gone : List.of("brief-b.html", "letters-3.html", "tei/brief-b.xml", "tei/letters-3.xml",
                "img/siegel.png")) {
            assertThat(folder.resolve(gone)).as(gone).doesNotExist();
        }
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("brief-b").contains("letters/letters-2.html");

        Files.delete(in.resolve("letters.xml"));
        BuildResult without = build(in, out, OPTIONS);

        assertThat(errors(without)).isEmpty();
        assertThat(folder).doesNotExist();
        assertThat(out.resolve("tei/letters.xml")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("letters/");
        assertThat(out.resolve("export-letter-canal.html")).isRegularFile();
    }

    /** The file behind a path now (a file written again, atomically, is another). */
    private static Object identity(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    /**
     * An edit to one document of a corpus makes that document's page and PDF again, not its neighbours':
     * theirs stand, with their lines in the index. Before, every document of the corpus was made again.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "PDF {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void anEditToOneDocumentOfTheCorpusMakesThatDocumentAgainOnly(boolean pdf, @TempDir Path dir) throws IOException {
        Path in = input(dir);
        Path corpus = corpus(in, "letters.xml", true);
        Path out = dir.resolve("out");
        BuildOptions withPdf = OPTIONS.withPdf(pdf);
        build(in, out, withPdf);
        Path folder = out.resolve("letters");
        Map<String, Object> before = new java.util.HashMap<>();
        for (String file : List.of("brief-a.html", "brief-a.pdf", "brief-b.html", "brief-b.pdf", "letters-3.html")) {
            before.put(file, Files.exists(folder.resolve(file)) ? identity(folder.resolve(file)) : "none");
        }

        Files.writeString(corpus, Files.readString(corpus).replace("Zweiter Brief.", "Zweiter, langer Brief."));
        BuildResult edited = build(in, out, withPdf);

        assertThat(errors(edited)).isEmpty();
        assertThat(edited.rebuilt()).isEqualTo(1L);
        assertThat(identity(folder.resolve("brief-a.html"))).isEqualTo(before.get("brief-a.html"));
        assertThat(identity(folder.resolve("letters-3.html"))).isEqualTo(before.get("letters-3.html"));
        assertThat(identity(folder.resolve("brief-b.html"))).isNotEqualTo(before.get("brief-b.html"));
        if (pdf) {
            assertThat(identity(folder.resolve("brief-a.pdf"))).isEqualTo(before.get("brief-a.pdf"));
            assertThat(identity(folder.resolve("brief-b.pdf"))).isNotEqualTo(before.get("brief-b.pdf"));
        }
        assertThat(Files.readString(folder.resolve("brief-b.html"))).contains("Zweiter, langer Brief.");
        // the index and search list all three, the edited one with its new text
        assertThat(Files.readString(out.resolve("index.html"))).contains("letters/brief-a.html",
                "letters/brief-b.html", "letters/letters-3.html");
        assertThat(searchRecords(out)).contains("Erster Brief.", "Zweiter, langer Brief.", "Ein Anhang.");

        // a corpus that no longer parses leaves none of its documents behind
        Files.writeString(corpus, Files.readString(corpus).replace("</teiCorpus>\n</teiCorpus>", "</teiCorpus>"));
        BuildResult broken = build(in, out, withPdf);
        assertThat(errors(broken)).isNotEmpty();
        assertThat(folder).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("letters/");
    }

    @Test
    void aCorpusIsValidatedWhereItsEditorKeepsItAndItsErrorsNameThatFile(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        Files.writeString(in.resolve("letters.xml"), PROLOGUE
                + "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'>\n"
                + "<teiHeader><fileDesc><titleStmt><title>Briefe</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
                + tei(" xml:id='brief-a'", "Brief A", "Erster <unknown>Brief</unknown>.") + "\n</teiCorpus>\n");
        Path out = dir.resolve("out");

        BuildResult result = build(in, out, OPTIONS);

        assertThat(errors(result)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.file()).isEqualTo(in.resolve("letters.xml").toString());
            assertThat(e.line()).isEqualTo(5);
        });
        // the transcription beside it is built all the same
        assertThat(out.resolve("export-letter-canal.html")).isRegularFile();
    }

    /** In any case (TEI.xml's folder would be tei/ on macOS and Windows); nothing of it is written there. */
    @Test
    void aCorpusWhoseFolderTheBuildKeepsForItselfIsRefusedAndTheOthersBuilt(@TempDir Path dir) throws IOException {
        Path in = input(dir);
        corpus(in, "reports.xml", true);
        corpus(in, "TEI.xml", true);
        Path out = dir.resolve("out");

        BuildResult result = build(in, out, OPTIONS);

        assertThat(errors(result)).extracting(Diagnostic::rule).containsExactly("build.corpus-folder", "build.corpus-folder");
        assertThat(out.resolve("TEI")).doesNotExist();
        assertThat(out.resolve("reports/img")).doesNotExist(); // nor the images its documents show
        assertThat(out.resolve("reports/export-letter-canal.report.txt")).isRegularFile();
        assertThat(out.resolve("reports/brief-a.html")).doesNotExist();
        assertThat(out.resolve("export-letter-canal.html")).isRegularFile();
    }

    @Test
    void withPdfEachDocumentOfTheCorpusHasItsPdfLinkedFromItsPage(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(Files.createDirectories(dir.resolve("schemas")).resolve("corpus.rnc"), SCHEMA);
        Files.createDirectories(in.resolve("img"));
        org.teikit.render.pdf.PdfFixtures.png(in.resolve("img/siegel.png"), 40, 30);
        corpus(in, "letters.xml", true);
        Path out = dir.resolve("out");
        BuildOptions withPdf = OPTIONS.withPdf(true);

        BuildResult result = build(in, out, withPdf);

        // no problem at all: the image brief-b shows is found beside the corpus file, not its document's copy
        assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.diagnostics()).isEmpty());
        for (String member : List.of("brief-a", "brief-b", "letters-3")) {
            assertThat(Files.readAllBytes(out.resolve("letters/" + member + ".pdf"))).startsWith("%PDF".getBytes());
            assertThat(Files.readString(out.resolve("letters/" + member + ".html"))).contains("href=\"" + member + ".pdf\"");
        }
        assertThat(out.resolve("letters.pdf")).doesNotExist();
        assertThat(build(in, out, withPdf).rebuilt()).isZero();
    }

    /** A document's PDF problem (an image not there) is about the corpus file, where the document starts. */
    @Test
    void aDocumentsPdfProblemNamesTheCorpusFileWhereTheDocumentStarts(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(Files.createDirectories(dir.resolve("schemas")).resolve("corpus.rnc"), SCHEMA);
        Path corpus = corpus(in, "letters.xml", true); // brief-b, on its fifth line, shows img/siegel.png: not there

        BuildResult result = build(in, dir.resolve("out"), OPTIONS.withPdf(true));

        List<Diagnostic> fromPdf = result.documents().get(0).diagnostics().stream()
                .filter(d -> d.message().startsWith("in its document ")).toList();
        assertThat(fromPdf).isNotEmpty().allSatisfy(d -> {
            assertThat(d.file()).isEqualTo(corpus.toString());
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).startsWith("in its document brief-b (" + dir.resolve("out/letters/tei/brief-b.xml"))
                    .contains("siegel.png");
        });
    }
}

