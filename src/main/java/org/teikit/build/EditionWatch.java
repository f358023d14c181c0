package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.teikit.io.FolderWatch;

/**
 * Watch and preview: an {@link EditionBuild} run once, then again each time something in the input
 * folder changes (or a schema the documents name, outside it), in the same JVM, so that a rebuild after an edit takes a fraction of a second (its
 * stylesheets and schemas stay compiled, its code compiled by the JIT). Changes are gathered until the
 * folder has been quiet for a moment ({@link #QUIET}): an editor's save (a temporary file, a rename)
 * or a copied folder is one rebuild, not many. Hidden folders are not watched, as the build skips them.
 *
 * <p>The edition folder is looked at every {@link #OUTPUT_CHECK}: when what the last build left there is
 * gone (the folder deleted, say), it is built again in full.
 *
 * <p>One watch is one thread's: {@link #run} returns only when that thread is interrupted (or the
 * input folder is gone); the command line stops it with Ctrl-C.
 */
public final class EditionWatch {

    /** How long the input folder must be quiet after a change before the rebuild starts. */
    public static final Duration QUIET = FolderWatch.QUIET;

    /** Hears what the watch does; the command line prints it. */
    public interface Listener {

        /**
         * Called after each build, the first one included.
         *
         * @param result what the build did
         * @param first  true for the first build, which the watch starts with
         */
        void built(BuildResult result, boolean first);

        /**
         * Called when a rebuild could not run (an output folder another build is writing into, a disk
         * that is full); the watch goes on and tries again at the next change.
         *
         * @param failure what went wrong
         */
        default void failed(IOException failure) {
        }

        /**
         * Called when the edition the last build left in {@code outDir} is gone (the folder, its build
         * state or its front page deleted), just before the watch builds it again in full.
         *
         * @param outDir the edition folder
         */
        default void outputGone(Path outDir) {
        }
    }

    /**
     * How often the watch looks whether the edition it built is still there. The output folder is not
     * watched for changes: every build changes it.
     */
    static final Duration OUTPUT_CHECK = Duration.ofSeconds(1);

    private final EditionBuild build;

    /**
     * @param build the build run at the start, as it is (a full one, if its options say so), and after
     *              each change, incremental whatever its options say: a change redoes what it changed
     */
    public EditionWatch(EditionBuild build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * Builds {@code inDir} into {@code outDir}, then rebuilds after each change until interrupted.
     *
     * @param inDir    the folder of transcriptions and TEI files
     * @param outDir   the edition folder
     * @param progress hears about each build's documents
     * @param listener hears about each build as a whole
     * @throws IOException              when the first build cannot run, or the input folder cannot be watched
     *                                  or is gone
     * @throws IllegalArgumentException when {@code outDir} is {@code inDir} or inside it
     * @throws InterruptedException     when the thread is interrupted: the normal way to stop
     */
    public void run(Path inDir, Path outDir, BuildListener progress, Listener listener)
            throws IOException, InterruptedException {
        Objects.requireNonNull(inDir, "inDir");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(listener, "listener");
        // Watched before the first build, so that an edit made while it runs is not missed.
        try (Watched watch = new Watched(inDir)) {
            BuildResult first = build.run(inDir, outDir, progress);
            // Looked at before the listener hears of the build: an edition deleted as soon as it is
            // said to be built would otherwise leave nothing to miss.
            BuiltEdition edition = BuiltEdition.in(outDir, build.makesHtml());
            watch.alsoSchemasOf(first);
            listener.built(first, true);
            while (true) {
                boolean changed = watch.changed(OUTPUT_CHECK);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (changed) {
                    edition = rebuild(build.incremental(), inDir, outDir, progress, listener, edition, watch);
                }
                if (edition.isGone()) {
                    // Deleted while the inputs stayed as they were (or while a rebuild ran): no input
                    // change would say so, and the edition would stay missing until the next edit. Built
                    // once; a build that then fails is tried again at the next change, not in a loop.
                    listener.outputGone(outDir);
                    BuiltEdition.awaitDeletionDone(outDir);
                    edition = afterDeletion(build.full(), inDir, outDir, progress, listener, watch);
                }
            }
        }
    }

    /**
     * The input folder with every folder under it, and the folders of the schema files outside it that
     * the last build's documents were validated against: an edited schema is validated against again
     * as an edited document is. Not thread-safe: the watch's thread uses it.
     */
    private static final class Watched implements AutoCloseable {
        private final Path inDir;
        private Set<Path> schemaFolders = Set.of();
        /**
         * Schema folders that do not exist (a schema store not made yet, a folder deleted), each watched
         * through the nearest folder above it that exists: a change there counts only on the way to one.
         */
        private Set<Path> awaited = Set.of();
        /** The folders watched only for {@link #awaited} ones: their other changes are not the build's. */
        private Set<Path> awaitedThrough = Set.of();
        private FolderWatch watch;

        Watched(Path inDir) throws IOException {
            this.inDir = inDir;
            this.watch = FolderWatch.of(List.of(inDir), List.of());
        }

        /**
         * Watches the folders of the schema files {@code built} depended on as well; one that does not exist
         * through the nearest folder above it that does, so that the schema written there later (a
         * {@code schemas add} making the store) is noticed. When they cannot be watched, the input folder
         * alone, as before.
         */
        void alsoSchemasOf(BuildResult built) {
            Path in = inDir.toAbsolutePath().normalize();
            Set<Path> folders = new TreeSet<>();
            Set<Path> missing = new TreeSet<>();
            Set<Path> through = new TreeSet<>();
            for (Path file : built.schemaFiles()) {
                Path folder = file.toAbsolutePath().normalize().getParent();
                if (folder == null || folder.startsWith(in)) {
                    continue;
                }
                if (Files.isDirectory(folder)) {
                    folders.add(folder);
                    continue;
                }
                Path above = folder.getParent();
                while (above != null && !Files.isDirectory(above)) {
                    above = above.getParent();
                }
                if (above != null && !above.startsWith(in)) {
                    missing.add(folder);
                    through.add(above);
                }
            }
            through.removeAll(folders);
            awaited = missing;
            awaitedThrough = through;
            folders.addAll(through);
            if (!folders.equals(schemaFolders)) {
                try {
                    FolderWatch next = FolderWatch.of(List.of(inDir), folders);
                    watch.close();
                    watch = next;
                    schemaFolders = folders;
                } catch (IOException e) {
                    // a folder that cannot be watched: its schemas are looked at with the next change
                }
            }
        }

        /**
         * Whether something changed within {@code patience} (and the quiet after it). A schema's folder that
         * is gone is a change (its documents are validated again, and find the schema missing); the input
         * folder gone ends the watch.
         */
        boolean changed(Duration patience) throws IOException, InterruptedException {
            try {
                java.util.Optional<Set<Path>> changes = watch.next(patience);
                // empty: events were lost, anything may have changed
                return changes.isPresent() && (changes.get().isEmpty() || changes.get().stream().anyMatch(this::counts));
            } catch (NoSuchFileException e) {
                if (!Files.isDirectory(inDir)) {
                    throw e;
                }
                FolderWatch next = FolderWatch.of(List.of(inDir), List.of());
                watch.close();
                watch = next;
                schemaFolders = Set.of();
                awaited = Set.of();
                awaitedThrough = Set.of();
                return true;
            }
        }

        /** Whether a change is the build's: anything but another file beside the way to an awaited folder. */
        private boolean counts(Path changed) {
            Path path = changed.toAbsolutePath().normalize();
            return !awaitedThrough.contains(path.getParent()) || awaited.stream().anyMatch(f -> f.startsWith(path));
        }

        @Override
        public void close() throws IOException {
            watch.close();
        }
    }

    /**
     * A rebuild; what it left in {@code outDir}. When the edition was deleted while it ran (a failed build
     * whose edition is gone, or one that finished without outputs it made: the folder went, with the pages
     * written before), what it left is gone, so that the watch builds again.
     */
    private static BuiltEdition rebuild(EditionBuild rebuild, Path inDir, Path outDir, BuildListener progress,
                                        Listener listener, BuiltEdition before, Watched watch) {
        java.util.Optional<BuildResult> result = attempt(rebuild, inDir, outDir, progress, listener);
        if (result.isEmpty()) {
            // Not tried again until the next change, unless its edition was deleted meanwhile.
            return before.isGone() ? before : BuiltEdition.in(outDir, rebuild.makesHtml());
        }
        // Looked at before the listener hears: see run.
        BuiltEdition edition = rebuild.lostOutputs(outDir, result.get()) ? BuiltEdition.deleted()
                : BuiltEdition.in(outDir, rebuild.makesHtml());
        watch.alsoSchemasOf(result.get());
        listener.built(result.get(), false);
        return edition;
    }

    /**
     * The full build after the edition was found gone; what it leaves is taken as it is, so that a build
     * that keeps failing is tried again at the next change, not every second.
     */
    private static BuiltEdition afterDeletion(EditionBuild full, Path inDir, Path outDir, BuildListener progress,
                                              Listener listener, Watched watch) {
        java.util.Optional<BuildResult> result = attempt(full, inDir, outDir, progress, listener);
        BuiltEdition edition = BuiltEdition.in(outDir, full.makesHtml());
        if (result.isPresent()) {
            watch.alsoSchemasOf(result.get());
            listener.built(result.get(), false);
        }
        return edition;
    }

    /** Runs a build; a failure is told to the listener, and gives nothing. */
    private static java.util.Optional<BuildResult> attempt(EditionBuild build, Path inDir, Path outDir,
                                                           BuildListener progress, Listener listener) {
        try {
            return java.util.Optional.of(build.run(inDir, outDir, progress));
        } catch (IOException e) {
            listener.failed(e);
        } catch (java.io.UncheckedIOException e) {
            listener.failed(e.getCause()); // the edition's folder removed mid-build, say
        }
        return java.util.Optional.empty();
    }
}
