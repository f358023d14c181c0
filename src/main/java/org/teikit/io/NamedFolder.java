package org.teikit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * A folder a user named, walked also when the name is a symbolic link to it ({@code ~/edition ->
 * /mnt/archive/edition}): Java's walks do not follow the link they start from, and took such a folder
 * for a single file, finding nothing in it. Links met below the folder are still not followed. The
 * paths a walk finds are under the name given, as the user wrote it, not under the link's target.
 */
public final class NamedFolder {

    private final Path named;
    private final Path start;

    private NamedFolder(Path named, Path start) {
        this.named = named;
        this.start = start;
    }

    /**
     * The folder {@code named}.
     *
     * @param named a folder, or a symbolic link to one
     * @return the folder, ready to walk
     * @throws IOException when the link cannot be followed
     */
    public static NamedFolder of(Path named) throws IOException {
        return new NamedFolder(named, Files.isSymbolicLink(named) && Files.isDirectory(named) ? named.toRealPath()
                : named);
    }

    /**
     * Where a walk starts: the folder itself, or the link's target.
     *
     * @return the path to hand to {@link Files#walkFileTree}
     */
    public Path start() {
        return start;
    }

    /**
     * A path a walk from {@link #start()} found, as a path under the folder's name.
     *
     * @param found a path under {@link #start()}
     * @return the same file under the name given
     */
    public Path asNamed(Path found) {
        return start == named ? found : named.resolve(start.relativize(found).toString());
    }

    /**
     * {@link Files#walk} of the folder, paths under its name.
     *
     * @return every file and folder under it, the folder first
     * @throws IOException when the folder cannot be read
     */
    public Stream<Path> walk() throws IOException {
        return Files.walk(start).map(this::asNamed);
    }

    /**
     * {@link Files#find} in the folder, paths under its name (those the matcher is given included).
     *
     * @param matcher which paths to keep, given their attributes (not those of a link's target)
     * @return the paths kept
     * @throws IOException when the folder cannot be read
     */
    public Stream<Path> find(BiPredicate<Path, BasicFileAttributes> matcher) throws IOException {
        return Files.find(start, Integer.MAX_VALUE, (path, attributes) -> matcher.test(asNamed(path), attributes))
                .map(this::asNamed);
    }
}
