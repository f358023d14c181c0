package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.ConversionReport;
import org.teikit.io.Sha256;

/** The convert goal on a real transcription: what it writes, and the TEI files it must not replace. */
class ConvertMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private ConvertMojo convert() {
        ConvertMojo mojo = new ConvertMojo();
        mojo.setLog(log);
        mojo.incremental = true;
        mojo.outputTimestamp = "2026-01-01T00:00:00Z";
        mojo.transcriptionDirectory = project.resolve("src/main/transcriptions").toFile();
        mojo.convertedDirectory = project.resolve("src/main/tei").toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        return mojo;
    }

    private Path transcription() throws IOException {
        return source("tei/samples/web-memo-harbour.txt", "memo.txt");
    }

    /**
     * Copies a transcription into the project, a minute old: older than any TEI converted from it, even
     * within one tick of the file system's clock (as an edited transcription would be).
     */
    private Path source(String sample, String name) throws IOException {
        Path input = project.resolve("src/main/transcriptions").resolve(name);
        Files.createDirectories(input.getParent());
        Files.copy(Path.of(sample), input);
        return Files.setLastModifiedTime(input, FileTime.from(Instant.now().minusSeconds(60)));
    }

    /** Makes the transcription newer than the TEI, as an edit of it would, so the goal converts it again. */
    private static void touchLater(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void theJsonReportRecordsTheHashOfTheTeiWritten() throws Exception {
        transcription();
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        try (InputStream json = Files.newInputStream(project.resolve("src/main/tei/memo.report.json"))) {
            assertThat(ConversionReport.readTeiSha256(json)).contains(Sha256.of(tei));
        }
        assertThat(ConversionReport.handEdited(tei, project.resolve("src/main/tei/memo.report.json"))).isEmpty();
    }

    @Test
    void aTeiChangedByHandIsKeptAndItsTranscriptionIsAnErrorUntilOverwriteIsSet() throws Exception {
        Path input = transcription();
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        String edited = Files.readString(tei).replace("</TEI>", "<!-- checked against the original --></TEI>");
        Files.writeString(tei, edited);
        Files.writeString(input, Files.readString(input).replace("harbour", "harbor"));
        touchLater(input);

        assertThatThrownBy(() -> convert().execute()).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).anyMatch(l -> l.startsWith(tei + ": ")
                && l.contains("this TEI file was changed after 'teikit convert' wrote it")
                && l.endsWith("[io.would-overwrite-edits]"));
        assertThat(Files.readString(tei)).isEqualTo(edited);

        ConvertMojo forced = convert();
        forced.overwrite = true;
        forced.execute();
        assertThat(Files.readString(tei)).doesNotContain("checked against the original").contains("harbor");
    }

    @Test
    void aTeiTeikitDidNotWriteIsNeitherReplacedNorRemovedWhenItsTranscriptionFails() throws Exception {
        Path input = transcription();
        Files.write(input, new byte[0]); // an empty transcription cannot be converted
        touchLater(input);
        Path tei = Files.createDirectories(project.resolve("src/main/tei")).resolve("memo.xml");
        Files.writeString(tei, "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>");
        Files.setLastModifiedTime(tei, FileTime.from(Instant.now().minusSeconds(60)));

        assertThatThrownBy(() -> convert().execute()).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).anyMatch(l -> l.contains("was not written by 'teikit convert'"));
        assertThat(Files.readString(tei)).isEqualTo("<TEI xmlns='http://www.tei-c.org/ns/1.0'/>");
        assertThat(project.resolve("src/main/tei/memo.report.json")).doesNotExist();
    }

    @Test
    void aTeiOfTeikitsOwnIsRemovedWhenItsTranscriptionNoLongerConverts() throws Exception {
        Path input = transcription();
        convert().execute();
        Files.write(input, new byte[0]);
        touchLater(input);

        assertThatThrownBy(() -> convert().execute()).isInstanceOf(MojoFailureException.class);
        assertThat(project.resolve("src/main/tei/memo.xml")).doesNotExist();
    }

    @Test
    void theTeiAndReportsOfADeletedTranscriptionAreRemoved() throws Exception {
        Path input = transcription();
        Path other = source("tei/samples/export-letter-canal.txt", "letter.txt");
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        assertThat(tei).exists();
        Files.delete(input);

        convert().execute();
        assertThat(tei).doesNotExist();
        assertThat(project.resolve("src/main/tei/memo.report.txt")).doesNotExist();
        assertThat(project.resolve("src/main/tei/memo.report.json")).doesNotExist();
        assertThat(project.resolve("src/main/tei/letter.xml")).exists();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 0 transcriptions converted, 1 up to date, 1 removed"));

        Files.delete(other);
        convert().execute();
        assertThat(project.resolve("src/main/tei/letter.xml")).doesNotExist();
        assertThat(project.resolve("src/main/tei")).isEmptyDirectory();
    }

    @Test
    void theTeiOfADeletedTranscriptionIsKeptWhenAnEditorChangedIt() throws Exception {
        Path input = transcription();
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        String edited = Files.readString(tei).replace("</TEI>", "<!-- checked against the original --></TEI>");
        Files.writeString(tei, edited);
        Files.delete(input);

        convert().execute();
        assertThat(Files.readString(tei)).isEqualTo(edited);
        assertThat(log.at("WARN")).anyMatch(l -> l.startsWith("teikit: kept " + tei + ": its transcription is gone, but "
                + "this TEI file was changed after 'teikit convert' wrote it"));
    }

    @Test
    void theWarningsOfAnUpToDateTranscriptionAreReportedAgainAndFailTheBuildAgain() throws Exception {
        Path input = source("src/test/resources/ingest/f05-teikit-note-problems.txt", "notes.txt");
        ConvertMojo first = convert();
        first.failOnWarnings = true;
        assertThatThrownBy(first::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("4 warnings");
        List<String> warnings = List.copyOf(log.at("WARN"));
        assertThat(warnings).hasSize(4).anyMatch(l -> l.startsWith(input + ":7:61: ") && l.endsWith("[ingest.call-without-note]"));
        log.lines().clear();

        ConvertMojo second = convert();
        second.failOnWarnings = true;
        assertThatThrownBy(second::execute).isInstanceOf(MojoFailureException.class).hasMessageContaining("4 warnings");
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 0 transcriptions converted, 1 up to date"));
        assertThat(log.at("WARN")).isEqualTo(warnings);
    }

    @Test
    void aChangedFormatOrDateConvertsAgainAndAnUnknownFormatFailsTheBuild() throws Exception {
        transcription();
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        log.lines().clear();

        ConvertMojo bogus = convert();
        bogus.format = "bogus";
        assertThatThrownBy(bogus::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.at("ERROR")).anyMatch(l -> l.contains("unknown input format 'bogus'") && l.endsWith("[ingest.format]"));
        assertThat(tei).exists(); // a mistake in the settings removes nothing

        ConvertMojo forced = convert();
        forced.format = "web-capture";
        forced.execute();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 1 transcription converted, 0 up to date"));

        ConvertMojo redated = convert();
        redated.format = "web-capture";
        redated.outputTimestamp = "2027-02-03T00:00:00Z";
        redated.execute();
        assertThat(Files.readString(tei)).contains("<change when=\"2027-02-03T00:00:00Z\">");
    }

    /**
     * Inputs are compared by content: a transcription restored from an archive or a copy keeps its older
     * time (the TEI of the version it replaces was newer, and stayed), and one saved unchanged is no change.
     */
    @Test
    void aTranscriptionIsConvertedAgainWhenItsContentChangedWhateverItsTime() throws Exception {
        Path input = transcription();
        convert().execute();
        Path tei = project.resolve("src/main/tei/memo.xml");
        assertThat(Files.readString(tei)).contains("harbour");

        touchLater(input);
        log.lines().clear();
        convert().execute();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 0 transcriptions converted, 1 up to date"));

        Files.writeString(input, Files.readString(input).replace("harbour", "harbor"));
        Files.setLastModifiedTime(input, FileTime.from(Instant.now().minusSeconds(3600)));
        log.lines().clear();
        convert().execute();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: 1 transcription converted, 0 up to date"));
        assertThat(Files.readString(tei)).contains("harbor").doesNotContain("harbour");
    }

    /** Transcriptions converted on several threads: the same problems in the same order, and the same TEI. */
    @Test
    void transcriptionsConvertedAtOnceGiveWhatOneAtATimeGives() throws Exception {
        int n = 0;
        for (String sample : List.of("export-letter-canal", "export-report-river", "web-memo-harbour", "web-telegram-lorvania")) {
            source("tei/samples/" + sample + ".txt", "doc-" + ++n + ".txt");
        }
        Files.write(project.resolve("src/main/transcriptions/doc-0.txt"), new byte[] {'A', (byte) 0xC3, '\n'}); // not UTF-8
        List<List<String>> logs = new java.util.ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            ConvertMojo mojo = convert();
            mojo.threads = threads;
            mojo.convertedDirectory = project.resolve("target/tei-" + threads).toFile();
            log.lines().clear();
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
            logs.add(log.lines().stream().map(line -> line.replace("tei-" + threads, "tei-N")).toList());
        }
        assertThat(logs.get(1)).isEqualTo(logs.get(0)).anyMatch(line -> line.contains("doc-0.txt"))
                .anyMatch(line -> line.startsWith("INFO teikit: 4 transcriptions converted"));
        for (int i = 1; i <= 4; i++) {
            assertThat(Files.readString(project.resolve("target/tei-2/doc-" + i + ".xml")))
                    .isEqualTo(Files.readString(project.resolve("target/tei-1/doc-" + i + ".xml")));
        }
    }
}
