package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render goal on the example edition's TEI, run twice: what a second run redoes (a changed option)
 * and what it removes (the outputs of a deleted document). HTML and FO only, to stay quick.
 */
class RenderMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private RenderMojo render(String... formats) {
        RenderMojo mojo = new RenderMojo();
        mojo.setLog(log);
        mojo.incremental = true;
        mojo.outputTimestamp = "2026-01-01T00:00:00Z";
        mojo.teiDirectory = project.resolve("src/main/tei").toFile();
        mojo.convertedDirectory = project.resolve("target/tei").toFile();
        mojo.outputDirectory = project.resolve("target/edition").toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.paper = "A4";
        mojo.formats = List.of(formats);
        mojo.site = true;
        return mojo;
    }

    private Path edition(String name) throws IOException {
        Path tei = project.resolve("src/main/tei/" + name + ".xml");
        Files.createDirectories(tei.getParent());
        Files.copy(Path.of("examples/edition/src/main/tei/" + name + ".xml"), tei);
        // Older than anything the goal writes, even within the file system's clock tick.
        return Files.setLastModifiedTime(tei, FileTime.from(Instant.now().minusSeconds(60)));
    }

    private Path out(String relative) {
        return project.resolve("target/edition").resolve(relative);
    }

    @Test
    void theOutputsOfADeletedDocumentAreRemovedAndTheIndexNoLongerListsIt() throws Exception {
        Path letter = edition("letter-ferry");
        edition("report-orchard");
        render("html", "fo").execute();
        assertThat(out("letter-ferry.html")).exists();
        assertThat(out("letter-ferry.fo")).exists();
        assertThat(out("tei/letter-ferry.xml")).exists();
        assertThat(Files.readString(out("index.html"))).contains("letter-ferry.html").contains("report-orchard.html");
        Files.delete(letter);
        log.lines().clear();

        render("html", "fo").execute();
        assertThat(out("letter-ferry.html")).doesNotExist();
        assertThat(out("letter-ferry.fo")).doesNotExist();
        assertThat(out("tei/letter-ferry.xml")).doesNotExist();
        assertThat(out("report-orchard.html")).exists();
        assertThat(Files.readString(out("index.html"))).doesNotContain("letter-ferry").contains("report-orchard.html");
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 0 files written, 2 up to date, 3 removed, "
                + "site pages written"));
    }

    @Test
    void aChangedPaperRendersAgain() throws Exception {
        edition("report-orchard");
        render("fo").execute();
        assertThat(Files.readString(out("report-orchard.fo"))).contains("page-width=\"210mm\"");

        render("fo").execute();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 0 files written, 1 up to date"));

        RenderMojo letter = render("fo");
        letter.paper = "LETTER";
        letter.execute();
        assertThat(Files.readString(out("report-orchard.fo"))).contains("page-width=\"8.5in\"");
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 1 file written, 0 up to date"));
    }

    @Test
    void aFormatLeftOutIsRemoved() throws Exception {
        edition("report-orchard");
        render("html", "fo").execute();
        assertThat(out("report-orchard.fo")).exists();

        render("html").execute();
        assertThat(out("report-orchard.fo")).doesNotExist();
        assertThat(out("report-orchard.html")).exists();
    }
}
