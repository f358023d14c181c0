package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Conversion;
import org.teikit.Diagnostic;

/**
 * One folder of invented transcriptions (src/test/resources/ingest/), each with its golden TEI
 * ({@code name.xml}) and its expected diagnostics ({@code name.diagnostics}, one
 * {@code severity rule line:column} per line). Regenerate both with {@code -Dteikit.regenerate=true}
 * and review them.
 */
class FixtureTest {

    @TestFactory
    Stream<DynamicContainer> fixtures() {
        List<Path> fixtures = TestFiles.fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(12);
        return fixtures.stream().map(p -> DynamicContainer.dynamicContainer(p.getFileName().toString(), Stream.of(
                DynamicTest.dynamicTest("golden TEI, valid tei_all",
                        () -> SampleGoldenTest.assertGolden(p, TestFiles.sibling(p, ".xml"))),
                DynamicTest.dynamicTest("expected diagnostics", () -> assertDiagnostics(p)),
                DynamicTest.dynamicTest("nothing lost", () -> NothingLostTest.check(p)))));
    }

    private static void assertDiagnostics(Path p) throws Exception {
        Conversion c = TestFiles.convert(p);
        List<String> actual = c.report().diagnostics().stream().map(FixtureTest::line).toList();
        Path expected = TestFiles.sibling(p, ".diagnostics");
        if (Boolean.getBoolean("teikit.regenerate")) {
            Files.write(expected, actual);
        }
        assertThat(actual).as(c.report().toText()).containsExactlyElementsOf(
                Files.readAllLines(expected).stream().filter(l -> !l.isBlank()).toList());
    }

    private static String line(Diagnostic d) {
        return d.severity().word() + " " + d.rule() + " " + d.line() + ":" + d.column();
    }
}
