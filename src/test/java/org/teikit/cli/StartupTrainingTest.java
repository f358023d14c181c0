package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.io.Sha256;

/** The launcher's training run: a build of the samples, then a rebuild after one edit, the samples untouched. */
class StartupTrainingTest {

    private static final Path SAMPLES = Path.of("tei/samples");

    @Test
    void buildsACopyOfTheSamplesThenRebuildsItAfterAnEdit(@TempDir Path work) throws IOException {
        String before = Sha256.of(SAMPLES.resolve("export-letter-canal.txt"));

        assertThat(StartupTraining.train(SAMPLES, work)).isEqualTo(ExitCodes.OK);

        Path edition = work.resolve("edition");
        for (String name : new String[] {"export-letter-canal", "export-report-river", "web-memo-harbour",
            "web-telegram-lorvania"}) {
            assertThat(edition.resolve(name + ".html")).isRegularFile();
            assertThat(edition.resolve(name + ".pdf")).isRegularFile();
        }
        // The first transcription (by name) was edited, and the second build put the edit on its page.
        assertThat(work.resolve("in/export-letter-canal.txt")).content().contains("One more paragraph");
        assertThat(edition.resolve("export-letter-canal.html")).content().contains("One more paragraph");
        assertThat(Sha256.of(SAMPLES.resolve("export-letter-canal.txt"))).isEqualTo(before);
    }
}
