package org.teikit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that a reader (or a killed run) never sees half of one: the content goes to
 * a temporary file in the same folder, which is then moved into place in one step.
 */
public final class AtomicFiles {

    /**
     * The temporary files being written now. A run stopped by Ctrl-C or a plain kill (SIGINT,
     * SIGTERM) removes them as the JVM exits; only a hard kill (SIGKILL, power loss) leaves them,
     * for the next build into the folder to remove (see {@link #isLeftover}).
     */
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Held (shared) by writers while they create and register a temporary file, and (exclusive) by
     * the exit hook: a file is never created after the hook has listed the files to remove.
     */
    private static final java.util.concurrent.locks.ReentrantReadWriteLock CREATING =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private static volatile boolean exiting;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeInFlight, "teikit-temporary-files"));
    }

    private static void removeInFlight() {
        CREATING.writeLock().lock();
        try {
            exiting = true;
            for (Path temp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // exiting: nothing more can be done
                }
            }
        } finally {
            CREATING.writeLock().unlock();
        }
    }

    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target} atomically; on failure the target is left as it was. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * Writes {@code bytes} to {@code target} atomically even while teikit is stopping, for a shutdown
     * hook that saves what a run has done (other writes are refused then). Its temporary file is not
     * removed by the exit hook: a kill while it is written leaves it for the next build to remove.
     */
    public static void writeWhileStopping(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    private static void write(Path target, Content content, boolean whileStopping) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "a folder of that name is in the way of the output");
        }
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        Path temp = null;
        boolean moved = false;
        try {
            OutputStream out = null;
            while (out == null) {
                temp = tempName(dir, absolute.getFileName().toString());
                CREATING.readLock().lock();
                try {
                    if (exiting && !whileStopping) {
                        throw new IOException("not writing " + target + ": teikit is stopping");
                    }
                    // Permissions from the umask (usually 0644), like any file the user writes, so the output
                    // is readable by the web server or colleague it is made for (createTempFile makes 0600,
                    // and a chmod needs a file-store lookup that costs more than writing a small page).
                    out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    if (!whileStopping) {
                        IN_FLIGHT.add(temp); // else the exit hook, running beside it, could remove it
                    }
                } catch (FileAlreadyExistsException e) {
                    temp = null; // taken: another name
                } catch (java.nio.file.AccessDeniedException e) {
                    // Said of the output, not of the hidden temporary name the user never chose.
                    throw new java.nio.file.AccessDeniedException(target.toString(), null,
                            "the folder it goes into cannot be written");
                } finally {
                    CREATING.readLock().unlock();
                }
            }
            try (OutputStream stream = out) {
                content.writeTo(stream);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved && temp != null) {
                Files.deleteIfExists(temp);
            }
            if (temp != null) {
                IN_FLIGHT.remove(temp);
            }
        }
    }

    /** The names {@link #tempName} makes: hidden, the target's name, a number, {@code .tmp}. */
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("\\..+\\.[0-9]+\\.tmp");

    /**
     * Whether {@code file} is a temporary file of this class's that was never moved into place (its
     * writer was killed). Only whoever owns the folder at the time may delete such files: another
     * writer's may still be in use.
     */
    public static boolean isLeftover(Path file) {
        Path name = file.getFileName();
        return name != null && TEMP_NAME.matcher(name.toString()).matches();
    }

    /** A hidden name beside the target that a reader never takes for an output. */
    private static Path tempName(Path dir, String name) {
        return dir.resolve("." + shortened(name) + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    }

    /** Most bytes of a file's name on common file systems (ext4, XFS, APFS; NTFS counts 255 UTF-16 units). */
    public static final int MAX_NAME_BYTES = 255;

    /**
     * Whether a file of this name can be written on common file systems (see {@link #MAX_NAME_BYTES}).
     *
     * @param fileName a file's name, without its folder
     * @return false when its UTF-8 form is too long
     */
    public static boolean nameFits(String fileName) {
        return nameBytes(fileName) <= MAX_NAME_BYTES;
    }

    /**
     * The bytes a file's name takes (its UTF-8 form).
     *
     * @param fileName a file's name, without its folder
     * @return its length in bytes
     */
    public static int nameBytes(String fileName) {
        return fileName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Most UTF-8 bytes of the target's name in a temporary file's name: the most in all, less the rest. */
    private static final int NAME_BYTES = MAX_NAME_BYTES - ".".length() - ".".length() - 20 - ".tmp".length();

    /** {@code name}, cut at a character to fit {@link #NAME_BYTES}: a long output name still gets a temporary file. */
    private static String shortened(String name) {
        if (name.length() * 3 <= NAME_BYTES) {
            return name; // fits however it encodes
        }
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int cp = name.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return name.substring(0, end);
    }
}
