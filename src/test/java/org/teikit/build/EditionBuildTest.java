package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.ValidationReport;
import org.teikit.bench.CorpusGenerator;
import org.teikit.pipeline.Stages;

/**
 * The edition build on small invented corpora: bad documents do not stop it, and incremental builds
 * redo exactly what changed. PDF is off (its own tests cover it) but in the test of progress with PDF;
 * HTML is on.
 */
class EditionBuildTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static final BuildOptions OPTIONS = BuildOptions.defaults().withPdf(false).withThreads(2);

    @TempDir
    static Path shared;

    private static Path goodCorpus;

    @BeforeAll
    static void corpus() throws IOException {
        goodCorpus = shared.resolve("good");
        CorpusGenerator.generate(goodCorpus, 4, 3_000, 7L);
    }

    /** The copy of the good corpus and its edition that {@link #buildACopy} made for this test. */
    private Path in;
    private Path out;

    /** Copies the good corpus into {@code dir} ({@link #in}) and builds it ({@link #out}), for a test of a rebuild. */
    private void buildACopy(Path dir) throws IOException {
        in = copyOf(goodCorpus, dir.resolve("in"));
        out = dir.resolve("out");
        build(in, out);
    }

    private static BuildResult build(Path in, Path out) throws IOException {
        return new EditionBuild(TEIKIT, OPTIONS).run(in, out, BuildListener.NONE);
    }

    private static Map<String, DocumentOutcome> byName(BuildResult result) {
        return result.documents().stream().collect(Collectors.toMap(DocumentOutcome::name, Function.identity()));
    }

    /** A null argument is a NullPointerException naming it, at once (as the README says), not later. */
    @Test
    void nullArgumentsAreNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> new EditionBuild(null, OPTIONS)).hasMessage("teikit");
        assertThatThrownBy(() -> new EditionBuild(TEIKIT, null)).hasMessage("options");
        assertThatThrownBy(() -> OPTIONS.withRenderOptions(null)).hasMessage("renderOptions");
        EditionBuild build = new EditionBuild(TEIKIT, OPTIONS);
        assertThatThrownBy(() -> build.run(null, dir, BuildListener.NONE)).hasMessage("inDir");
        assertThatThrownBy(() -> build.run(dir, null, BuildListener.NONE)).hasMessage("outDir");
        assertThatThrownBy(() -> build.run(dir, dir.resolve("out"), null)).hasMessage("listener");
        assertThatThrownBy(() -> new EditionWatch(build).run(dir, dir.resolve("out"), BuildListener.NONE, null))
                .hasMessage("listener");
        assertThatThrownBy(() -> Stages.of(TEIKIT).writeSiteSearchIndex(1, null, i -> "", dir)).hasMessage("changed");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /**
     * An input that cannot be read (here a link to a file that reading fails on: Linux's
     * {@code /proc/self/mem} at offset 0 is an I/O error, even for root, where {@code chmod 000} is not)
     * is that document's {@code build.io} error; the rest are built, and the index is written. It once
     * ended the whole build with "java.io.IOException: Input/output error", as the build state hashed it again.
     */
    @Test
    void anInputThatCannotBeReadIsItsDocumentsErrorAndTheRestAreBuilt(@TempDir Path dir) throws IOException {
        Path unreadable = Path.of("/proc/self/mem");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(unreadable), "Linux's /proc");
        Path in = copyOf(goodCorpus, dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("broken.xml"), unreadable);
        Path out = dir.resolve("out");

        BuildResult result = build(in, out);

        Map<String, DocumentOutcome> documents = byName(result);
        assertThat(documents.get("broken").diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("build.io");
            assertThat(d.file()).isEqualTo(in.resolve("broken.xml").toString());
            assertThat(d.message()).endsWith(": Input/output error").doesNotContain("java.io");
        });
        assertThat(documents).hasSize(5);
        assertThat(result.documents()).filteredOn(o -> !o.name().equals("broken"))
                .allSatisfy(o -> assertThat(o.diagnostics()).noneMatch(Diagnostic::isError));
        assertThat(out.resolve("index.html")).exists();
        // The next build reads it again (and fails the same way), and takes the others as they are.
        BuildResult again = build(in, out);
        assertThat(byName(again).get("broken").diagnostics()).extracting(Diagnostic::rule).containsExactly("build.io");
        assertThat(again.rebuilt()).isEqualTo(1L);
    }

    /** A README in the input folder is said not to be built, and is not: it was built as a transcription. */
    @Test
    void aFoldersReadmeIsNoDocument(@TempDir Path dir) throws IOException {
        Path in = copyOf(goodCorpus, dir.resolve("in"));
        Files.writeString(in.resolve("README.md"), "Transcriptions of the harbour board, 1957.\n");
        BuildResult result = build(in, dir.resolve("out"));
        assertThat(byName(result)).hasSize(4).doesNotContainKey("README");
        assertThat(result.corpus()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("build.folder-note");
            assertThat(d.severity()).isEqualTo(org.teikit.Severity.INFO);
            assertThat(d.file()).isEqualTo(in.resolve("README.md").toString());
        });
        assertThat(dir.resolve("out/README.html")).doesNotExist();
    }

    @Test
    void aFolderWithNothingToBuildIsAnErrorAndNothingIsWrittenButAnEditionWhoseInputsAreGoneIsEmptied(
            @TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("notes.pdf"), "not an input");
        Path out = dir.resolve("out");

        BuildResult nothing = build(in, out);

        assertThat(nothing.documents()).isEmpty();
        assertThat(nothing.corpus()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("io.no-inputs");
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).isEqualTo(in.toString());
        });
        assertThat(out).doesNotExist();

        Path memo = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.resolve("memo.txt"));
        assertThat(build(in, out).hasErrors()).isFalse();
        Files.delete(memo);
        BuildResult emptied = build(in, out);
        assertThat(emptied.hasErrors()).isFalse();
        assertThat(out.resolve("memo.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("memo.html");
    }

    @Test
    void aDocumentThatNoLongerBuildsLeavesNoOutputOfAnEarlierBuildBehind(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path tei = Files.copy(Path.of("tei/reference/teikit-shape.xml"), in.resolve("a.xml"));
        Path memo = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.resolve("t.txt"));
        Path out = dir.resolve("out");
        assertThat(build(in, out).hasErrors()).isFalse();
        byte[] goodTei = Files.readAllBytes(tei);
        byte[] goodMemo = Files.readAllBytes(memo);
        List<Path> outputs = List.of(out.resolve("a.html"), out.resolve("tei/a.xml"), out.resolve("t.html"),
                out.resolve("tei/t.xml"), out.resolve("reports/t.report.txt"), out.resolve("reports/t.report.json"));
        assertThat(outputs).allSatisfy(output -> assertThat(output).exists());

        Files.writeString(tei, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>");
        Files.write(memo, new byte[] {'A', ' ', (byte) 0x92, 'x', '\n'});
        BuildResult broken = build(in, out);

        assertThat(broken.hasErrors()).isTrue();
        // The old page, TEI and reports stayed (and the broken input was copied into OUT/tei).
        assertThat(outputs).allSatisfy(output -> assertThat(output).doesNotExist());
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("a.html", "t.html");
        // Unchanged, they are not tried again: the same bytes fail the same way; their problems stand.
        BuildResult again = build(in, out);
        assertThat(again.documents()).allSatisfy(d -> assertThat(d.upToDate()).isTrue());
        assertThat(again.documents()).extracting(DocumentOutcome::diagnostics)
                .isEqualTo(broken.documents().stream().map(DocumentOutcome::diagnostics).toList());
        assertThat(again.hasErrors()).isTrue();

        Files.write(tei, goodTei);
        Files.write(memo, goodMemo);
        assertThat(build(in, out).hasErrors()).isFalse();
        assertThat(outputs).allSatisfy(output -> assertThat(output).exists());
    }

    @Test
    void oneBadTranscriptionAndOneBrokenTeiDoNotStopTheOthers(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 3, 3_000, 11L);
        // A PNG header: NUL bytes and no byte-order mark (FF FE would be read as UTF-16).
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0});
        Files.writeString(in.resolve("broken.xml"),
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><p>not closed</teiHeader></TEI>",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        BuildResult result = build(in, out);

        Map<String, DocumentOutcome> docs = byName(result);
        assertThat(docs).hasSize(5);
        assertThat(result.hasErrors()).isTrue();
        assertThat(docs.get("binary").hasErrors()).isTrue();
        assertThat(docs.get("broken").hasErrors()).isTrue();
        // Once, naming the input: not again by the renderers, of its copy in the output folder.
        assertThat(docs.get("broken").diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(in.resolve("broken.xml").toString());
            assertThat(d.rule()).isEqualTo(ValidationReport.NOT_WELL_FORMED);
            assertThat(d.line()).isPositive();
        });
        for (String good : new String[] {"doc-00000", "doc-00001", "doc-00002"}) {
            assertThat(docs.get(good).hasErrors()).as(good + ": " + docs.get(good).diagnostics()).isFalse();
            assertThat(out.resolve(good + ".html")).isRegularFile();
            assertThat(out.resolve("tei").resolve(good + ".xml")).isRegularFile();
        }
        assertThat(out.resolve("binary.html")).doesNotExist();
        assertThat(out.resolve("broken.html")).doesNotExist();
        String index = Files.readString(out.resolve("index.html"));
        assertThat(index).contains("doc-00000.html", "doc-00001.html", "doc-00002.html").doesNotContain("broken.html");
    }

    @Test
    void theLocalImagesAPageShowsAreCopiedBesideItAndAMissingOneIsAWarning(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Path letters = Files.createDirectories(in.resolve("letters").resolve("img"));
        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3};
        Files.write(letters.resolve("p1.png"), picture);
        Files.write(letters.resolve("page 2.png"), picture);
        Files.writeString(dir.resolve("secret.png"), "outside");
        String shape = Files.readString(Path.of("tei/reference/teikit-shape.xml"));
        Files.writeString(in.resolve("letters").resolve("letter.xml"), shape.replaceFirst("<p>",
                "<p><graphic url=\"img/p1.png\"/><graphic url=\"img/page 2.png\"/><graphic url=\"img/p2.png\"/><graphic url=\"../../secret.png\"/>"
                        + "<graphic url=\"https://example.org/far.png\"/>"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        DocumentOutcome letter = byName(build(in, out)).get("letter");

        assertThat(out.resolve("img").resolve("p1.png")).hasBinaryContent(picture);
        assertThat(out.resolve("img").resolve("page 2.png")).hasBinaryContent(picture);
        assertThat(Files.readString(out.resolve("letter.html"))).contains("<img src=\"img/p1.png\"");
        assertThat(letter.diagnostics()).filteredOn(d -> d.rule().startsWith("page.image"))
                .extracting(Diagnostic::rule).containsExactly("page.image-missing", "page.image-outside", "page.image-remote");
        assertThat(letter.diagnostics()).filteredOn(d -> d.rule().startsWith("page.image")).allSatisfy(d -> {
            assertThat(d.file()).isEqualTo(in.resolve("letters").resolve("letter.xml").toString());
            assertThat(d.line()).isPositive();
        });
        try (var files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("secret.png", "far.png");
        }
    }

    /** A TEI input's PDF shows the images beside the input (the build renders it from the input itself). */
    @Test
    void aTeiInputsPdfShowsTheImageBesideIt(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        org.teikit.render.pdf.PdfFixtures.png(in.resolve("letters").resolve("img").resolve("p1.png"), 300, 200);
        String shape = Files.readString(Path.of("tei/reference/teikit-shape.xml"));
        int body = shape.indexOf("<body>") + "<body>".length();
        Files.writeString(in.resolve("letters").resolve("letter.xml"), shape.substring(0, body)
                + shape.substring(body).replaceFirst("<p>", "<figure><graphic url=\"img/p1.png\"/></figure><p>"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        BuildResult result = new EditionBuild(TEIKIT, OPTIONS.withPdf(true)).run(in, out, BuildListener.NONE);

        assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.diagnostics())
                .noneMatch(x -> x.rule().startsWith("pdf.") || x.rule().startsWith("page.")));
        assertThat(org.teikit.render.pdf.PdfFixtures.imagesIn(Files.readAllBytes(out.resolve("letter.pdf")))).isEqualTo(1);
    }

    /**
     * Images are inputs of the pages that show them: a rebuild rebuilds a document whose image was
     * replaced, added where it was missing or deleted (its file unchanged), and removes the copies no
     * page shows any more.
     */
    @Test
    void aRebuildFollowsTheImagesThePagesShow(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Path img = Files.createDirectories(in.resolve("img"));
        Files.writeString(img.resolve("p1.png"), "first picture");
        String shape = Files.readString(Path.of("tei/reference/teikit-shape.xml"));
        Path letter = in.resolve("letter.xml");
        Files.writeString(letter, shape.replaceFirst("<p>", "<p><graphic url=\"img/p1.png\"/><graphic url=\"img/p2.png\"/>"),
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("other.xml"), shape, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        Path copy = out.resolve("img").resolve("p1.png");
        build(in, out);
        assertThat(copy).hasContent("first picture");
        assertThat(byName(build(in, out)).values()).allMatch(DocumentOutcome::upToDate);

        Files.writeString(img.resolve("p1.png"), "second picture, longer");
        Map<String, DocumentOutcome> replaced = byName(build(in, out));
        assertThat(replaced.get("letter").upToDate()).isFalse();
        assertThat(replaced.get("other").upToDate()).isTrue();
        assertThat(copy).hasContent("second picture, longer");

        Files.writeString(img.resolve("p2.png"), "the missing one");
        DocumentOutcome added = byName(build(in, out)).get("letter");
        assertThat(added.upToDate()).isFalse();
        assertThat(added.diagnostics()).noneMatch(d -> d.rule().equals("page.image-missing"));
        assertThat(out.resolve("img").resolve("p2.png")).hasContent("the missing one");

        Files.delete(copy); // a copy lost from the edition is copied again
        assertThat(byName(build(in, out)).get("letter").upToDate()).isFalse();
        assertThat(copy).hasContent("second picture, longer");

        Files.delete(img.resolve("p2.png"));
        DocumentOutcome deleted = byName(build(in, out)).get("letter");
        assertThat(deleted.upToDate()).isFalse();
        assertThat(deleted.diagnostics()).anyMatch(d -> d.rule().equals("page.image-missing"));
        assertThat(out.resolve("img").resolve("p2.png")).doesNotExist();

        Files.writeString(letter, shape, StandardCharsets.UTF_8); // no page shows an image now
        build(in, out);
        assertThat(out.resolve("img")).doesNotExist();
        assertThat(img.resolve("p1.png")).hasContent("second picture, longer"); // the input is left alone
    }

    /** Inputs kept in the edition's own tei folder would get the build's TEI beside them, and a TEI input be replaced. */
    @Test
    void anInputFolderWhereTheBuildWritesIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        Path in = Files.createDirectories(site.resolve("tei"));
        CorpusGenerator.generate(in, 1, 3_000, 17L);

        assertThatThrownBy(() -> build(in, site)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("where the build writes its own files");
        try (var files = Files.list(in)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("doc-00000.txt");
        }
        assertThat(site.resolve("index.html")).doesNotExist();
        // A folder of its own inside the edition's folder is fine.
        Path sources = Files.createDirectories(site.resolve("sources"));
        Files.move(in.resolve("doc-00000.txt"), sources.resolve("doc-00000.txt"));
        assertThat(build(sources, site).hasErrors()).isFalse();
        assertThat(site.resolve("doc-00000.html")).isRegularFile();
        // ... but an image URL that would lead a copy back into it is not followed.
        Files.createDirectories(sources.resolve("sources"));
        Files.writeString(sources.resolve("sources").resolve("x.png"), "picture");
        Files.writeString(sources.resolve("letter.xml"), Files.readString(Path.of("tei/reference/teikit-shape.xml"))
                .replaceFirst("<p>", "<p><graphic url=\"sources/x.png\"/>"), StandardCharsets.UTF_8);
        DocumentOutcome letter = byName(build(sources, site)).get("letter");
        assertThat(letter.diagnostics()).filteredOn(d -> d.rule().startsWith("page.image")).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo("page.image-into-input"));
        assertThat(sources.resolve("x.png")).doesNotExist();
    }

    /**
     * Two inputs whose names differ in case only would make one page on macOS and Windows (Memo.html
     * replacing memo.html there): the second is refused, as a second input of the same name is, wherever
     * the build runs, so that an edition made on Linux stays whole when copied there.
     */
    @Test
    void inputsWhoseNamesDifferInCaseOnlyAreAClashNotTwoPagesOneFileSystemWouldMerge(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 1, 3_000, 13L);
        Files.copy(in.resolve("doc-00000.txt"), in.resolve("DOC-00000.md"));
        Path out = dir.resolve("out");

        BuildResult result = build(in, out);

        assertThat(result.corpus()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("build.name-clash");
            assertThat(d.file()).endsWith("doc-00000.txt");
            assertThat(d.message()).contains("DOC-00000.md", "rename one of them");
        });
        assertThat(result.documents()).extracting(DocumentOutcome::name).containsExactly("DOC-00000");
        assertThat(out.resolve("DOC-00000.html")).isRegularFile();
        assertThat(out.resolve("doc-00000.html")).doesNotExist();
    }

    /**
     * An input renamed in case only ({@code doc-00000.txt} to {@code Doc-00000.txt}): on Linux its old
     * outputs are another document's, gone, and are removed; where the file system ignores case (a hard
     * link stands in for it) they are the new document's own, and are kept.
     */
    @Test
    void anInputRenamedInCaseOnlyLeavesItsNewOutputsAndNotItsOldOnes(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 1, 3_000, 13L);
        Path out = dir.resolve("out");
        build(in, out);
        Files.move(in.resolve("doc-00000.txt"), in.resolve("Doc-00000.txt"));

        assertThat(build(in, out).documents()).extracting(DocumentOutcome::name).containsExactly("Doc-00000");

        assertThat(out.resolve("Doc-00000.html")).isRegularFile();
        assertThat(out.resolve("tei/Doc-00000.xml")).isRegularFile();
        assertThat(out.resolve("doc-00000.html")).doesNotExist();
        assertThat(out.resolve("tei/doc-00000.xml")).doesNotExist();

        Files.createLink(out.resolve("tei/doc-00000.xml"), out.resolve("tei/Doc-00000.xml"));
        assertThat(EditionBuild.renamedInCaseOnly(out, "doc-00000", "Doc-00000")).isEqualTo("Doc-00000");
        assertThat(EditionBuild.renamedInCaseOnly(out, "doc-00000", null)).isNull();
        Files.delete(out.resolve("tei/doc-00000.xml"));
        Files.copy(out.resolve("tei/Doc-00000.xml"), out.resolve("tei/doc-00000.xml"));
        assertThat(EditionBuild.renamedInCaseOnly(out, "doc-00000", "Doc-00000")).isNull();
    }

    @Test
    void anInputWhoseOutputNamesWouldBeTooLongIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 1, 3_000, 13L);
        String longName = "a".repeat(250); // fits as "<name>.txt", not as "<name>.report.json"
        Files.copy(in.resolve("doc-00000.txt"), in.resolve(longName + ".txt"));
        Path out = dir.resolve("out");

        BuildResult result = build(in, out);

        assertThat(result.corpus()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("build.name-too-long");
            assertThat(d.file()).endsWith(longName + ".txt");
            assertThat(d.message()).contains("262 bytes", "shorten the input's name");
        });
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.documents()).extracting(DocumentOutcome::name).containsExactly("doc-00000");
        try (var files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(longName));
        }
    }

    /**
     * Folders {@code a} and {@code b} in {@code in}, each with a different {@code img/p1.png}; returns a
     * TEI document that shows {@code img/p1.png}, for letters in them.
     */
    private static String twoImagesOfOnePath(Path in) throws IOException {
        for (String folder : List.of("a", "b")) {
            Path img = Files.createDirectories(in.resolve(folder).resolve("img"));
            Files.writeString(img.resolve("p1.png"), "picture of " + folder);
        }
        return Files.readString(Path.of("tei/reference/teikit-shape.xml"))
                .replaceFirst("<p>", "<p><graphic url=\"img/p1.png\"/>");
    }

    @Test
    void twoDifferentImagesForTheSamePlaceInTheEditionAreAWarning(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        String shape = twoImagesOfOnePath(in);
        for (String folder : List.of("a", "b")) {
            Files.writeString(in.resolve(folder).resolve("letter-" + folder + ".xml"), shape, StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out");

        BuildResult result = build(in, out);

        assertThat(result.documents()).flatExtracting(DocumentOutcome::diagnostics)
                .filteredOn(d -> d.rule().equals("page.image-clash")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("img/p1.png", "differs; rename one of them"));
        assertThat(Files.readString(out.resolve("img").resolve("p1.png"))).isIn("picture of a", "picture of b");
    }

    /** The same, when the other image is an unchanged document's, copied by an earlier build. */
    @Test
    void aRebuiltDocumentsImageOverAnUnchangedDocumentsDifferentOneIsAWarning(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        String shape = twoImagesOfOnePath(in);
        Files.writeString(in.resolve("a").resolve("letter-a.xml"), shape, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(build(in, out).documents()).flatExtracting(DocumentOutcome::diagnostics)
                .noneMatch(d -> d.rule().equals("page.image-clash"));

        Files.writeString(in.resolve("b").resolve("letter-b.xml"), shape, StandardCharsets.UTF_8);
        Map<String, DocumentOutcome> docs = byName(build(in, out));

        assertThat(docs.get("letter-a").upToDate()).isTrue();
        assertThat(docs.get("letter-b").diagnostics()).filteredOn(d -> d.rule().equals("page.image-clash"))
                .singleElement().satisfies(d -> assertThat(d.message())
                        .contains("b/img/p1.png", "a/img/p1.png", "letter-a.xml (unchanged)", "Rename one of them"));
        assertThat(out.resolve("img").resolve("p1.png")).hasContent("picture of b");
        // Said again by the next build, which has nothing to redo.
        assertThat(byName(build(in, out)).get("letter-b").diagnostics())
                .anyMatch(d -> d.rule().equals("page.image-clash"));
    }

    /**
     * Two pages showing different images copied to one place, and the image whose copy is there deleted:
     * the unchanged page is rebuilt and copies its own image, as a full build would (it kept showing
     * the deleted picture, and the next builds changed nothing).
     */
    @Test
    void anImageDeletedUnderAClashLeavesTheOtherDocumentsImageInItsPlace(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        String shape = twoImagesOfOnePath(in);
        for (String folder : List.of("a", "b")) {
            Files.writeString(in.resolve(folder).resolve("letter-" + folder + ".xml"), shape, StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("out");
        build(in, out);
        String copied = Files.readString(out.resolve("img").resolve("p1.png"));
        String gone = copied.equals("picture of a") ? "a" : "b";
        String stays = gone.equals("a") ? "b" : "a";
        Files.delete(in.resolve(gone).resolve("img").resolve("p1.png"));

        Map<String, DocumentOutcome> docs = byName(build(in, out));

        assertThat(out.resolve("img").resolve("p1.png")).hasContent("picture of " + stays);
        assertThat(docs.get("letter-" + stays).upToDate()).isFalse();
        assertThat(docs.get("letter-" + stays).diagnostics()).noneMatch(d -> d.rule().equals("page.image-clash"));
        // and a build after it has nothing to redo
        assertThat(byName(build(in, out)).get("letter-" + stays).upToDate()).isTrue();
    }

    /**
     * The HTML and PDF stages read a TEI input's copy in OUT/tei, but their errors name the input, as
     * validation does, and the same error from both is reported once.
     */
    @Test
    void renderErrorsOfATeiInputNameTheInputAndComeOnce(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // well-formed, so rendered, but no TEI document: both renderers refuse it, in the same words
        Path text = Files.writeString(in.resolve("text.xml"),
                "<text xmlns=\"http://www.tei-c.org/ns/1.0\"><body><p>A text without its TEI.</p></body></text>\n");
        Path out = dir.resolve("out");

        BuildResult result = new EditionBuild(TEIKIT, OPTIONS.withPdf(true)).run(in, out, BuildListener.NONE);

        List<Diagnostic> rendering = result.documents().get(0).diagnostics().stream()
                .filter(d -> d.rule().equals("xslt.E0001")).toList();
        assertThat(rendering).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(text.toString());
            assertThat(d.message()).contains("Not a TEI document: the root element is text");
        });
        assertThat(out.resolve("text.html")).doesNotExist();
        assertThat(out.resolve("text.pdf")).doesNotExist();
    }

    @Test
    void documentsBuiltInBatchesFailAloneKeepTheirOrderAndAreEachReportedOnce(@TempDir Path dir) throws IOException {
        // One thread and 40 documents: batches of 10, the first holding both bad documents (inputs
        // are taken in name order) between good ones.
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 38, 2_000, 13L);
        Files.write(in.resolve("doc-00003b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        Files.writeString(in.resolve("doc-00005b.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<String> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Integer> counts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        BuildResult result = new EditionBuild(TEIKIT, OPTIONS.withThreads(1)).run(in, out, (outcome, finished, total) -> {
            heard.add(outcome.name());
            counts.add(finished);
            assertThat(total).isEqualTo(40);
        });

        List<String> names = result.documents().stream().map(DocumentOutcome::name).toList();
        assertThat(names).hasSize(40).isSorted();
        assertThat(heard).containsExactlyInAnyOrderElementsOf(names);
        assertThat(counts).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList());
        for (DocumentOutcome doc : result.documents()) {
            boolean bad = doc.name().endsWith("b");
            assertThat(doc.hasErrors()).as(doc.name() + ": " + doc.diagnostics()).isEqualTo(bad);
            assertThat(out.resolve(doc.name() + ".html").toFile().isFile()).as(doc.name()).isEqualTo(!bad);
        }
        assertThat(Files.readString(out.resolve("reports").resolve("doc-00004.report.txt"))).contains("doc-00004.txt");
    }

    @Test
    void aBuildWithPdfReportsEachDocumentBeforeStartingTheNext(@TempDir Path dir) throws IOException {
        // One thread and 8 documents: built in batches (of 2, as a build without PDF takes them), the
        // second's TEI would exist by the time the first is reported.
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 8, 1_500, 17L);
        Path out = dir.resolve("out");
        List<String> seenAtReport = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

        BuildResult result = new EditionBuild(TEIKIT, OPTIONS.withPdf(true).withThreads(1)).run(in, out,
                (outcome, finished, total) -> {
                    try (java.util.stream.Stream<Path> tei = Files.list(out.resolve("tei"))) {
                        seenAtReport.add(outcome.name() + ":" + tei.count());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });

        assertThat(result.hasErrors()).as(result.documents().toString()).isFalse();
        assertThat(seenAtReport).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> String.format("doc-%05d:%d", i, i + 1)).toList());
        assertThat(out.resolve("doc-00007.pdf")).isRegularFile();
    }

    @Test
    void aSecondBuildWithNothingChangedOnlyChecks(@TempDir Path out) throws IOException {
        BuildResult first = build(goodCorpus, out);
        assertThat(first.rebuilt()).isEqualTo(4);
        FileTime page = Files.getLastModifiedTime(out.resolve("doc-00001.html"));
        FileTime index = Files.getLastModifiedTime(out.resolve("index.html"));
        FileTime state = Files.getLastModifiedTime(out.resolve(BuildState.FILE));

        BuildResult second = build(goodCorpus, out);

        assertThat(second.rebuilt()).isZero();
        assertThat(second.documents()).allMatch(DocumentOutcome::upToDate);
        assertThat(second.stageTimes().values()).allMatch(java.time.Duration::isZero);
        assertThat(Files.getLastModifiedTime(out.resolve("doc-00001.html"))).isEqualTo(page);
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(index);
        assertThat(Files.getLastModifiedTime(out.resolve(BuildState.FILE))).isEqualTo(state);
        // The diagnostics of the first build are kept, not lost, by a build that redid nothing.
        assertThat(second.documents().stream().map(DocumentOutcome::diagnostics).toList())
                .isEqualTo(first.documents().stream().map(DocumentOutcome::diagnostics).toList());
    }

    @Test
    void aTouchedButUnchangedInputIsNotRebuiltAndItsNewTimeIsRemembered(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        Path touched = in.resolve("doc-00002.txt");
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000);
        Files.setLastModifiedTime(touched, later);

        BuildResult rebuild = build(in, out);

        // The content hash decides: nothing is rebuilt. The state now holds the new time, so that the
        // next build does not take the input for changed (and start compiling) again.
        assertThat(rebuild.rebuilt()).isZero();
        BuildState state = BuildState.load(out, Fingerprint.of(OPTIONS));
        assertThat(state.documents().get("doc-00002.txt").modified()).isEqualTo(later.toMillis());
        assertThat(state.documents().get("doc-00002.txt").size()).isEqualTo(Files.size(touched));
    }

    /**
     * The saved state with one input's recorded hash replaced by a wrong one and the time its hashing
     * began moved by {@code shift}: a build that takes the recorded hash instead of reading the input
     * then takes the input for changed.
     */
    private static void tamperWithState(Path out, String input, Duration shift) throws IOException {
        BuildState state = BuildState.load(out, Fingerprint.of(OPTIONS));
        BuildState.Entry e = state.documents().get(input);
        state.documents().put(input, new BuildState.Entry(e.name(), "0".repeat(64), e.diagnostics(), e.size(),
                e.modified(), e.stamp(), e.images(), e.schemas(), e.members(), e.memberHashes()));
        state.save(out);
        moveHashing(out, shift);
    }

    /** The saved state as if its build had begun hashing {@code shift} later. */
    private static void moveHashing(Path out, Duration shift) throws IOException {
        BuildState state = BuildState.load(out, Fingerprint.of(OPTIONS));
        new BuildState(state.fingerprint(), state.documents(), state.hashedAt() + shift.toNanos(), null).save(out);
    }

    @Test
    void anInputUnwrittenSinceWellBeforeTheLastHashingIsNotReadAgain(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        assertThat(BuildState.load(out, Fingerprint.of(OPTIONS)).documents().get("doc-00001.txt").stamp())
                .as("Linux keeps change times: inputs are stamped").isNotNull();
        // As if the last build had hashed an hour after the inputs were written: its hash is taken as
        // it is, wrong as it now is, and the document is up to date.
        tamperWithState(out, "doc-00001.txt", java.time.Duration.ofHours(1));
        assertThat(build(in, out).rebuilt()).isZero();
    }

    @Test
    void anInputWrittenJustBeforeTheLastHashingIsReadAgain(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        // Written within the margin of the hashing (here: moments before): its stamp cannot vouch that a
        // write in the same clock tick did not follow, so it is read; the wrong hash shows as a change.
        tamperWithState(out, "doc-00001.txt", java.time.Duration.ZERO);
        assertThat(build(in, out).rebuilt()).isEqualTo(1);
    }

    @Test
    void anInputRewrittenToTheSameSizeWithItsOldTimeSetBackIsRebuilt(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        Path changed = in.resolve("doc-00002.txt");
        FileTime time = Files.getLastModifiedTime(changed);
        String text = Files.readString(changed);
        Files.writeString(changed, text.replaceFirst("\\*\\*", "**Retitled ").substring(0, text.length()));
        Files.setLastModifiedTime(changed, time);
        assertThat(Files.size(changed)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        // Size and modification time are as the last build recorded them, and the hashing an hour later:
        // the change time, which no one sets back, still tells that the input was written.
        moveHashing(out, java.time.Duration.ofHours(1));

        BuildResult result = build(in, out);

        assertThat(result.rebuilt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("doc-00002.html"))).contains("Retitled");
    }

    @Test
    void oneChangedInputRebuildsThatDocumentAndTheCorpusPages(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        FileTime other = Files.getLastModifiedTime(out.resolve("doc-00000.html"));
        Path changed = in.resolve("doc-00002.txt");
        Files.writeString(changed, Files.readString(changed).replaceFirst("\\*\\*", "**Retitled "),
                StandardCharsets.UTF_8);

        BuildResult result = build(in, out);

        assertThat(result.rebuilt()).isEqualTo(1);
        assertThat(byName(result).get("doc-00002").upToDate()).isFalse();
        assertThat(Files.getLastModifiedTime(out.resolve("doc-00000.html"))).isEqualTo(other);
        assertThat(Files.readString(out.resolve("doc-00002.html"))).contains("Retitled");
        assertThat(Files.readString(out.resolve("index.html"))).contains("Retitled");
        assertThat(Files.readString(out.resolve("search-index.js"))).contains("doc-00000.html", "doc-00003.html");
    }

    @Test
    void aChangeToTheTextAloneRewritesTheSearchIndexButNotTheCorpusPages(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        FileTime index = Files.getLastModifiedTime(out.resolve("index.html"));
        FileTime names = Files.getLastModifiedTime(out.resolve("names.html"));
        Path changed = in.resolve("doc-00002.txt");
        Files.writeString(changed, Files.readString(changed) + "□ Quillwort appeared in the added paragraph.\n",
                StandardCharsets.UTF_8);

        BuildResult result = build(in, out);

        assertThat(result.rebuilt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve("doc-00002.html"))).contains("Quillwort");
        assertThat(Files.readString(out.resolve("search-index.js"))).contains("Quillwort");
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isEqualTo(index);
        assertThat(Files.getLastModifiedTime(out.resolve("names.html"))).isEqualTo(names);
        // The pages left in place are the ones a build from scratch writes.
        Path fresh = dir.resolve("fresh");
        build(in, fresh);
        for (String page : new String[] {"index.html", "names.html", "search-index.js"}) {
            assertThat(Files.readString(out.resolve(page))).as(page).isEqualTo(Files.readString(fresh.resolve(page)));
        }
    }

    @Test
    void aBuildCutShortLeavesACheckpointSoTheNextRedoesOnlyWhatItHadNotFinished(@TempDir Path dir)
            throws IOException {
        buildACopy(dir);
        Path retitled = in.resolve("doc-00001.txt");
        Files.writeString(retitled, Files.readString(retitled).replaceFirst("\\*\\*", "**Retitled "),
                StandardCharsets.UTF_8);
        // A change to the text alone, which by itself leaves the index page as it is.
        Path lengthened = in.resolve("doc-00003.txt");
        Files.writeString(lengthened, Files.readString(lengthened) + "□ Quillwort appeared in the added paragraph.\n",
                StandardCharsets.UTF_8);
        // One document at a time, in order, a checkpoint after each; the build stops once doc-00001 is done.
        EditionBuild checkpointingAlways = new EditionBuild(TEIKIT, OPTIONS.withThreads(1), Duration.ZERO);
        assertThatThrownBy(() -> checkpointingAlways.run(in, out, (outcome, finished, total) -> {
            if (outcome.name().equals("doc-00001")) {
                throw new IllegalStateException("cut short");
            }
        })).hasMessage("cut short");
        assertThat(Files.readString(out.resolve(BuildState.FILE))).contains("\"sitePending\":true");

        BuildResult resumed = build(in, out);

        assertThat(resumed.documents().stream().filter(o -> !o.upToDate()).map(DocumentOutcome::name))
                .containsExactly("doc-00003");
        assertThat(Files.readString(out.resolve(BuildState.FILE))).doesNotContain("\"sitePending\":true");
        // The corpus pages, not written by the build cut short, are as a build from scratch writes them:
        // the index has the new title of the document finished before the cut.
        assertThat(Files.readString(out.resolve("index.html"))).contains("Retitled");
        Path fresh = dir.resolve("fresh");
        build(in, fresh);
        for (String page : new String[] {"index.html", "names.html", "search-index.js"}) {
            assertThat(Files.readString(out.resolve(page))).as(page).isEqualTo(Files.readString(fresh.resolve(page)));
        }
        assertThat(build(in, out).rebuilt()).isZero();
    }

    @Test
    void aRemovedInputLosesItsOutputsAndItsIndexEntry(@TempDir Path dir) throws IOException {
        buildACopy(dir);
        Files.delete(in.resolve("doc-00003.txt"));

        BuildResult result = build(in, out);

        assertThat(result.documents()).hasSize(3);
        assertThat(result.rebuilt()).isZero();
        assertThat(out.resolve("doc-00003.html")).doesNotExist();
        assertThat(out.resolve("tei/doc-00003.xml")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("doc-00003.html");
    }

    @Test
    void aStateFromAnotherTeikitOrOtherOptionsRebuildsEverything(@TempDir Path out) throws IOException {
        build(goodCorpus, out);
        Path state = out.resolve(BuildState.FILE);
        String json = Files.readString(state);
        String fingerprint = Fingerprint.of(OPTIONS);
        assertThat(json).contains(fingerprint);
        // What another teikit version, stylesheet or schema would have left: another fingerprint.
        Files.writeString(state, json.replace(fingerprint, "0".repeat(fingerprint.length())));

        assertThat(build(goodCorpus, out).rebuilt()).isEqualTo(4);
        assertThat(Fingerprint.of(OPTIONS.withPdf(true))).isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(OPTIONS)).isEqualTo(fingerprint);
    }

    @Test
    void theFullOptionRebuildsEverything(@TempDir Path out) throws IOException {
        build(goodCorpus, out);
        BuildResult full = new EditionBuild(TEIKIT, OPTIONS.withIncremental(false)).run(goodCorpus, out,
                BuildListener.NONE);
        assertThat(full.rebuilt()).isEqualTo(4);
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    @Test
    void aSecondBuildIntoAFolderInUseIsRefusedAndTheFolderIsFreeAfterwards(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> build(goodCorpus, out))
                    .isInstanceOf(OutputFolderInUseException.class)
                    .hasMessageContaining("another teikit build is writing into " + out);
        }
        assertThat(out.resolve("index.html")).doesNotExist();
        assertThat(build(goodCorpus, out).hasErrors()).isFalse();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve(OutputLock.FILE)).isEmptyFile(); // the build ended: nothing was cut short
    }

    @Test
    void aBuildAfterOneThatWasCutShortRemovesItsTemporaryFilesOnly(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        build(goodCorpus, out);
        // What a killed build leaves: temporary files never moved into place, and the lock file still
        // saying it runs. A hidden file of the user's own stays.
        List<Path> leftovers = List.of(out.resolve(".doc-00000.html.8231.tmp"),
                out.resolve("tei").resolve(".doc-00001.xml.17.tmp"),
                out.resolve("reports").resolve(".doc-00001.report.json.99.tmp"),
                out.resolve(BuildState.ENTRIES).resolve(".doc-00002.entry.5.tmp"),
                // in the folder of a teiCorpus's documents
                out.resolve("letters").resolve(".brief-a.html.3.tmp"),
                out.resolve("letters").resolve("tei").resolve(".brief-a.xml.4.tmp"));
        for (Path leftover : leftovers) {
            Files.createDirectories(leftover.getParent());
            Files.writeString(leftover, "half");
        }
        Path own = out.resolve(".notes.tmp");
        Files.writeString(own, "mine");
        Files.writeString(out.resolve(OutputLock.FILE), "running\n");

        BuildResult rerun = build(goodCorpus, out);

        assertThat(rerun.hasErrors()).isFalse();
        for (Path leftover : leftovers) {
            assertThat(leftover).doesNotExist();
        }
        assertThat(own).hasContent("mine");
        assertThat(out.resolve(OutputLock.FILE)).isEmptyFile();
    }
}
