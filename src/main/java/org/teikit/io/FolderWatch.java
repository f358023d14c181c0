package org.teikit.io;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders for changes to the files in them, for the watch modes of the command line: folders
 * with everything under them ({@code trees}), or folders alone ({@code folders}: the folders of single
 * files). Changes are gathered until the folders have been quiet for {@link #QUIET}, so that an
 * editor's save (a temporary file, a rename) or a copied folder is one change, not many. Hidden files
 * and folders and editors' backups ({@code letter.xml~}) are not changes; hidden folders are not
 * watched. Not thread-safe: one thread waits on it.
 */
public final class FolderWatch implements AutoCloseable {

    /** How long the folders must be quiet after a change before {@link #next} returns it. */
    public static final Duration QUIET = Duration.ofMillis(300);

    private final WatchService watcher;
    private final List<Path> trees;
    private final List<Path> folders;
    /** Each watched folder by its key (the trees' folders, and the single folders). */
    private final Map<WatchKey, Path> watched = new HashMap<>();

    private FolderWatch(WatchService watcher, Collection<Path> trees, Collection<Path> folders) {
        this.watcher = watcher;
        this.trees = List.copyOf(trees);
        this.folders = List.copyOf(folders);
    }

    /**
     * Starts watching.
     *
     * @param trees   folders watched with every folder under them
     * @param folders folders watched alone
     * @return the watch, which the caller closes
     * @throws IOException when a folder cannot be watched, or is not there
     */
    public static FolderWatch of(Collection<Path> trees, Collection<Path> folders) throws IOException {
        FolderWatch watch = new FolderWatch(FileSystems.getDefault().newWatchService(), trees, folders);
        try {
            for (Path tree : watch.trees) {
                watch.registerTree(tree);
            }
            for (Path folder : watch.folders) {
                watch.register(folder);
            }
            return watch;
        } catch (IOException | RuntimeException e) {
            watch.close();
            throw e;
        }
    }

    /**
     * Waits for the next change and the quiet after it.
     *
     * @return the files and folders that changed (created, modified or deleted), as paths under the
     *         watched folders; empty when events were lost, so that anything may have changed
     * @throws InterruptedException when the thread is interrupted, or the watch closed
     * @throws NoSuchFileException  when a watched folder is gone
     * @throws IOException          when a new folder cannot be watched
     */
    public Set<Path> next() throws InterruptedException, IOException {
        return changes(null);
    }

    /**
     * Waits, as {@link #next()} does, for the next change and the quiet after it, but no longer than
     * {@code patience} for the change to begin: so that the caller can look at something else now and
     * then (the watch's output folder, which is not watched: it changes with every build).
     *
     * @param patience how long to wait for a change to begin
     * @return what {@link #next()} returns, or nothing when no change began within {@code patience}
     * @throws InterruptedException when the thread is interrupted, or the watch closed
     * @throws NoSuchFileException  when a watched folder is gone
     * @throws IOException          when a new folder cannot be watched
     */
    public java.util.Optional<Set<Path>> next(Duration patience) throws InterruptedException, IOException {
        return java.util.Optional.ofNullable(changes(java.util.Objects.requireNonNull(patience, "patience")));
    }

    /** The next change; null when {@code patience} (null: for ever) passed with none. */
    private Set<Path> changes(Duration patience) throws InterruptedException, IOException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            boolean[] lost = {false};
            while (changed.isEmpty() && !lost[0]) {
                WatchKey first = patience == null ? watcher.take()
                        : watcher.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    return null;
                }
                drain(first, changed, lost);
                for (WatchKey more = poll(); more != null; more = poll()) {
                    drain(more, changed, lost);
                }
                for (Path folder : roots()) {
                    if (!Files.isDirectory(folder)) {
                        throw new NoSuchFileException(folder.toString(), null, "the folder is gone");
                    }
                    if (!watched.containsValue(folder)) {
                        lost[0] = true; // removed and made again (a checkout, say): watched afresh
                        if (trees.contains(folder)) {
                            registerTree(folder);
                        } else {
                            register(folder);
                        }
                    }
                }
            }
            return lost[0] ? Set.of() : changed;
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
    }

    private WatchKey poll() throws InterruptedException {
        return watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The folders named when the watch began. */
    private List<Path> roots() {
        List<Path> all = new java.util.ArrayList<>(trees);
        all.addAll(folders);
        return all;
    }

    /** Takes a key's events into {@code changed}, watching folders created under a tree. */
    private void drain(WatchKey key, Set<Path> changed, boolean[] lost) throws IOException {
        Path folder = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                lost[0] = true; // events were lost: anything may have changed
                continue;
            }
            Path name = (Path) event.context();
            if (isHidden(name)) {
                continue;
            }
            Path path = folder.resolve(name);
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && underTree(folder) && Files.isDirectory(path)) {
                registerTree(path); // a folder moved or copied in, with what it holds
            }
        }
        if (!key.reset()) {
            watched.remove(key); // the folder is gone
        }
    }

    private boolean underTree(Path folder) {
        return trees.stream().anyMatch(folder::startsWith);
    }

    /** Watches {@code top} and every folder under it, but hidden ones. */
    private void registerTree(Path top) throws IOException {
        NamedFolder named = NamedFolder.of(top); // a tree named by a link is watched, under its name
        Files.walkFileTree(named.start(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path found, BasicFileAttributes attrs) throws IOException {
                Path dir = named.asNamed(found);
                if (!dir.equals(top) && isHidden(dir.getFileName())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                try {
                    register(dir);
                } catch (NoSuchFileException e) {
                    return FileVisitResult.SKIP_SUBTREE; // made and removed at once (an editor's temporary folder)
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(named.start())) {
                    throw e;
                }
                return FileVisitResult.CONTINUE; // an unreadable folder: whoever reads it reports it
            }
        });
    }

    private void register(Path folder) throws IOException {
        watched.put(folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }

    /** A hidden file or folder (its name starts with a dot), or an editor's backup ({@code letter.xml~}). */
    private static boolean isHidden(Path name) {
        return SourcePaths.isHidden(name) || name.toString().endsWith("~");
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
