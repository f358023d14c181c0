package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.bench.CorpusGenerator;
import org.teikit.io.AtomicFiles;

/**
 * A {@code teikit build} of 200 transcriptions killed with SIGKILL mid-way, in a child JVM: every
 * output it left is complete or absent, leftover temporary files are hidden and never taken for
 * outputs or inputs, the inputs are untouched, and a rerun completes the edition. A build stopped
 * with SIGTERM (as Ctrl-C stops it) saves what it finished, and the rerun redoes only the rest.
 */
class KilledBuildTest {

    private static final int DOCUMENTS = 200;

    @TempDir
    Path tmp;

    @Test
    void killedBuildLeavesOnlyCompleteOutputsAndARerunFinishes() throws Exception {
        Path in = tmp.resolve("in");
        CorpusGenerator.generate(in, DOCUMENTS, 3000, 11L);
        Map<String, String> inputs = Cli.checksums(in);
        Path out = tmp.resolve("out");

        Process build = start(in, out, "-q");
        // Kill once some documents are finished (PDFs come last in a document's build), well before the end.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countPdfs(out) < 20 && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(build.isAlive()).as("the build was still running when killed").isTrue();
        build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<Path> left = OutputChecks.visibleFiles(out);
        assertThat(countPdfs(out)).as("killed before the end").isLessThan(DOCUMENTS);
        for (Path file : left) {
            OutputChecks.assertComplete(file);
            assertThat(file.getFileName().toString()).doesNotEndWith(".tmp");
        }
        for (Path hidden : OutputChecks.hiddenFiles(out)) {
            assertThat(hidden.getFileName().toString()).matches("\\.teikit-build\\.(json|lock)|\\..+\\.tmp");
        }
        assertThat(Cli.checksums(in)).isEqualTo(inputs);

        Process rerun = start(in, out, "-q");
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).as("the rerun finished").isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(tmp.resolve("build.log"))).isZero();
        for (int i = 0; i < DOCUMENTS; i++) {
            String name = String.format("doc-%05d", i);
            for (Path expected : List.of(out.resolve(name + ".html"), out.resolve(name + ".pdf"),
                    out.resolve("tei").resolve(name + ".xml"))) {
                assertThat(expected).exists();
            }
        }
        for (Path file : OutputChecks.visibleFiles(out)) {
            OutputChecks.assertComplete(file);
        }
        // The rerun knew the killed build was cut short and removed its temporary files.
        assertThat(OutputChecks.hiddenFiles(out)).noneMatch(AtomicFiles::isLeftover);
        assertThat(out.resolve("index.html")).exists();
        assertThat(Cli.checksums(in)).isEqualTo(inputs);
    }

    @Test
    void aStoppedBuildSavesWhatItFinishedAndTheRerunRedoesOnlyTheRest() throws Exception {
        int documents = 400;
        Path in = tmp.resolve("in");
        CorpusGenerator.generate(in, documents, 3000, 12L);
        Path out = tmp.resolve("out");

        Process build = start(in, out, "--no-pdf");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(out, ".html") < 80 && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(build.isAlive()).as("the build was still running when stopped").isTrue();
        build.destroy(); // SIGTERM
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).as("the build stopped").isTrue();
        long pages = count(out, ".html");
        assertThat(pages).as("stopped before the end").isLessThan(documents);

        Process rerun = start(in, out, "--no-pdf");
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).as("the rerun finished").isTrue();
        String log = Files.readString(tmp.resolve("build.log"));
        assertThat(rerun.exitValue()).as(log).isZero();
        java.util.regex.Matcher summary = java.util.regex.Pattern
                .compile(documents + " documents \\((\\d+) rebuilt, (\\d+) up to date").matcher(log);
        assertThat(summary.find()).as(log).isTrue();
        // Pages written but not yet recorded when the build stopped: at most a batch (16) per thread.
        assertThat(Long.parseLong(summary.group(2))).as(log).isPositive().isGreaterThanOrEqualTo(pages - 2 * 16);
        assertThat(count(out, ".html")).isEqualTo(documents + 2); // and index.html, names.html
    }

    private Process start(Path in, Path out, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.teikit.cli.Main");
        command.addAll(List.of("build", in.toString(), "-o", out.toString(), "-j", "2",
                "--date", "2026-01-01T00:00:00Z"));
        command.addAll(List.of(options));
        File log = tmp.resolve("build.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static long countPdfs(Path out) throws IOException {
        return count(out, ".pdf");
    }

    private static long count(Path out, String suffix) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (var files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
