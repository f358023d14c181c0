package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;

/** The closing summary that the command line and the Maven plugin both print. */
class BuildResultTest {

    @Test
    void theSummaryCountsInWordsWithTheSingularForOne() {
        DocumentOutcome warned = new DocumentOutcome(Path.of("a.txt"), "a",
                List.of(Diagnostic.warning("a.txt", 1, 1, "r", "w")), false);
        DocumentOutcome clean = new DocumentOutcome(Path.of("b.txt"), "b", List.of(), true);
        BuildResult result = new BuildResult(List.of(warned, clean), List.of(),
                Map.of(Stage.VALIDATE, Duration.ofMillis(1_250), Stage.CONVERT, Duration.ofMillis(500)),
                Duration.ofMillis(2_390));

        assertThat(result.summary()).isEqualTo("2 documents (1 rebuilt, 1 up to date, 0 with errors), 0 errors,"
                + " 1 warning in 2.39s (convert 0.50s, validate 1.25s, summed over threads)");
    }

    @Test
    void aBuildOfOneDocumentAndNoTimesSaysSo() {
        BuildResult result = new BuildResult(List.of(new DocumentOutcome(Path.of("a.txt"), "a",
                List.of(Diagnostic.error("a.txt", 2, 3, "r", "e")), false)), List.of(), Map.of(), Duration.ZERO);

        assertThat(result.summary())
                .isEqualTo("1 document (1 rebuilt, 0 up to date, 1 with errors), 1 error, 0 warnings in 0.00s");
    }
}
