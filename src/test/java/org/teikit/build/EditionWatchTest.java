package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Teikit;
import org.teikit.bench.CorpusGenerator;

/** Watch and preview: a build, then a rebuild of what changed after each change, until interrupted. */
class EditionWatchTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static final BuildOptions OPTIONS = BuildOptions.defaults().withPdf(false).withThreads(2);
    /** Far longer than a rebuild of a few documents takes, even on a busy CI machine. */
    private static final long WAIT_SECONDS = 60;

    @Test
    void rebuildsWhatChangesUntilInterrupted(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 3, 3_000, 21L);
        Path out = dir.resolve("out");
        Watching watching = new Watching(in, out);
        BlockingQueue<BuildResult> builds = watching.builds;
        BlockingQueue<IOException> failures = watching.failures;
        try {
            BuildResult first = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.rebuilt()).isEqualTo(3);

            // An edit: that document alone is rebuilt, and its page shows the edit.
            Path edited = in.resolve("doc-00001.txt");
            Files.writeString(edited, Files.readString(edited).replaceFirst("□ ", "□ A watched edit. "),
                    StandardCharsets.UTF_8);
            BuildResult afterEdit = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(afterEdit).isNotNull();
            assertThat(afterEdit.documents()).filteredOn(d -> !d.upToDate()).singleElement()
                    .satisfies(d -> assertThat(d.name()).isEqualTo("doc-00001"));
            assertThat(Files.readString(out.resolve("doc-00001.html"))).contains("A watched edit.");

            // A folder moved in with a document in it: the new folder is watched from then on.
            Path staged = Files.createDirectories(dir.resolve("staged").resolve("letters"));
            Files.copy(in.resolve("doc-00002.txt"), staged.resolve("new.txt"));
            Files.move(staged, in.resolve("letters"));
            BuildResult afterMove = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(afterMove).isNotNull();
            assertThat(afterMove.documents()).hasSize(4);
            assertThat(out.resolve("new.html")).isRegularFile();
            Files.writeString(in.resolve("letters").resolve("new.txt"), "Title: Renamed\n\nText.\n",
                    StandardCharsets.UTF_8);
            assertThat(rebuiltByTheNextBuild(builds)).containsExactly("new");

            // A rebuild that cannot run (another build holds the edition) is reported; the watch goes on.
            Path again = in.resolve("doc-00000.txt");
            try (OutputLock held = OutputLock.acquire(out)) {
                Files.writeString(again, Files.readString(again).replaceFirst("□ ", "□ Held. "), StandardCharsets.UTF_8);
                assertThat(failures.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isInstanceOf(OutputFolderInUseException.class);
            }
            Files.writeString(again, Files.readString(again).replaceFirst("□ ", "□ Free. "), StandardCharsets.UTF_8);
            assertThat(rebuiltByTheNextBuild(builds)).containsExactly("doc-00000");

            // The input folder removed and made again (a checkout, say): the new one is watched.
            Path copy = dir.resolve("in-again");
            try (var files = Files.walk(in)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Files.copy(from, copy.resolve(in.relativize(from).toString()));
                }
            }
            try (var files = Files.walk(in)) {
                for (Path gone : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(gone);
                }
            }
            Files.move(copy, in);
            assertThat(builds.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull(); // nothing to redo in it
            Path inNewIn = in.resolve("doc-00002.txt");
            Files.writeString(inNewIn, Files.readString(inNewIn).replaceFirst("□ ", "□ Again. "), StandardCharsets.UTF_8);
            assertThat(rebuiltByTheNextBuild(builds)).containsExactly("doc-00002");

            // An editor's hidden swap file is no reason to build.
            Files.writeString(in.resolve(".doc-00000.txt.swp"), "swap");
            assertThat(builds.poll(2 * EditionWatch.QUIET.toMillis() + 500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            watching.stop();
        }
    }

    /**
     * The edition deleted while the watch runs, its inputs unchanged: the watch notices, says so, and
     * builds it again in full (it waited for the next edit of an input before).
     */
    @Test
    void rebuildsAnEditionDeletedWhileItWatches(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 2, 3_000, 5L);
        Path site = dir.resolve("site");
        Path out = site.resolve("out");
        Watching watching = new Watching(in, out);
        BlockingQueue<BuildResult> builds = watching.builds;
        BlockingQueue<Path> gone = watching.gone;
        try {
            assertThat(builds.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();

            // The output folder deleted: said, and built again, every document, into a new folder.
            deleteTree(out);
            assertThat(gone.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(out);
            BuildResult again = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(again).as("a build within %d s", WAIT_SECONDS).isNotNull();
            assertThat(again.rebuilt()).isEqualTo(2);
            assertThat(out.resolve("index.html")).isRegularFile();
            assertThat(out.resolve("doc-00000.html")).isRegularFile();

            // The whole site, the output folder's parent, deleted: the same.
            deleteTree(site);
            assertThat(gone.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(out);
            assertThat(rebuiltByTheNextBuild(builds)).containsExactlyInAnyOrder("doc-00000", "doc-00001");
            assertThat(out.resolve("index.html")).isRegularFile();

            // The edition's pages deleted, its build state kept (rm out/*): built again in full too.
            try (var files = Files.list(out)) {
                for (Path page : (Iterable<Path>) files.filter(f -> !f.getFileName().toString().startsWith("."))::iterator) {
                    deleteTree(page);
                }
            }
            assertThat(gone.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(out);
            assertThat(rebuiltByTheNextBuild(builds)).containsExactlyInAnyOrder("doc-00000", "doc-00001");
            assertThat(out.resolve("doc-00001.html")).isRegularFile();

            // An edition that stays is not built again.
            assertThat(builds.poll(2 * EditionWatch.OUTPUT_CHECK.toMillis() + 500, TimeUnit.MILLISECONDS)).isNull();
            assertThat(gone).isEmpty();
        } finally {
            watching.stop();
        }
    }

    /**
     * The edition deleted while a rebuild after an edit writes into it: the pages written before the
     * deletion went with the folder, though the build finished (or it failed). The watch notices and builds
     * it again in full, without waiting for the next edit.
     */
    @Test
    void rebuildsAnEditionDeletedWhileARebuildRuns(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 4, 3_000, 13L);
        Path out = dir.resolve("out");
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        // Deletes the edition as the rebuild's first document is finished, on the build's only thread (no
        // other thread writes into the folder as it is deleted).
        BuildListener deleting = (outcome, finished, total) -> {
            if (armed.compareAndSet(true, false)) {
                try {
                    deleteTree(out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Watching watching = new Watching(in, out, OPTIONS.withThreads(1), deleting);
        try {
            assertThat(watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isNotNull();
            armed.set(true);
            Path edited = in.resolve("doc-00002.txt");
            Files.writeString(edited, Files.readString(edited).replaceFirst("□ ", "□ Edited. "), StandardCharsets.UTF_8);
            assertThat(watching.gone.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(out);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!allPagesIn(out, 4)) {
                assertThat(System.nanoTime()).as("every page built again; failures: %s", watching.failures).isLessThan(until);
                Thread.sleep(50);
            }
            assertThat(Files.readString(out.resolve("doc-00002.html"))).contains("Edited.");
            assertThat(out.resolve("index.html")).isRegularFile();
        } finally {
            watching.stop();
        }
    }

    private static boolean allPagesIn(Path out, int documents) {
        for (int i = 0; i < documents; i++) {
            if (!Files.isRegularFile(out.resolve(String.format("doc-%05d.html", i)))) {
                return false;
            }
        }
        return true;
    }

    private static void deleteTree(Path top) throws IOException {
        try (var files = Files.walk(top)) {
            for (Path gone : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(gone);
            }
        }
    }

    /**
     * A schema the documents name, outside the input folder, is watched as the inputs are: editing it
     * validates its documents again at once, and its folder deleted is a change too (the documents then
     * find it missing), not the end of the watch. Before, the watch saw the input folder only.
     */
    @Test
    void rebuildsTheDocumentsOfAnEditedSchemaOutsideTheInputFolder(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("mine.rnc"), EditionBuildSchemasTest.schema(false));
        Files.writeString(schemas.resolve("any.rnc"), EditionBuildSchemasTest.ANY);
        EditionBuildSchemasTest.document(in, "letter.xml", "../schemas/mine.rnc");
        Watching watching = new Watching(in, dir.resolve("out"));
        try {
            BuildResult first = watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(EditionBuildSchemasTest.errorRules(first, "letter")).isEmpty();

            Files.writeString(schemas.resolve("mine.rnc"), EditionBuildSchemasTest.schema(true));
            BuildResult stricter = watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(stricter).as("a build after the schema's edit").isNotNull();
            assertThat(EditionBuildSchemasTest.errorRules(stricter, "letter")).containsExactly("rng.missing-attribute");

            deleteTree(schemas);
            BuildResult without = watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(without).as("a build after the schema's folder went").isNotNull();
            assertThat(EditionBuildSchemasTest.errorRules(without, "letter")).containsExactly("schema.unavailable");

            // its folder is awaited through the folder above: another file there is no change of the build's
            Files.writeString(dir.resolve("notes.txt"), "not a schema");
            assertThat(watching.builds.poll(2, TimeUnit.SECONDS)).as("a build after an unrelated file").isNull();
            // the schema written again, folder and all (as `schemas add` makes a store): validated against it
            Files.createDirectories(schemas);
            Files.writeString(schemas.resolve("any.rnc"), EditionBuildSchemasTest.ANY);
            Files.writeString(schemas.resolve("mine.rnc"), EditionBuildSchemasTest.schema(false));
            BuildResult back = watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(back).as("a build after the schema's folder came back").isNotNull();
            if (!EditionBuildSchemasTest.errorRules(back, "letter").isEmpty()) {
                // the folder's making and the files' writing may come as two changes: the second rebuilds
                back = watching.builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertThat(back).as("a build after the schema was written").isNotNull();
            }
            assertThat(EditionBuildSchemasTest.errorRules(back, "letter")).isEmpty();
        } finally {
            watching.stop();
        }
    }

    @Test
    void aMissingInputFolderFailsAtOnce(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EditionWatch(new EditionBuild(TEIKIT, OPTIONS))
                .run(dir.resolve("missing"), dir.resolve("out"), BuildListener.NONE, (result, first) -> { }))
                .isInstanceOf(IOException.class);
    }

    /** The names of the documents the next build (a minute at most) rebuilt. */
    private static List<String> rebuiltByTheNextBuild(BlockingQueue<BuildResult> builds) throws InterruptedException {
        BuildResult next = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(next).as("a build within %d s", WAIT_SECONDS).isNotNull();
        return next.documents().stream().filter(d -> !d.upToDate()).map(DocumentOutcome::name).toList();
    }

    /** A watch of {@code in} into {@code out} on a thread of its own, recording what it tells its listener. */
    private static final class Watching implements EditionWatch.Listener {
        final BlockingQueue<BuildResult> builds = new LinkedBlockingQueue<>();
        final BlockingQueue<IOException> failures = new LinkedBlockingQueue<>();
        final BlockingQueue<Path> gone = new LinkedBlockingQueue<>();
        private final AtomicReference<Throwable> ended = new AtomicReference<>();
        private final Thread thread;

        Watching(Path in, Path out) {
            this(in, out, OPTIONS, BuildListener.NONE);
        }

        Watching(Path in, Path out, BuildOptions options, BuildListener progress) {
            thread = new Thread(() -> {
                try {
                    new EditionWatch(new EditionBuild(TEIKIT, options)).run(in, out, progress, this);
                } catch (Throwable e) {
                    ended.set(e);
                }
            });
            thread.start();
        }

        @Override
        public void built(BuildResult result, boolean first) {
            builds.add(result);
        }

        @Override
        public void failed(IOException failure) {
            failures.add(failure);
        }

        @Override
        public void outputGone(Path outDir) {
            gone.add(outDir);
        }

        /** Interrupts the watch, which must then end, and end by that interrupt. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertThat(thread.isAlive()).isFalse();
            assertThat(ended.get()).isInstanceOf(InterruptedException.class);
        }
    }
}
