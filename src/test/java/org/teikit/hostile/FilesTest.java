package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.io.AtomicFiles;

/**
 * Files: no command changes an input (checksums before and after each), outputs are readable like
 * ordinary files, and an output that would overwrite an input, or a build folder inside its input
 * folder, is refused; an output folder that is a file, a folder in the way of an output and output
 * names too long for the file system are each one clear line.
 */
class FilesTest {

    @TempDir
    Path tmp;

    @Test
    void atomicOutputsAreReadableLikeOrdinaryFiles() throws IOException {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class));
        Path file = tmp.resolve("sub/page.html");
        AtomicFiles.writeString(file, "<p>hello</p>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        AtomicFiles.writeString(file, "<p>again</p>");
        assertThat(Files.readString(file)).isEqualTo("<p>again</p>");
        assertThat(OutputChecks.hiddenFiles(tmp)).as("no temporary file left behind").isEmpty();
    }

    @Test
    void noCommandChangesAnInput() throws IOException {
        Path in = inputs();
        Map<String, String> before = Cli.checksums(in);
        Map<String, Long> modified = lastModified(in);
        Path tei = in.resolve("shape.xml");
        List<String[]> commands = List.of(
                new String[] {"convert", in.resolve("telegram.txt").toString(), "-o", tmp.resolve("o1").toString()},
                new String[] {"validate", tei.toString()},
                new String[] {"render", "--to", "html", tei.toString(), "-o", tmp.resolve("o2").toString()},
                new String[] {"render", "--to", "fo", tei.toString(), "-o", tmp.resolve("o3").toString()},
                new String[] {"render", "--to", "pdf", tei.toString(), "-o", tmp.resolve("o4").toString()},
                new String[] {"build", in.toString(), "-o", tmp.resolve("o5").toString(), "-q"});
        for (String[] command : commands) {
            Cli run = Cli.run(command);
            // 0, or 1 when a document has errors (the invented transcription has no publisher, which the
            // project schema wants); never a usage error or a crash.
            assertThat(run.exitCode()).as(String.join(" ", command) + "\n" + run.all()).isIn(0, 1);
            assertThat(Cli.checksums(in)).as(command[0] + " left the inputs as they were").isEqualTo(before);
            assertThat(lastModified(in)).as(command[0] + " did not touch the inputs").isEqualTo(modified);
        }
    }

    @Test
    void renderRefusesAnOutputThatIsItsInput() throws IOException {
        Path in = inputs();
        // A TEI document saved with the extension of the output.
        Files.copy(in.resolve("shape.xml"), in.resolve("shape.html"));
        Map<String, String> before = Cli.checksums(in);
        Cli run = Cli.run("render", "--to", "html", in.resolve("shape.html").toString(), "-o", in.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("shape.html: error: the output would overwrite this input");
        assertThat(Cli.checksums(in)).isEqualTo(before);
    }

    @Test
    void convertRefusesAReportThatWouldOverwriteAnInput() throws IOException {
        Path in = inputs();
        // telegram's report would be telegram.report.txt, which is itself an input here.
        Files.copy(in.resolve("telegram.txt"), in.resolve("telegram.report.txt"));
        Map<String, String> before = Cli.checksums(in);
        Cli run = Cli.run("convert", in.resolve("telegram.txt").toString(), in.resolve("telegram.report.txt").toString(),
                "-o", in.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("telegram.report.txt: error: the output would overwrite this input");
        assertThat(Cli.checksums(in)).containsAllEntriesOf(before);
    }

    @Test
    void buildRefusesAnOutputFolderThatIsOrIsInsideItsInputFolder() throws IOException {
        Path in = inputs();
        Map<String, String> before = Cli.checksums(in);
        for (Path out : List.of(in, in.resolve("site"), in.resolve("a/b/../site"))) {
            Cli run = Cli.run("build", in.toString(), "-o", out.toString(), "-q");
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).contains("inside the input folder");
            assertThat(Cli.checksums(in)).isEqualTo(before);
        }
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndNothingElse() throws IOException {
        Path in = inputs();
        Path file = Files.writeString(tmp.resolve("out"), "mine");
        for (String[] command : List.of(
                new String[] {"convert", in.resolve("telegram.txt").toString(), "-o", file.toString()},
                new String[] {"render", "--to", "html", in.resolve("shape.xml").toString(), "-o", file.toString()})) {
            Cli run = Cli.run(command);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err().lines()).singleElement().asString()
                    .endsWith("out: error: the output folder is a file; name a folder, or remove the file [io.not-a-folder]");
            assertThat(file).hasContent("mine");
        }
    }

    @Test
    void aFolderInTheWayOfOneOutputFailsThatInputAloneAndTheRestAreWritten() throws IOException {
        Path in = inputs();
        Files.copy(in.resolve("shape.xml"), in.resolve("other.xml"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("shape.html"));

        Cli run = Cli.run("render", "--to", "html", in.resolve("shape.xml").toString(), in.resolve("other.xml").toString(),
                "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("shape.xml: error: " + out.resolve("shape.html")
                + ": a folder of that name is in the way of the output [io.error]");
        assertThat(out.resolve("other.html")).isRegularFile();
        assertThat(OutputChecks.hiddenFiles(out)).as("no temporary file left behind").isEmpty();
    }

    @Test
    void anInputWhoseOutputNamesAreTooLongIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("long"));
        // The TEI's name (250 bytes) fits, its report's (257) does not: nothing is written for it.
        Path input = Files.copy(inputs().resolve("telegram.txt"), in.resolve("a".repeat(246) + ".txt"));
        Path out = tmp.resolve("out");

        Cli run = Cli.run("convert", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains("is longer than file systems allow (255 bytes); shorten the input's name"
                + " [io.name-too-long]");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLongOutputNameStillGetsATemporaryFile() throws IOException {
        // In UTF-8, 245 and 249 bytes: they fit, their temporary names (with 26 more) would not unless cut,
        // the second between four-byte characters.
        for (String name : List.of("\u00e9".repeat(120) + ".html", "\ud83d\ude00".repeat(61) + ".html")) {
            AtomicFiles.writeString(tmp.resolve(name), "<p>long</p>");
            assertThat(tmp.resolve(name)).hasContent("<p>long</p>");
        }
        assertThat(OutputChecks.hiddenFiles(tmp)).as("no temporary file left behind").isEmpty();
    }

    @Test
    void renderCopiesTheImagesAPageShowsBesideItAndNeedsNoneWhenWrittenInPlace() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("letters"));
        Files.createDirectories(in.resolve("img"));
        Files.writeString(in.resolve("img").resolve("p1.png"), "picture");
        Files.writeString(tmp.resolve("far.png"), "outside");
        Files.writeString(in.resolve("letter.xml"), Files.readString(Path.of("tei/reference/teikit-shape.xml"))
                .replaceFirst("<p>", "<p><graphic url=\"img/p1.png\"/><graphic url=\"../far.png\"/>"));
        // Not beside the input folder: the page's ../far.png would be site/far.png, where no image is.
        Path out = tmp.resolve("site").resolve("out");

        Cli elsewhere = Cli.run("render", "--to", "html", in.resolve("letter.xml").toString(), "-o", out.toString());

        assertThat(elsewhere.exitCode()).as(elsewhere.all()).isZero();
        assertThat(out.resolve("img").resolve("p1.png")).hasContent("picture");
        assertThat(elsewhere.err()).contains("../far.png, which is not in the input folder beside the document;"
                + " it is not copied beside the page. [page.image-outside]");
        assertThat(tmp.resolve("site").resolve("far.png")).doesNotExist();

        Cli inPlace = Cli.run("render", "--to", "html", in.resolve("letter.xml").toString(), "-o", in.toString());
        assertThat(inPlace.exitCode()).as(inPlace.all()).isZero();
        assertThat(inPlace.err()).doesNotContain("page.image");
    }

    /** An image named by an absolute path or a URL is not copied, and the page says why, at its graphic. */
    @Test
    void renderSaysWhyAnImageNamedByAnAbsolutePathOrAUrlIsNotCopied() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(in.resolve("letter.xml"), Files.readString(Path.of("tei/reference/teikit-shape.xml"))
                .replaceFirst("<p>", "<p><graphic url=\"/scans/p1.png\"/><graphic url=\"file:///home/ed/p2.jpg\"/>"
                        + "<graphic url=\"https://example.org/p3.png?size=full\"/><graphic url=\"https://example.org/iiif\"/>"));

        Cli cli = Cli.run("render", "--to", "html", in.resolve("letter.xml").toString(), "-o", tmp.resolve("out").toString());

        assertThat(cli.exitCode()).as(cli.all()).isZero();
        assertThat(cli.err()).containsPattern("letter.xml:\\d+:\\d+: warning: The page shows the image /scans/p1.png from "
                + "the root of the web site .*\\[page.image-absolute\\]");
        assertThat(cli.err()).containsPattern("letter.xml:\\d+:\\d+: warning: The page shows a marker for the image "
                + "file:///home/ed/p2.jpg, not the image.*\\[page.image-file-url\\]");
        assertThat(cli.all()).contains("https://example.org/p3.png?size=full, not the image", "[page.image-remote]");
        assertThat(cli.all()).doesNotContain("https://example.org/iiif,");
    }

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("telegram.txt"), Transcriptions.with("teikit", "The envoy left."),
                StandardCharsets.UTF_8);
        Files.copy(Path.of("tei/reference/teikit-shape.xml"), in.resolve("shape.xml"));
        return in;
    }

    private static Map<String, Long> lastModified(Path dir) throws IOException {
        Map<String, Long> times = new java.util.TreeMap<>();
        for (Path p : OutputChecks.visibleFiles(dir)) {
            times.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
        }
        return times;
    }
}
