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
}
