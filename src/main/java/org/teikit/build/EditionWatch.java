package org.teikit.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.teikit.io.FolderWatch;

/**
 * Watch and preview: an {@link EditionBuild} run once, then again each time something in the input
 * folder changes, in the same JVM, so that a rebuild after an edit takes a fraction of a second (its
 * stylesheets and schemas stay compiled, its code compiled by the JIT). Changes are gathered until the
 * folder has been quiet for a moment ({@link #QUIET}): an editor's save (a temporary file, a rename)
 * or a copied folder is one rebuild, not many. Hidden folders are not watched, as the build skips them.
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
    }

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
        try (FolderWatch watch = FolderWatch.of(List.of(inDir), List.of())) {
            listener.built(build.run(inDir, outDir, progress), true);
            while (true) {
                watch.next();
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                try {
                    listener.built(build.incremental().run(inDir, outDir, progress), false);
                } catch (IOException e) {
                    listener.failed(e);
                } catch (java.io.UncheckedIOException e) {
                    listener.failed(e.getCause()); // the edition's folder removed mid-build, say
                }
            }
        }
    }
}
