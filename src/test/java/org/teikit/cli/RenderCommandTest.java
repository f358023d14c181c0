package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teikit render}: the guess that starts compiling the HTML stylesheet before picocli reads the
 * command line, and the watch that renders a file again when it changes.
 */
class RenderCommandTest {

    @Test
    void anHtmlRenderIsRecognisedInEitherSpellingOfTheOption() {
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "a.xml", "--to", "html", "-o", "out"}))
                .isTrue();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "--to=html", "a.xml", "-o", "out"}))
                .isTrue();
    }

    @Test
    void otherCommandsAndFormatsStartNothing() {
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "html.xml", "--to", "pdf", "-o", "o"}))
                .isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"build", "html", "-o", "out"})).isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"validate", "a.xml"})).isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[0])).isFalse();
    }

    /** A teiCorpus to HTML is a site of its documents in a folder named after it; to PDF or FO, a file per document there. */
    @Test
    void aCorpusRendersToHtmlAsASiteInAFolderNamedAfterIt(@TempDir Path dir) throws Exception {
        String tei = "<TEI><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p>"
                + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader><text><body><p>Text.</p>"
                + "</body></text></TEI>";
        Path corpus = Files.writeString(dir.resolve("letters.xml"),
                "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'>" + tei + tei + "</teiCorpus>");
        Path out = dir.resolve("out");
        CliRunner html = CliRunner.run("render", corpus.toString(), "--to", "html", "-o", out.toString());
        assertThat(html.exitCode()).isZero();
        assertThat(html.out()).contains(corpus + " -> " + out.resolve("letters").resolve("index.html"));
        assertThat(out.resolve("letters/letters-1.html")).isRegularFile();
        assertThat(out.resolve("letters/letters-2.html")).isRegularFile();

        CliRunner pdf = CliRunner.run("render", corpus.toString(), "--to", "pdf", "-o", out.toString());
        assertThat(pdf.exitCode()).as(pdf.err()).isZero();
        assertThat(pdf.out()).contains(corpus + " -> " + out.resolve("letters") + java.io.File.separator);
        for (String name : List.of("letters-1", "letters-2")) {
            // Beside the pages, as a build lays them out.
            assertThat(Files.readString(out.resolve("letters/" + name + ".pdf"), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        }
        // To HTML again, the pages link the PDFs beside them.
        assertThat(CliRunner.run("render", corpus.toString(), "--to", "html", "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("letters/letters-1.html"))).contains("href=\"letters-1.pdf\"");

        // One document fewer: its copy, page and PDF go; FO is written the same way.
        Files.writeString(corpus, "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0' xml:lang='en'>" + tei + "</teiCorpus>");
        CliRunner fo = CliRunner.run("render", corpus.toString(), "--to", "fo", "-o", out.toString());
        assertThat(fo.exitCode()).as(fo.err()).isZero();
        assertThat(Files.readString(out.resolve("letters/letters-1.fo"))).contains("http://www.w3.org/1999/XSL/Format", "Text.");
        assertThat(out.resolve("letters/tei/letters-2.xml")).doesNotExist();
        assertThat(out.resolve("letters/letters-2.html")).doesNotExist();
        assertThat(out.resolve("letters/letters-2.pdf")).doesNotExist();
        assertThat(out.resolve("letters/letters-1.pdf")).isRegularFile();
    }

    /** A corpus rendered to PDF that holds no TEI document: an error naming the corpus, and no folder. */
    @Test
    void aCorpusWithoutDocumentsIsAnErrorToPdf(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("empty.xml"), "<teiCorpus xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/></teiCorpus>");
        Path out = dir.resolve("out");
        CliRunner pdf = CliRunner.run("render", corpus.toString(), "--to", "pdf", "-o", out.toString());
        assertThat(pdf.exitCode()).isEqualTo(1);
        assertThat(pdf.err()).contains(corpus + ": error: The teiCorpus holds no TEI document");
        assertThat(out.resolve("empty")).doesNotExist();
    }

    @Test
    void watchRendersAFileAgainWhenItChangesAndABrokenOneOnceItIsMended(@TempDir Path dir) throws Exception {
        Path letter = Files.copy(Path.of("tei/reference/teikit-shape.xml"), dir.resolve("letter.xml"));
        Path other = Files.copy(letter, dir.resolve("other.xml"));
        Path out = dir.resolve("out");
        // The file alone is named: its folder is watched, but other.xml in it is not rendered.
        CliRunner.Background watching = CliRunner.start("render", letter.toString(), "--to", "html", "-o",
                out.toString(), "--watch");
        try {
            watching.awaitOut("watching for changes; Ctrl-C stops", 1);
            assertThat(watching.out()).contains(letter + " -> " + out.resolve("letter.html"));
            String shape = Files.readString(letter);
            Files.writeString(letter, shape.replaceFirst("<p>", "<p>A watched edit. "), StandardCharsets.UTF_8);
            watching.awaitOut(letter + " -> ", 2);
            assertThat(watching.out()).containsPattern("\\d\\d:\\d\\d:\\d\\d " + java.util.regex.Pattern.quote(letter.toString()));
            assertThat(Files.readString(out.resolve("letter.html"))).contains("A watched edit.");

            Files.writeString(letter, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>", StandardCharsets.UTF_8);
            Files.writeString(other, shape.replaceFirst("<p>", "<p>Not named. "), StandardCharsets.UTF_8);
            long until = System.nanoTime() + 60_000_000_000L;
            while (!watching.err().contains("not rendered again")) {
                assertThat(System.nanoTime()).as("the broken file is reported: %s", watching.err()).isLessThan(until);
                Thread.sleep(50);
            }
            assertThat(watching.err()).contains(letter + ":").containsPattern("\\d\\d:\\d\\d:\\d\\d "
                    + java.util.regex.Pattern.quote(letter + ": not rendered again; letter.html is as it was"));
            Files.writeString(letter, shape.replaceFirst("<p>", "<p>Mended. "), StandardCharsets.UTF_8);
            watching.awaitOut(letter + " -> ", 3);
            assertThat(Files.readString(out.resolve("letter.html"))).contains("Mended.");
        } finally {
            assertThat(watching.stop()).isEqualTo(ExitCodes.INTERRUPTED);
        }
        assertThat(out.resolve("other.html")).doesNotExist();
    }
    /**
     * Files rendered on several threads say what they say in the files' order, as on one thread: the
     * same lines, a broken file's error among them where it stands, and the same pages.
     */
    @Test
    void filesRenderedAtOnceSayTheSameAsOneAtATime(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a", "b", "d", "e")) {
            Files.copy(Path.of("tei/reference/teikit-shape.xml"), in.resolve(name + ".xml"));
        }
        Files.writeString(in.resolve("c.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>");
        CliRunner one = CliRunner.run("render", in.toString(), "--to", "html", "-o", dir.resolve("one").toString(), "-j", "1");
        CliRunner two = CliRunner.run("render", in.toString(), "--to", "html", "-o", dir.resolve("two").toString(), "--threads", "2");
        assertThat(one.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(two.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(two.out().replace(dir.resolve("two").toString(), "OUT"))
                .isEqualTo(one.out().replace(dir.resolve("one").toString(), "OUT"));
        assertThat(two.out().lines().map(line -> line.substring(line.lastIndexOf('/') + 1)))
                .containsExactly("a.html", "b.html", "d.html", "e.html");
        assertThat(two.err()).isEqualTo(one.err()).contains(in.resolve("c.xml") + ":2:");
        for (String name : List.of("a", "b", "d", "e")) {
            assertThat(Files.readString(dir.resolve("two").resolve(name + ".html")))
                    .isEqualTo(Files.readString(dir.resolve("one").resolve(name + ".html")));
        }
        assertThat(dir.resolve("two").resolve("c.html")).doesNotExist();
    }

    @Test
    void noThreadsIsAUsageMistake(@TempDir Path dir) {
        CliRunner none = CliRunner.run("render", "tei/reference/teikit-shape.xml", "--to", "html", "-o",
                dir.toString(), "-j", "0");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--threads").contains("at least 1");
        assertThat(dir).isEmptyDirectory();
    }

    /** The help names what the README does: files or folders. */
    @Test
    void theHelpSaysFilesOrFolders() {
        CliRunner help = CliRunner.run("render", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: teikit render").contains("FILE|DIR...").contains("--watch");
    }

    /** A file named twice (or by a folder and by name) is rendered once, not once per naming. */
    @Test
    void aFileNamedTwiceIsRenderedOnce(@TempDir Path dir) throws Exception {
        Path letter = Files.copy(Path.of("tei/reference/teikit-shape.xml"), dir.resolve("letter.xml"));
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("render", letter.toString(), dir.toString(), dir.resolve("./letter.xml").toString(),
                "--to", "html", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains(" -> "))).containsExactly(
                letter + " -> " + out.resolve("letter.html"));
    }

    /**
     * A folder named by a symbolic link to it is rendered, and watched, under the link's name: it was
     * taken for a file ("the folder holds no TEI files"), and a watch of it heard nothing.
     */
    @Test
    void aFolderNamedByALinkIsRenderedAndWatched(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("archive/letters/sub"));
        Path letter = Files.copy(Path.of("tei/reference/teikit-shape.xml"), real.resolve("letter.xml"));
        Path link = Files.createSymbolicLink(dir.resolve("letters"), real.getParent());
        Path out = dir.resolve("out");
        CliRunner.Background watching = CliRunner.start("render", link.toString(), "--to", "html", "-o",
                out.toString(), "--watch");
        try {
            watching.awaitOut("watching for changes; Ctrl-C stops", 1);
            assertThat(watching.out()).contains(link.resolve("sub/letter.xml") + " -> " + out.resolve("letter.html"));
            String shape = Files.readString(letter);
            Files.writeString(letter, shape.replaceFirst("<p>", "<p>Edited through the link. "), StandardCharsets.UTF_8);
            watching.awaitOut(" -> ", 2);
            assertThat(Files.readString(out.resolve("letter.html"))).contains("Edited through the link.");
        } finally {
            assertThat(watching.stop()).isEqualTo(ExitCodes.INTERRUPTED);
        }
        assertThat(watching.err()).isEmpty();
    }

    @Test
    void watchRendersAPageAgainWhenAnImageItShowsChanges(@TempDir Path dir) throws Exception {
        Path images = Files.createDirectories(dir.resolve("img"));
        Files.write(images.resolve("p1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        String shape = Files.readString(Path.of("tei/reference/teikit-shape.xml"));
        Path letter = Files.writeString(dir.resolve("letter.xml"),
                shape.replaceFirst("<p>", "<p><graphic url=\"img/p1.png\"/>"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRunner.Background watching = CliRunner.start("render", letter.toString(), "--to", "html", "-o",
                out.toString(), "--watch");
        try {
            watching.awaitOut("watching for changes; Ctrl-C stops", 1);
            assertThat(out.resolve("img").resolve("p1.png")).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
            // The image's folder is not the file's: without watching it, the change went unseen.
            Files.write(images.resolve("p1.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
            watching.awaitOut(letter + " -> ", 2);
            assertThat(out.resolve("img").resolve("p1.png")).hasBinaryContent(new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
        } finally {
            assertThat(watching.stop()).isEqualTo(ExitCodes.INTERRUPTED);
        }
    }

    @Test
    void anUnknownPaperOrInputFormatIsACommandLineMistakeSaidInWords(@TempDir Path dir) {
        CliRunner paper = CliRunner.run("render", "tei/reference/teikit-shape.xml", "--to", "pdf", "-o", dir.toString(),
                "--paper", "legal");
        assertThat(paper.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(paper.err()).contains("expected a4 or letter but was 'legal'").doesNotContain("Exception", "enum");
        CliRunner format = CliRunner.run("convert", "tei/samples/web-memo-harbour.txt", "-o", dir.toString(),
                "--format", "foo");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("expected one of web-capture, markdown-export, teikit but was 'foo'");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void twoFilesOfOneNameInTwoFoldersAreAnErrorNotASilentReplacement(@TempDir Path dir) throws Exception {
        Path a = Files.copy(Path.of("tei/reference/teikit-shape.xml"), Files.createDirectories(dir.resolve("a")).resolve("x.xml"));
        String shape = Files.readString(a);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.xml"),
                shape.replaceFirst("<p>", "<p>The other one. "), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRunner run = CliRunner.run("render", a.toString(), b.toString(), "--to", "html", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(run.err()).contains(b + ": error: its output " + out.resolve("x.html") + " would replace that of " + a);
        assertThat(Files.readString(out.resolve("x.html"))).doesNotContain("The other one.");
    }

    @Test
    void labelsPutThePagesAndTheFoInAnotherLanguage(@TempDir Path dir) throws Exception {
        Path letter = Files.copy(Path.of("tei/reference/teikit-shape.xml"), dir.resolve("letter.xml"));
        CliRunner html = CliRunner.run("render", letter.toString(), "--to", "html", "-o", dir.resolve("h").toString(),
                "--labels", "de");
        assertThat(html.exitCode()).as(html.err()).isZero();
        org.w3c.dom.Document page = org.teikit.render.html.HtmlTestSupport.parse(
                Files.readString(dir.resolve("h/letter.html")));
        org.xmlunit.xpath.XPathEngine xpath = org.teikit.render.html.HtmlTestSupport.xpath();
        assertThat(xpath.evaluate("/h:html/@lang", page)).isEqualTo("de");
        assertThat(xpath.evaluate("//h:h2[@id = 'tk-cite-heading']", page)).isEqualTo("Zitierempfehlung");
        assertThat(html.errLines()).isEmpty();

        CliRunner fo = CliRunner.run("render", letter.toString(), "--to", "fo", "-o", dir.resolve("f").toString(),
                "--labels=de");
        assertThat(fo.exitCode()).as(fo.err()).isZero();
        assertThat(Files.readString(dir.resolve("f/letter.fo"))).contains(">Seite <fo:page-number/> von <");
    }

    @Test
    void unknownLabelsGiveEnglishAndOneWarning(@TempDir Path dir) throws Exception {
        Path letter = Files.copy(Path.of("tei/reference/teikit-shape.xml"), dir.resolve("letter.xml"));
        Files.copy(letter, dir.resolve("other.xml"));
        CliRunner run = CliRunner.run("render", dir.toString(), "--to", "html", "-o", dir.resolve("h").toString(),
                "--labels", "tlh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).containsExactly(
                "teikit: warning: no labels in 'tlh' (there are en, de, fr, es, ru); the pages use English");
        org.w3c.dom.Document page = org.teikit.render.html.HtmlTestSupport.parse(
                Files.readString(dir.resolve("h/letter.html")));
        assertThat(org.teikit.render.html.HtmlTestSupport.xpath().evaluate("//h:h2[@id = 'tk-cite-heading']", page))
                .isEqualTo("How to cite this edition");
    }
}
