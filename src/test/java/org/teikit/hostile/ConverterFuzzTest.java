package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.teikit.Conversion;
import org.teikit.Teikit;
import org.teikit.testing.TeiAll;

/**
 * Fuzz targets for each transcription reader, through {@link Teikit#convert(String, byte[], String)}:
 * no exception, under a second per input, and any TEI produced is well-formed and tei_all-valid.
 * In {@code mvn verify} they replay the committed inputs in
 * {@code src/test/resources/org/teikit/hostile/ConverterFuzzTestInputs/<target>/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see the README).
 */
class ConverterFuzzTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();

    static {
        // Load the readers' classes once, so that the first input's time is not the JVM's warm-up.
        TEIKIT.convert("warm-up.txt", Transcriptions.with("teikit", "Warm up.").getBytes(StandardCharsets.UTF_8), null);
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void teikit(byte[] input) {
        check(input, "teikit");
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void markdownExport(byte[] input) {
        check(input, "markdown-export");
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void webCapture(byte[] input) {
        check(input, "web-capture");
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void detected(byte[] input) {
        check(input, null);
    }

    static void check(byte[] input, String format) {
        long start = System.nanoTime();
        Conversion conversion = TEIKIT.convert("fuzz.txt", input, format);
        FuzzChecks.assertFast(start);
        if (conversion.tei() != null) {
            FuzzChecks.assertWellFormedXml(conversion.tei().getBytes(StandardCharsets.UTF_8));
            assertThat(TeiAll.get().errors(conversion.tei())).as("tei_all errors").isEmpty();
        } else {
            assertThat(conversion.report().hasErrors()).as("no TEI and no error").isTrue();
        }
    }
}
