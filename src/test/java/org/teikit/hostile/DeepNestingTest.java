package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document whose elements nest deeper than rendering can follow (2,000 levels of {@code hi}) is
 * refused with one located error naming the depth, not Saxon's "the stylesheet may be looping"
 * without a place; nothing is written.
 */
class DeepNestingTest {

    private static final int LEVELS = 2000;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo", "pdf"})
    void tooDeepADocumentIsOneLocatedError(String to) throws Exception {
        String head = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"><teiHeader><fileDesc><titleStmt>"
                + "<title>Deep</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
                + "</sourceDesc></fileDesc></teiHeader><text><body><p>";
        String open = "<hi>x".repeat(LEVELS);
        Path tei = tmp.resolve("deep.xml");
        Files.writeString(tei, head + open + "</hi>".repeat(LEVELS) + "</p></body></text></TEI>");
        Path out = tmp.resolve("out");

        // On a thread with a small stack, so that the depth is too much whatever the JVM's defaults.
        AtomicReference<Cli> result = new AtomicReference<>();
        Thread render = new Thread(null, () -> result.set(Cli.run("render", tei.toString(), "--to", to,
                "-o", out.toString())), "small-stack", 512 * 1024);
        render.start();
        render.join();

        Cli run = result.get();
        assertThat(run.exitCode()).isEqualTo(1);
        String deepest = tei + ":1:" + (head.length() + open.length() - "x".length() + 1) + ": error: ";
        assertThat(run.err().lines().filter(l -> l.contains(": error: ")))
                .singleElement().asString()
                .startsWith(deepest + "elements are nested " + (LEVELS + 4) + " levels deep here")
                .endsWith("[render.too-deep]");
        assertThat(run.all()).doesNotContain("looping").doesNotContain("Exception");
        assertNothingIn(out);
    }

    private static void assertNothingIn(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (var files = Files.list(out)) {
                assertThat(files.filter(p -> !p.getFileName().toString().startsWith("teikit."))).isEmpty();
            }
        }
    }
}
