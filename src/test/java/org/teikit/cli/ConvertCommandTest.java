package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path tmp;

    @Test
    void helpAndVersionExitZero() {
        assertThat(CliRunner.run("--version").out()).startsWith("teikit ");
        CliRunner help = CliRunner.run("convert", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: teikit convert").contains("--output");
    }

    @Test
    void usageMistakeExitsTwoWithOneLine() {
        CliRunner run = CliRunner.run("convert", "a.txt", "-o", "out", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines().get(0)).startsWith("teikit: Unknown option: '--no-such-option'");
    }

    @Test
    void missingFileIsOneLineAndNothingWritten() throws IOException {
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("convert", tmp.resolve("nope.txt").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .endsWith("nope.txt: error: no such file or folder [io.missing]");
        assertNothingWritten(out);
    }

    @Test
    void aMissingNameBesideAFolderOfTranscriptionsStillExitsOne() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), folder.resolve("a.txt"));
        Files.copy(Path.of("tei/samples/export-letter-canal.txt"), folder.resolve("b.txt"));
        Path out = tmp.resolve("out");

        CliRunner run = CliRunner.run("convert", tmp.resolve("nope.txt").toString(), folder.toString(),
                "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().endsWith("nope.txt: error: no such file or folder [io.missing]");
        assertThat(out.resolve("a.xml")).isRegularFile();
        assertThat(out.resolve("b.xml")).isRegularFile();
    }

    /** A folder's README is no transcription: converting the folder leaves it out; named, it is converted. */
    @Test
    void aFoldersReadmeIsNotConvertedWithItUnlessNamed() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("README.md"), "Transcriptions of the harbour board, 1957.\n");
        Path out = tmp.resolve("out");

        CliRunner run = CliRunner.run("convert", folder.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("a.xml")).isRegularFile();
        assertThat(out.resolve("README.xml")).doesNotExist();

        assertThat(CliRunner.run("convert", folder.resolve("README.md").toString(), "-o", out.toString()).exitCode())
                .isZero();
        assertThat(out.resolve("README.xml")).isRegularFile();
    }

    @Test
    void aFolderWithoutTranscriptionsIsOneLineAndExitsOne() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(folder.resolve("notes.xml"), "<x/>");
        Path out = tmp.resolve("out");

        CliRunner run = CliRunner.run("convert", folder.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .endsWith("in: error: the folder holds no transcriptions (.txt, .md) [io.no-inputs]");
        assertNothingWritten(out);
    }

    @Test
    void emptyFileIsOneLineAndNothingWritten() throws IOException {
        assertOneErrorAndNothingWritten(new byte[0], "empty");
    }

    @Test
    void binaryFileIsOneLineAndNothingWritten() throws IOException {
        assertOneErrorAndNothingWritten(new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, (byte) 0xff, 0x10}, "binary");
    }

    @Test
    void nonUtf8FileIsOneLineAndNothingWritten() throws IOException {
        byte[] latin1 = "Memorandum\n\nThe minister\u2019s caf\u00e9 was closed.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertOneErrorAndNothingWritten(latin1, "UTF-8");
    }

    private void assertOneErrorAndNothingWritten(byte[] content, String messagePart) throws IOException {
        Path input = tmp.resolve("bad.txt");
        Files.write(input, content);
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("convert", input.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(input + ":")
                .contains(": error: ")
                .containsIgnoringCase(messagePart);
        assertNothingWritten(out);
        assertThat(Files.readAllBytes(input)).isEqualTo(content);
    }

    private static void assertNothingWritten(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void convertingAgainReplacesTheTeiAsTeikitWroteIt() throws IOException {
        Path input = copyOfSample();
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("convert", input.toString(), "-o", out.toString()).exitCode()).isZero();
        Files.writeString(input, Files.readString(input).replace("harbour", "harbor"));
        CliRunner again = CliRunner.run("convert", input.toString(), "-o", out.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("memo.xml"))).contains("harbor");
    }

    @Test
    void aTeiChangedByHandIsNotReplaced() throws IOException {
        Path input = copyOfSample();
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("convert", input.toString(), "-o", out.toString()).exitCode()).isZero();
        Path tei = out.resolve("memo.xml");
        String edited = Files.readString(tei).replace("</TEI>", "<!-- checked against the original --></TEI>");
        Files.writeString(tei, edited);
        byte[] report = Files.readAllBytes(out.resolve("memo.report.json"));

        CliRunner again = CliRunner.run("convert", input.toString(), "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString()
                .startsWith(tei + ": error: this TEI file was changed after 'teikit convert' wrote it")
                .endsWith("[io.would-overwrite-edits]");
        assertThat(Files.readString(tei)).isEqualTo(edited);
        assertThat(Files.readAllBytes(out.resolve("memo.report.json"))).isEqualTo(report);

        CliRunner forced = CliRunner.run("convert", input.toString(), "-o", out.toString(), "--overwrite");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(tei)).doesNotContain("checked against the original");
    }

    @Test
    void aTeiNotWrittenByConvertIsNotReplaced() throws IOException {
        Path input = copyOfSample();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path tei = out.resolve("memo.xml");
        Files.writeString(tei, "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>");
        CliRunner run = CliRunner.run("convert", input.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("was not written by 'teikit convert'");
        assertThat(Files.readString(tei)).isEqualTo("<TEI xmlns='http://www.tei-c.org/ns/1.0'/>");
        assertThat(out.resolve("memo.report.json")).doesNotExist();
    }

    private Path copyOfSample() throws IOException {
        Path input = tmp.resolve("memo.txt");
        Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), input);
        return input;
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadAsInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path memo = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.resolve("memo.txt"));
        Path out = in.resolve("tei");
        assertThat(CliRunner.run("convert", in.toString(), "-o", out.toString()).exitCode()).isZero();
        Files.writeString(memo, Files.readString(memo).replace("harbour", "harbour (edited)"), StandardCharsets.UTF_8);

        // The second run took the first's text report (tei/memo.report.txt) for a transcription.
        CliRunner again = CliRunner.run("convert", in.toString(), "-o", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(memo + " -> " + out.resolve("memo.xml") + System.lineSeparator());
        assertThat(Files.readString(out.resolve("memo.xml"))).contains("harbour (edited)");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("memo.xml", "memo.report.json", "memo.report.txt");
        }
    }

    @Test
    void convertingIntoTheInputFolderItselfTwiceReadsNoReportBack() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path memo = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.resolve("memo.txt"));
        assertThat(CliRunner.run("convert", in.toString(), "-o", in.toString()).exitCode()).isZero();

        CliRunner again = CliRunner.run("convert", in.toString(), "-o", in.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(memo + " -> " + in.resolve("memo.xml") + System.lineSeparator());
    }

    @Test
    void twoInputsWithOneOutputAreAnErrorNotASilentReplacement() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in").resolve("sub"));
        Path first = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.getParent().resolve("memo.md"));
        Files.writeString(in.getParent().resolve("memo.txt"), "Another text.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("memo.txt"), "A third text.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        CliRunner run = CliRunner.run("convert", in.getParent().toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).filteredOn(line -> line.endsWith("[io.output-clash]")).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("would replace that of " + first));
        assertThat(Files.readString(out.resolve("memo.xml"))).doesNotContain("Another text", "A third text");
    }

    /** Outputs whose names differ in case only would be one file on macOS and Windows: a clash too. */
    @Test
    void twoInputsWhoseOutputsDifferInCaseOnlyAreAnErrorToo() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path first = Files.copy(Path.of("tei/samples/web-memo-harbour.txt"), in.resolve("Memo.md"));
        Path second = Files.writeString(in.resolve("memo.txt"), "Another text.\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        CliRunner run = CliRunner.run("convert", first.toString(), second.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).filteredOn(line -> line.endsWith("[io.output-clash]")).singleElement()
                .satisfies(line -> assertThat(line).startsWith(second + ": error:").contains("would replace that of " + first));
        assertThat(out.resolve("Memo.xml")).isRegularFile();
        assertThat(out.resolve("memo.xml")).doesNotExist();
    }

    /** Transcriptions converted on several threads: the same lines, in the files' order, and the same TEI. */
    @Test
    void filesConvertedAtOnceSayTheSameAsOneAtATime() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> samples = Files.list(Path.of("tei/samples"))) {
            for (Path sample : samples.sorted().toList()) {
                Files.copy(sample, in.resolve(sample.getFileName()));
            }
        }
        Files.write(in.resolve("broken.txt"), new byte[] {'A', (byte) 0xC3, '\n'}); // not UTF-8
        CliRunner one = CliRunner.run("convert", in.toString(), "-o", tmp.resolve("one").toString(),
                "--date", "2026-01-01", "-j", "1");
        CliRunner two = CliRunner.run("convert", in.toString(), "-o", tmp.resolve("two").toString(),
                "--date", "2026-01-01", "-j", "2");
        assertThat(two.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
        assertThat(two.out().replace(tmp.resolve("two").toString(), "OUT"))
                .isEqualTo(one.out().replace(tmp.resolve("one").toString(), "OUT"));
        assertThat(two.out().lines()).hasSize(4);
        assertThat(two.err()).isEqualTo(one.err()).contains("broken.txt");
        try (Stream<Path> written = Files.list(tmp.resolve("one"))) {
            for (Path file : written.toList()) {
                assertThat(Files.readString(tmp.resolve("two").resolve(file.getFileName())))
                        .isEqualTo(Files.readString(file).replace(tmp.resolve("one").toString(), tmp.resolve("two").toString()));
            }
        }
    }
}
