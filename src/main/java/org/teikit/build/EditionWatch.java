package org.teikit.build;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.teikit.io.SourcePaths;

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
    public static final Duration QUIET = Duration.ofMillis(300);

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
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> folders = new HashMap<>();
            // Watched before the first build, so that an edit made while it runs is not missed.
            register(watcher, inDir, folders);
            listener.built(build.run(inDir, outDir, progress), true);
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                WatchKey key = watcher.take();
                boolean changed = drain(watcher, key, folders);
                // Gather the rest of the change: more events within the quiet time restart it.
                for (WatchKey more = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) {
                    changed |= drain(watcher, more, folders);
                }
                if (!Files.isDirectory(inDir)) {
                    throw new NoSuchFileException(inDir.toString(), null, "the input folder is gone");
                }
                if (!folders.containsValue(inDir)) {
                    register(watcher, inDir, folders); // removed and made again (a checkout, say)
                }
                if (changed) {
                    try {
                        listener.built(build.incremental().run(inDir, outDir, progress), false);
                    } catch (IOException e) {
                        listener.failed(e);
                    } catch (java.io.UncheckedIOException e) {
                        listener.failed(e.getCause()); // the edition's folder removed mid-build, say
                    }
                }
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
    }

    /**
     * Takes a key's events, registering folders created since; whether any event is about something
     * the build may read (not a hidden file: editors' swap and lock files).
     */
    private static boolean drain(WatchService watcher, WatchKey key, Map<WatchKey, Path> folders) throws IOException {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true; // events were lost: look at everything
                continue;
            }
            Path name = (Path) event.context();
            if (isHidden(name)) {
                continue;
            }
            relevant = true;
            Path changed = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                register(watcher, changed, folders); // a folder moved or copied in, with what it holds
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return relevant;
    }

    /** Watches {@code top} and every folder under it, but hidden ones. */
    private static void register(WatchService watcher, Path top, Map<WatchKey, Path> folders) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(top) && isHidden(dir.getFileName())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                try {
                    folders.put(dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                } catch (NoSuchFileException e) {
                    return FileVisitResult.SKIP_SUBTREE; // made and removed at once (an editor's temporary folder)
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder: the build reports what it cannot read
            }
        });
    }

    /** A hidden file or folder, as the build takes it, or an editor's backup ({@code letter.txt~}). */
    private static boolean isHidden(Path name) {
        return SourcePaths.isHidden(name) || name.toString().endsWith("~");
    }
}
