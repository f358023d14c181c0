package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Conversion;
import org.teikit.ConversionReport;

/** The file-to-file conversion (streamed TEI) writes exactly the bytes of the in-memory one, and nothing on failure. */
class StreamedConversionTest {

    @TempDir
    Path tmp;

    @Test
    void streamedTeiIsByteIdenticalToTheStringForEverySampleSeedAndFixture() throws Exception {
        List<Path> inputs = new ArrayList<>(TestFiles.samples());
        inputs.addAll(TestFiles.seeds());
        inputs.addAll(TestFiles.fixtures());
        assertThat(inputs).hasSizeGreaterThan(5);
        for (Path input : inputs) {
            Conversion inMemory = TestFiles.CONVERTER.convertFile(input, null);
            Path target = tmp.resolve(input.getFileName() + ".xml");
            ConversionReport report = TestFiles.CONVERTER.convertFile(input, target, null);
            byte[] written = Files.readAllBytes(target);
            assertThat(written).as(input.toString()).isEqualTo(inMemory.tei().getBytes(StandardCharsets.UTF_8));
            // The same report, recording the SHA-256 of the file it wrote.
            assertThat(report).as(input.toString())
                    .isEqualTo(inMemory.report().withTeiSha256(org.teikit.io.Sha256.of(written)));
            assertThat(inMemory.report().teiSha256()).isEmpty();
        }
    }

    @Test
    void failedConversionWritesNothingAndReportsTheError() throws Exception {
        Path input = tmp.resolve("binary.txt");
        Files.write(input, new byte[] {'a', 0, 'b'});
        Path target = tmp.resolve("out/binary.xml");
        ConversionReport report = TestFiles.CONVERTER.convertFile(input, target, null);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.diagnostics().get(0).file()).isEqualTo(input.toString());
        assertThat(target).doesNotExist();
    }
}
