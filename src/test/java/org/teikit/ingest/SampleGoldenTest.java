package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Conversion;
import org.teikit.Version;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;
import org.teikit.testing.TeiAll;

/**
 * The project's invented samples in tei/samples/ convert to their reviewed golden TEI in tei/reference/samples/ (compared as
 * normalised XML), and every output is valid TEI. Run with {@code -Dteikit.regenerate=true} to
 * rewrite the golden files after a deliberate change, then review the diff before committing.
 */
class SampleGoldenTest {

    /** Where the reviewed TEI of each sample lives (apart from the samples, so a build of tei/samples sees only transcriptions). */
    private static final Path GOLDEN = Path.of("tei/reference/samples");

    @TestFactory
    Stream<DynamicTest> samplesMatchTheirGoldenTei() {
        return TestFiles.samples().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertGolden(p, GOLDEN.resolve(TestFiles.sibling(p, ".xml").getFileName()))));
    }

    static void assertGolden(Path source, Path golden) throws Exception {
        Conversion c = TestFiles.convert(source);
        assertThat(c.tei()).as("TEI for %s: %s", source, c.report().diagnostics()).isNotNull();
        // Golden files name no teikit version, so that a release does not change them.
        String actual = c.tei().replace("Converted by teikit " + Version.get() + " from", "Converted by teikit VERSION from");
        if (Boolean.getBoolean("teikit.regenerate")) {
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file").exists();
        Diff diff = DiffBuilder.compare(Input.fromPath(golden)).withTest(Input.fromString(actual))
                .ignoreWhitespace().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as("%s differs from %s: %s", source, golden, diff).isFalse();
        List<String> errors = TeiAll.get().errors(c.tei());
        assertThat(errors).as("tei_all validation of %s", source).isEmpty();
    }
}
