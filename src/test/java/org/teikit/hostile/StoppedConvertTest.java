package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.io.AtomicFiles;

/**
 * A {@code teikit convert} stopped the way a user stops it (Ctrl-C, or a plain kill: the JVM exits
 * through its shutdown hooks) while it writes a large TEI file leaves no hidden temporary file and
 * no output: the file being written is removed as the JVM exits. (A hard kill, which no program can
 * clean up after, is {@link KilledBuildTest}'s: the next build removes what it left.)
 */
class StoppedConvertTest {

    @TempDir
    Path tmp;

    @Test
    void stoppedConvertLeavesNoTemporaryFile() throws Exception {
        Path input = tmp.resolve("memo.txt");
        writeLarge(Path.of("tei/samples/web-memo-harbour.txt"), input, 40_000_000);
        Path out = Files.createDirectories(tmp.resolve("out"));

        Process convert = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.teikit.cli.Main",
                "convert", input.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("convert.log").toFile()).start();
        // Stopped while the TEI is being written, that is while its temporary file exists.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (OutputChecks.hiddenFiles(out).stream().noneMatch(AtomicFiles::isLeftover) && convert.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(convert.isAlive()).as("the conversion was writing when stopped").isTrue();
        convert.destroy(); // SIGTERM
        assertThat(convert.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(OutputChecks.hiddenFiles(out)).noneMatch(AtomicFiles::isLeftover);
        assertThat(OutputChecks.visibleFiles(out)).isEmpty();
    }

    /** The sample with its longest paragraph repeated until the file has about {@code size} bytes. */
    private static void writeLarge(Path sample, Path target, long size) throws IOException {
        List<String> lines = Files.readAllLines(sample);
        String paragraph = lines.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
                if (line == paragraph) {
                    for (long written = 0; written < size; written += paragraph.length() + 2) {
                        out.write('\n');
                        out.write(paragraph);
                        out.write('\n');
                    }
                }
            }
        }
    }
}
