package org.teikit.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import org.teikit.Teikit;
import org.teikit.build.BuildOptions;
import org.teikit.build.BuildResult;
import org.teikit.build.EditionBuild;
import org.teikit.build.Stage;
import org.teikit.pipeline.Stages;
import org.teikit.render.CompiledStylesheet;

/**
 * The corpus benchmark of issue 8, run by {@code mvn -B -Pbench -DskipTests integration-test} after
 * {@code package} (it starts {@code target/teikit.jar} as a process). It measures, in one run:
 * <ol>
 * <li>the whole build (convert, validate, HTML; PDF off, it has its own benchmark) of a generated
 * corpus of 5,000 invented transcriptions (~50 MB, cached under {@code target/bench-corpus}) into a
 * fresh folder on all cores, per stage and as a whole, and the peak heap; measured after one build of
 * the same corpus has warmed the JVM up (that first build's time is printed too), twice, the better
 * kept;</li>
 * <li>the floor: Saxon-HE parsing and re-serialising the same TEI files unchanged, same thread count;</li>
 * <li>HTML rendering alone over the corpus TEI, same thread count;</li>
 * <li>an incremental rebuild with nothing changed, and with one transcription changed;</li>
 * <li>as whole processes: {@code teikit render} of the 4 MB FRUS volume against a Saxon-HE identity
 * transform in its own process, and a cold-start render of one small document (with and without an
 * archive of teikit's classes, and as the {@code ./teikit} launcher runs them: its JVM options and
 * its archive, an ahead-of-time cache on Java 25 and later), with each Java of {@code -Dbench.javas};
 * then the build and its rebuilds as {@code teikit build} processes.</li>
 * </ol>
 * Arguments: {@code [documents] [target folder]}; {@code -Dbench.skip.processes=true} leaves out the
 * measurements of whole processes; {@code -Dbench.javas=/path/to/java,...} names the Java executables
 * that run them (the one running the benchmark when unset).
 */
public final class CorpusBenchmark {

    private static final String IDENTITY = "<xsl:stylesheet version='3.0' "
            + "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:mode on-no-match='shallow-copy'/></xsl:stylesheet>";

    /** The JVM options the ./teikit launcher adds (see the script): C1 only, one compiler thread, the serial collector. */
    private static final String[] LAUNCHER_JVM = {"-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC"};

    private final List<String[]> table = new ArrayList<>();
    private final int threads = Runtime.getRuntime().availableProcessors();

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path target = Path.of(args.length > 1 ? args[1] : "target");
        new CorpusBenchmark().run(count, target);
    }

    private void run(int count, Path target) throws Exception {
        Path corpus = target.resolve("bench-corpus-" + count);
        generateOnce(corpus, count);
        long corpusBytes = sizeOf(corpus);
        System.out.printf(Locale.ROOT, "corpus: %d transcriptions, %.1f MB, %d threads, PDF off%n",
                count, corpusBytes / 1e6, threads);

        Teikit teikit = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
        BuildOptions options = BuildOptions.defaults().withPdf(false).withThreads(threads);
        Path edition = target.resolve("bench-edition");
        Path edition2 = target.resolve("bench-edition-2");
        deleteTree(edition);
        deleteTree(edition2);

        // Warm up the JVM the way a benchmark harness does: the same build once, into a throwaway
        // folder, so that the measured build runs compiled code like the floor it is compared with.
        // The first build's own time is printed too: it is what a fresh process pays.
        Path warm = target.resolve("bench-warmup");
        deleteTree(warm);
        long first = timed(() -> new EditionBuild(teikit, options.withIncremental(false)).run(corpus, warm,
                (o, f, t) -> { }));
        // The warm-up's 400 MB of files are left in place until the end: deleted now, the disk would
        // be freeing (and discarding) them while the measured build writes its own.
        // Measured twice, each into a fresh folder, the better kept (like the floor, best of three):
        // the disk's write-back makes single builds vary by a third.
        BuildResult full = null;
        long peak = 0;
        for (Path into : List.of(edition, edition2)) {
            settleDisk();
            resetPeakHeap();
            long gcBefore = gcMillis();
            BuildResult attempt = new EditionBuild(teikit, options).run(corpus, into, (o, f, t) -> { });
            peak = Math.max(peak, peakHeap());
            System.out.printf(Locale.ROOT, "measured build: %.1f s, of it garbage collection %.2f s%n",
                    attempt.elapsed().toNanos() / 1e9, (gcMillis() - gcBefore) / 1e3);
            if (full == null || attempt.elapsed().compareTo(full.elapsed()) < 0) {
                full = attempt;
            }
        }
        List<Path> teiFiles = listFiles(edition.resolve("tei"));
        long teiBytes = teiFiles.stream().mapToLong(CorpusBenchmark::size).sum();
        long buildNanos = full.elapsed().toNanos();
        long floor = best(3, () -> identityOverFiles(teiFiles, null));
        // The floor again with each file written into a folder, as a build writes its outputs: for
        // reference (the verdicts keep the floor above, the stricter one).
        Path floorOut = target.resolve("bench-floor");
        deleteTree(floorOut);
        settleDisk();
        long floorToFiles = best(2, () -> identityOverFiles(teiFiles, floorOut));
        System.out.printf(Locale.ROOT, "full build: %d documents, %d errors, %.1f s, peak heap %d MB%n",
                full.documents().size(), full.count(org.teikit.Severity.ERROR), buildNanos / 1e9, peak >> 20);
        for (Stage stage : Stage.values()) {
            long nanos = full.stageTimes().get(stage).toNanos();
            if (nanos > 0) {
                // Stage times are summed over worker threads; divided by the thread count they are wall time.
                double wall = stage == Stage.SITE ? nanos / 1e9 : nanos / 1e9 / threads;
                long bytes = stage == Stage.CONVERT ? corpusBytes : teiBytes;
                int docs = stage == Stage.SITE ? 1 : count;
                System.out.printf(Locale.ROOT, "  %-8s %7.2f s  %8.0f documents/s  %6.1f MB/s  %5.2fx the floor%n",
                        stage.label(), wall, docs / wall, bytes / 1e6 / wall, wall / (floor / 1e9));
            }
        }
        System.out.printf(Locale.ROOT, "floor (Saxon-HE parse + serialise of the %d TEI files, %.1f MB): %.2f s, "
                        + "%.0f documents/s, %.1f MB/s%n",
                teiFiles.size(), teiBytes / 1e6, floor / 1e9, count / (floor / 1e9), teiBytes / 1e6 / (floor / 1e9));
        System.out.printf(Locale.ROOT, "floor writing each file into a folder: %.2f s; the build / that floor: %.2fx%n",
                floorToFiles / 1e9, (double) buildNanos / floorToFiles);
        row("whole build (convert, validate, HTML) / floor", ratio(buildNanos, floor), "<= 4x",
                buildNanos <= 4 * floor);
        row("  the first build in a fresh JVM (JIT compiling as it goes) / floor", seconds(first) + ", "
                + ratio(first, floor), "", true);

        Path htmlOut = target.resolve("bench-html");
        deleteTree(htmlOut);
        settleDisk();
        resetPeakHeap();
        long html = best(2, () -> htmlOverFiles(teikit, teiFiles, htmlOut));
        long htmlPeak = peakHeap();
        System.out.printf(Locale.ROOT, "HTML alone: %.2f s, %.0f documents/s, %.1f MB/s, peak heap %d MB%n",
                html / 1e9, count / (html / 1e9), teiBytes / 1e6 / (html / 1e9), htmlPeak >> 20);
        row("HTML rendering alone (corpus) / floor", ratio(html, floor), "<= 2x", html <= 2 * floor);
        row("peak heap, full build", (peak >> 20) + " MB", "< 1024 MB", peak < (1L << 30));

        long unchanged = timed(() -> new EditionBuild(teikit, options).run(corpus, edition, (o, f, t) -> { }));
        row("rebuild, nothing changed", seconds(unchanged), "", true);
        Path changed = corpus.resolve(String.format("doc-%05d.txt", count / 2));
        BuildResult[] one = new BuildResult[1];
        long incremental = timedAfterAnEdit(changed, "One more",
                () -> one[0] = new EditionBuild(teikit, options).run(corpus, edition, (o, f, t) -> { }));
        row("rebuild, one document changed (" + one[0].rebuilt() + " rebuilt)", seconds(incremental), "< 2 s",
                incremental < 2_000_000_000L && one[0].rebuilt() == 1);
        new EditionBuild(teikit, options).run(corpus, edition, (o, f, t) -> { }); // back to the cached corpus

        deleteTree(warm);
        deleteTree(edition2);
        deleteTree(floorOut);
        if (!Boolean.getBoolean("bench.skip.processes")) {
            processes(target, teiFiles.get(0), corpus, count);
        }
        printTable();
    }

    /**
     * teikit as a whole process, against Saxon-HE in its own process: with each Java of
     * {@code -Dbench.javas} (comma-separated java executables; the one running the benchmark when
     * unset), then the build as processes with the first of them.
     */
    private void processes(Path target, Path small, Path corpus, int count) throws Exception {
        Path jar = target.resolve("teikit.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("no " + jar + ": run 'package' first; the process measurements are skipped");
            return;
        }
        Path frus = Path.of(System.getProperty("teikit.shared", "../shared"), "corpus/frus/frus1964-68v18.xml");
        Path out = target.resolve("bench-process");
        deleteTree(out);
        Files.createDirectories(out);
        Path identity = out.resolve("identity.xsl");
        Files.writeString(identity, IDENTITY);
        String saxonCp = jarOf(net.sf.saxon.Transform.class) + File.pathSeparator + jarOf(org.xmlresolver.Resolver.class);
        List<String> javas = javas();
        List<StartOptions> started = new ArrayList<>();
        for (String java : javas) {
            started.add(processesWith(java, out, jar, identity, saxonCp, frus, small));
        }

        String java = javas.get(0);
        String[] cds = started.get(0).buildArchive();
        String[] launcher = started.get(0).buildLauncher();
        String on = " (Java " + javaMajor(java) + ")";
        // The build as a user runs it: a process, the edition folder kept between runs.
        Path edition = out.resolve("edition");
        Work buildWithArchive = () -> exec(concat(new String[] {java}, cds, buildCommand(jar, corpus, edition)));
        row("whole build as a process (" + count + " documents)" + on, seconds(timed(buildWithArchive)), "", true);
        row("process rebuild, nothing changed" + on, seconds(best(2, buildWithArchive)), "", true);
        Path changed = corpus.resolve(String.format("doc-%05d.txt", count / 3));
        long one = timedAfterAnEdit(changed, "One more", buildWithArchive);
        row("process rebuild, one document changed" + on, seconds(one), "< 2 s", one < 2_000_000_000L);
        long oneLauncher = timedAfterAnEdit(changed, "Another",
                () -> exec(concat(new String[] {java}, launcher, buildCommand(jar, corpus, edition))));
        row("  the same as ./teikit runs it (archive, C1, serial GC)" + on, seconds(oneLauncher), "< 2 s",
                oneLauncher < 2_000_000_000L);
        // The rebuilds with the other Javas as ./teikit runs them (the edition's state is the same for all).
        for (int j = 1; j < javas.size(); j++) {
            String other = javas.get(j);
            String[] otherLauncher = started.get(j).buildLauncher();
            String onOther = " (Java " + javaMajor(other) + ")";
            Work rebuild = () -> exec(concat(new String[] {other}, otherLauncher, buildCommand(jar, corpus, edition)));
            row("process rebuild, nothing changed, as ./teikit runs it" + onOther, seconds(best(2, rebuild)), "", true);
            long oneOther = timedAfterAnEdit(changed, "And another", rebuild);
            row("process rebuild, one document changed, as ./teikit runs it" + onOther, seconds(oneOther), "< 2 s",
                    oneOther < 2_000_000_000L);
        }
    }

    private static final Path REFERENCE = Path.of("tei/reference/teikit-shape.xml").toAbsolutePath();
    /** The samples, whose build (with PDF) trains the archive of every command but an HTML render. */
    private static final Path SAMPLES = Path.of("tei/samples").toAbsolutePath();

    private static final java.util.regex.Pattern JAVA_VERSION = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)");

    /** The Java executables to time processes with: {@code -Dbench.javas}, or the one running this. */
    private static List<String> javas() {
        String listed = System.getProperty("bench.javas", "").trim();
        if (!listed.isEmpty()) {
            return List.of(listed.split("\\s*,\\s*"));
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The major version of a Java executable, from its installation's {@code release} file (0 if unknown). */
    private static int javaMajor(String java) {
        try {
            Path home = Path.of(java).toRealPath().getParent().getParent();
            for (String line : Files.readAllLines(home.resolve("release"))) {
                var m = JAVA_VERSION.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (IOException e) {
            // no release file: an unknown version
        }
        return 0;
    }

    /**
     * Makes an archive of the classes a training run loads, as the ./teikit launcher does: an
     * ahead-of-time cache on Java 25 and later (classes linked, method profiles kept), a dynamic
     * class-data-sharing archive before. Returns the options that use it.
     */
    private static String[] archive(String java, String[] jvmOptions, Path file, String... training) throws Exception {
        boolean aot = javaMajor(java) >= 25;
        Path archive = file.resolveSibling(file.getFileName() + (aot ? ".aot" : ".jsa"));
        String[] quiet = aot ? new String[] {"-Xlog:aot=off", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"}
                : new String[] {"-Xlog:cds=off", "-Xlog:cds+dynamic=off"};
        String make = (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive;
        // A crash while writing the archive (seen with Java 17) logs beside it, not in the working folder.
        String crashLog = "-XX:ErrorFile=" + file.resolveSibling("hs_err_%p.log");
        exec(concat(new String[] {java}, jvmOptions, new String[] {make, crashLog}, quiet, training));
        return concat(new String[] {(aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive}, quiet);
    }

    /**
     * JVM options for a Java: its own with teikit's archive, and the launcher's with the launcher's
     * archive, each trained as ./teikit trains them for a render ({@code archive}, {@code launcher})
     * and for a build ({@code buildArchive}, {@code buildLauncher}).
     */
    private record StartOptions(String[] archive, String[] launcher, String[] buildArchive, String[] buildLauncher) {
    }

    /** The FRUS render and the cold start as processes of one Java, plain, with an archive, as ./teikit runs them. */
    private StartOptions processesWith(String java, Path out, Path jar, Path identity, String saxonCp, Path frus, Path small)
            throws Exception {
        int major = javaMajor(java);
        String on = " (Java " + major + ")";
        String kind = major >= 25 ? "ahead-of-time cache" : "class-data-sharing archive";
        String[] renderFrus = {"-jar", jar.toString(), "render", frus.toString(), "--to", "html", "-o",
            out.resolve("teikit").toString()};
        String[] identityFrus = {"-cp", saxonCp, "net.sf.saxon.Transform", "-s:" + frus, "-xsl:" + identity,
            "-o:" + out.resolve("identity.xml")};
        String[] trainTeikit = {"-jar", jar.toString(), "render", REFERENCE.toString(), "--to", "html", "-o",
            out.resolve("train").toString()};
        // An archive with the JVM's own options, and one with the launcher's (what ./teikit runs).
        String[] cds = archive(java, new String[0], out.resolve("teikit-" + major), trainTeikit);
        String[] launcher = concat(LAUNCHER_JVM, archive(java, LAUNCHER_JVM, out.resolve("teikit-launcher-" + major),
                trainTeikit));
        if (Files.isRegularFile(frus)) {
            long teikitFrus = best(3, () -> exec(concat(new String[] {java}, renderFrus)));
            long saxonFrus = best(3, () -> exec(concat(new String[] {java}, identityFrus)));
            System.out.printf(Locale.ROOT, "FRUS 4 MB as a process%s: teikit render %s, Saxon-HE identity %s%n",
                    on, seconds(teikitFrus), seconds(saxonFrus));
            row("teikit render FRUS 4 MB / Saxon identity, plain java" + on, ratio(teikitFrus, saxonFrus), "<= 1.5x",
                    teikitFrus <= 1.5 * saxonFrus);
            long withArchive = best(3, () -> exec(concat(new String[] {java}, cds, renderFrus)));
            row("  the same with the " + kind + on, seconds(withArchive), "", true);
            // Against the identity transform at its best: with the same JVM options too, when they help it.
            long saxonIdentity = Math.min(saxonFrus, best(3, () -> exec(concat(new String[] {java}, LAUNCHER_JVM,
                    identityFrus))));
            System.out.printf(Locale.ROOT, "FRUS 4 MB, Saxon-HE identity with ./teikit's JVM options%s: %s%n", on,
                    seconds(saxonIdentity));
            long launcherFrus = best(3, () -> exec(concat(new String[] {java}, launcher, renderFrus)));
            row("  the same as ./teikit runs it (" + kind + ", C1, serial GC) / Saxon identity with C1, serial GC" + on,
                    seconds(launcherFrus) + ", " + ratio(launcherFrus, saxonIdentity), "<= 1.5x",
                    launcherFrus <= 1.5 * saxonIdentity);
            // And against an identity transform given the same start-up help (its own archive, trained
            // on the reference document): the stricter comparison. Saxon's classes come from teikit's
            // jar here, which holds them unsigned: the JVM leaves classes of signed jars (Saxon-HE's
            // own) out of archives, and Java 17 crashed making one.
            String[] archivedIdentityFrus = concat(new String[] {"-cp", jar.toString()},
                    Arrays.copyOfRange(identityFrus, 2, identityFrus.length));
            String[] identityArchive = concat(LAUNCHER_JVM, archive(java, LAUNCHER_JVM, out.resolve("identity-" + major),
                    "-cp", jar.toString(), "net.sf.saxon.Transform", "-s:" + REFERENCE, "-xsl:" + identity,
                    "-o:" + out.resolve("identity-train.xml")));
            long saxonArchived = best(3, () -> exec(concat(new String[] {java}, identityArchive, archivedIdentityFrus)));
            row("  the same / Saxon identity with C1, serial GC and its own " + kind + on,
                    seconds(saxonArchived) + ", " + ratio(launcherFrus, saxonArchived), "<= 1.5x",
                    launcherFrus <= 1.5 * saxonArchived);
        } else {
            System.out.println("no " + frus + ": the FRUS process measurement is skipped");
        }
        String[] renderSmall = {"-jar", jar.toString(), "render", small.toString(), "--to", "html", "-o",
            out.resolve("small").toString()};
        long cold = best(3, () -> exec(concat(new String[] {java}, renderSmall)));
        row("cold start: teikit render one small document, plain java" + on, seconds(cold), "< 1.0 s",
                cold < 1_000_000_000L);
        long withCds = best(3, () -> exec(concat(new String[] {java}, cds, renderSmall)));
        row("cold start with the " + kind + on, seconds(withCds), "< 1.0 s", withCds < 1_000_000_000L);
        long withLauncher = best(3, () -> exec(concat(new String[] {java}, launcher, renderSmall)));
        row("cold start as ./teikit runs it (" + kind + ", C1, serial GC)" + on, seconds(withLauncher), "< 1.0 s",
                withLauncher < 1_000_000_000L);
        // Each build training (a build of the samples and a rebuild after one edit, as ./teikit trains
        // it) in a folder of its own: a second one into the same folder would find nothing to do.
        String[] buildArchive = archive(java, new String[0], out.resolve("teikit-build-" + major),
                buildTraining(jar, out.resolve("train-build-" + major)));
        String[] buildLauncher = concat(LAUNCHER_JVM, archive(java, LAUNCHER_JVM,
                out.resolve("teikit-launcher-build-" + major), buildTraining(jar, out.resolve("train-launcher-build-" + major))));
        return new StartOptions(cds, launcher, buildArchive, buildLauncher);
    }

    /** The training run of ./teikit's archive for builds (see {@code StartupTraining}), in {@code work}. */
    private static String[] buildTraining(Path jar, Path work) throws IOException {
        deleteTree(work);
        Files.createDirectories(work);
        return new String[] {"-cp", jar.toString(), "org.teikit.cli.StartupTraining", SAMPLES.toString(), work.toString()};
    }

    private static String[] buildCommand(Path jar, Path corpus, Path edition) {
        return new String[] {"-jar", jar.toString(), "build", corpus.toString(), "-o", edition.toString(), "--no-pdf", "-q"};
    }

    /**
     * The best time of {@code rebuild} after a paragraph is added to {@code input}, over three edits (each
     * another paragraph, so each rebuild has the one document to redo), each timed after {@code sync}
     * as the builds in the JVM are, so that it does not pay for writing out the run before it. The
     * input is put back at the end.
     */
    private static long timedAfterAnEdit(Path input, String paragraph, Work rebuild) throws Exception {
        String original = Files.readString(input);
        try {
            long best = Long.MAX_VALUE;
            for (int edit = 1; edit <= 3; edit++) {
                Files.writeString(input, original + "□ " + paragraph + " invented paragraph (" + edit
                        + "), added to time a rebuild.\n");
                settleDisk();
                best = Math.min(best, timed(rebuild));
            }
            return best;
        } finally {
            Files.writeString(input, original);
        }
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static String jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
        }
    }

    /**
     * The floor: every file parsed by Saxon-HE and serialised unchanged, on the same threads, into
     * memory ({@code outDir} null) or into a file of {@code outDir} (written in place: the floor takes
     * no care against half-written files, a build does).
     */
    private void identityOverFiles(List<Path> files, Path outDir) throws Exception {
        Processor processor = CompiledStylesheet.newQuietProcessor();
        var transform = processor.newXsltCompiler().compile(new StreamSource(new StringReader(IDENTITY)));
        if (outDir != null) {
            Files.createDirectories(outDir);
        }
        parallel(files, file -> {
            var serializer = outDir == null ? processor.newSerializer(new ByteArrayOutputStream())
                    : processor.newSerializer(outDir.resolve(file.getFileName().toString()).toFile());
            transform.load30().transform(new StreamSource(file.toFile()), serializer);
            serializer.close();
        });
    }

    private void htmlOverFiles(Teikit teikit, List<Path> files, Path outDir) throws Exception {
        parallel(files, file -> {
            String name = file.getFileName().toString().replace(".xml", "");
            var page = Stages.of(teikit).renderSitePage(file, outDir, name);
            if (page.entry().isEmpty()) {
                throw new IllegalStateException("no page for " + file + ": " + page.diagnostics());
            }
        });
    }

    private interface FileTask {
        void run(Path file) throws Exception;
    }

    private void parallel(List<Path> files, FileTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    task.run(file);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long timed(Work work) throws Exception {
        long t = System.nanoTime();
        work.run();
        return System.nanoTime() - t;
    }

    private static long best(int runs, Work work) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, timed(work));
        }
        return best;
    }

    private void row(String what, String value, String target, boolean met) {
        // A row without a target is a figure for reference: no verdict.
        table.add(new String[] {what, value, target, target.isEmpty() ? "" : met ? "met" : "MISSED"});
        System.out.printf(Locale.ROOT, "%s: %s%s%n", what, value, target.isEmpty() ? "" : " (target " + target + ")");
    }

    private void printTable() {
        System.out.println();
        System.out.println("| measure | value | target | |");
        System.out.println("| --- | --- | --- | --- |");
        for (String[] r : table) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }

    private static String ratio(long a, long b) {
        return String.format(Locale.ROOT, "%.2fx", (double) a / b);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Time the collectors report having spent, all of them together (pauses and concurrent work). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    /** The sum of the heap pools' peaks: an upper bound of the peak heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void generateOnce(Path corpus, int count) throws IOException {
        Path done = corpus.resolve(".complete");
        if (!Files.exists(done)) {
            deleteTree(corpus);
            CorpusGenerator.generate(corpus, count, 10_000, 1L);
            Files.writeString(done, "generated\n", StandardCharsets.UTF_8);
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(CorpusBenchmark::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes what the page cache holds to disk ({@code sync}, where there is one), so that a measured
     * build does not also pay for writing out the files of the run before it.
     */
    private static void settleDisk() {
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // no sync command: the measurement just includes some of the write-back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
