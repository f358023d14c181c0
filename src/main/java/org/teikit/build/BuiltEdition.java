package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build left in its edition folder that a watch looks for, to notice the edition deleted: the
 * build state ({@link BuildState#FILE}, which the next build reads, so that without it every document is
 * built again) and, when the build makes HTML, the front page. Only files that were there after the
 * build count: a build that wrote nothing (no inputs, a failure) is not taken for a deleted edition.
 */
final class BuiltEdition {

    /** How long a deletion under way may go on before the build starts anyway. */
    private static final int MAX_SETTLE_CHECKS = 20;

    private final List<Path> files;
    /** Known to be gone whatever the files say (see {@link #deleted}). */
    private final boolean deleted;

    private BuiltEdition(List<Path> files, boolean deleted) {
        this.files = files;
        this.deleted = deleted;
    }

    /** The files of the edition in {@code outDir} that are there now. */
    static BuiltEdition in(Path outDir, boolean html) {
        Stream<Path> looked = html ? Stream.of(outDir.resolve(BuildState.FILE), outDir.resolve("index.html"))
                : Stream.of(outDir.resolve(BuildState.FILE));
        return new BuiltEdition(looked.filter(Files::isRegularFile).toList(), false);
    }

    /**
     * An edition known to be gone (its folder deleted while a build wrote into it, and made again by
     * the build's later writes): {@link #isGone()} is true, whatever the folder holds now.
     */
    static BuiltEdition deleted() {
        return new BuiltEdition(List.of(), true);
    }

    /** Whether any of the files that were there is gone. */
    boolean isGone() {
        return deleted || files.stream().anyMatch(f -> !Files.isRegularFile(f));
    }

    /**
     * Waits until a deletion of {@code outDir} under way is done ({@code rm -r} of a large edition takes
     * a while): until the folder is gone, or the number of files under it stays the same for
     * {@link EditionWatch#QUIET}; at most {@link #MAX_SETTLE_CHECKS} times that. A build started
     * while the folder is being deleted would fail, or lose what it wrote.
     */
    static void awaitDeletionDone(Path outDir) throws InterruptedException {
        Long before = count(outDir);
        for (int i = 0; i < MAX_SETTLE_CHECKS && !Long.valueOf(-1).equals(before); i++) {
            Thread.sleep(EditionWatch.QUIET.toMillis());
            Long now = count(outDir);
            if (now != null && now.equals(before)) {
                return;
            }
            before = now;
        }
    }

    /** The number of files and folders under {@code outDir}: -1 when it is not there, null when it changed as it was counted. */
    private static Long count(Path outDir) {
        if (!Files.isDirectory(outDir)) {
            return -1L;
        }
        try (Stream<Path> all = Files.walk(outDir)) {
            return all.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
