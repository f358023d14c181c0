package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system tells of an input without reading it: its size and modification time and,
 * where the file system keeps them (Linux, macOS), its change time and identity (device and inode),
 * to the nanosecond it records them.
 *
 * <p>The change time moves on every write, and nothing sets it back ({@code touch -d} and copies that
 * keep times set the modification time only), so an input whose whole stamp is what it was when the
 * last build hashed it still has the content that build hashed, as Git's index and Gradle's file
 * hashes assume. A rebuild then takes the recorded content hash instead of reading the input again
 * (hashing 50 MB of transcriptions was most of a rebuild's time). Without a change time, or when the
 * times are too close to that hashing to tell (see {@link #MARGIN_NANOS}), the input is hashed.
 */
record InputStamp(long size, long modifiedNanos, Long changedNanos, String fileKey) {

    /**
     * How long before a build's hashing an input must have been written for its hash to be taken again:
     * time stamps are coarse (FAT keeps two seconds, Linux a clock tick), so a write in the same tick as
     * the hashing, after it, would leave the stamp as it was.
     */
    static final long MARGIN_NANOS = TimeUnit.SECONDS.toNanos(3);

    /** The stamp of {@code input}. */
    static InputStamp of(Path input) throws IOException {
        try {
            Map<String, Object> unix = Files.readAttributes(input, "unix:size,lastModifiedTime,ctime,dev,ino");
            return new InputStamp((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
                    nanos((FileTime) unix.get("ctime")), unix.get("dev") + ":" + unix.get("ino"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes basic = Files.readAttributes(input, BasicFileAttributes.class);
            return new InputStamp(basic.size(), nanos(basic.lastModifiedTime()), null, null);
        }
    }

    /** The modification time in milliseconds, as the build state has kept it (a hint of change). */
    long modifiedMillis() {
        return Math.floorDiv(modifiedNanos, 1_000_000L);
    }

    /** The stamp as the build state keeps it; null when it cannot vouch for the content (no change time). */
    String encoded() {
        return changedNanos == null ? null : size + "/" + modifiedNanos + "/" + changedNanos + "/" + fileKey;
    }

    /**
     * The stamp as a string, also where the file system keeps no change time: for files that are
     * compared by their stamp alone, never hashed (the images pages show).
     */
    String describe() {
        return size + "/" + modifiedNanos + "/" + changedNanos + "/" + fileKey;
    }

    /** {@link #describe()} of the stamp of {@code file}, or null when there is no such regular file. */
    static String describe(Path file) {
        try {
            return Files.isRegularFile(file) ? of(file).describe() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether an input with this stamp still has the content that was hashed when its stamp was
     * {@code recorded}, by a build whose hashing began at {@code hashedAtNanos} (since the epoch).
     */
    boolean vouchesFor(String recorded, Long hashedAtNanos) {
        String mine = encoded();
        return mine != null && mine.equals(recorded) && hashedAtNanos != null
                && modifiedNanos < hashedAtNanos - MARGIN_NANOS && changedNanos < hashedAtNanos - MARGIN_NANOS;
    }

    /** Now, in nanoseconds since the epoch, on the clock file times are kept in. */
    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }
}
