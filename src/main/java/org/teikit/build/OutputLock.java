package org.teikit.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A build's hold on its output folder, so that two builds never write into one folder at once (their
 * states and pages would mix). An operating-system file lock: it ends with the process, so a killed
 * build leaves no stale lock behind. The lock file says "running" while a build runs and is emptied
 * when it ends, so the next build knows whether the last one was cut short.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE = ".teikit-build.lock";

    private static final byte[] RUNNING = "running\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final FileChannel channel;
    /** Null where the file system has no locks. */
    private final FileLock lock;
    private final boolean lastRunUnfinished;

    private OutputLock(FileChannel channel, FileLock lock, boolean lastRunUnfinished) {
        this.channel = channel;
        this.lock = lock;
        this.lastRunUnfinished = lastRunUnfinished;
    }

    /**
     * Whether the last build into the folder was cut short (killed, or the machine stopped), so that
     * its temporary files may be removed: only when this build holds the folder alone (where the file
     * system has no locks, "running" may be another build's, still at work).
     */
    boolean lastRunCutShort() {
        return lastRunUnfinished && lock != null;
    }

    /** Takes the folder, or fails at once when another build holds it. */
    static OutputLock acquire(Path outDir) throws IOException {
        FileChannel channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        boolean inUse;
        try {
            lock = channel.tryLock();
            inUse = lock == null;
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this JVM
            inUse = true;
        } catch (IOException e) {
            // A file system without locks (some network shares): the build goes on unguarded, as it
            // did before there was a lock, rather than not at all.
            lock = null;
            inUse = false;
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
        if (inUse) {
            channel.close();
            throw new OutputFolderInUseException(outDir);
        }
        try {
            boolean unfinished = channel.size() > 0;
            channel.truncate(0).write(java.nio.ByteBuffer.wrap(RUNNING), 0);
            return new OutputLock(channel, lock, unfinished);
        } catch (IOException | RuntimeException e) {
            channel.close(); // releases the lock too
            throw e;
        }
    }

    /** Marks the run finished (whatever its outcome: it ended) and lets the folder go. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            if (lock != null) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
