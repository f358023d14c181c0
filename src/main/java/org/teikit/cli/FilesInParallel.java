package org.teikit.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a command's work on each of its files on several threads, and says what each file's work said in
 * the files' order, as a run on one thread would: a file's lines are held until the files before it are
 * done, so that the output is the same whatever finished first. One file, or one thread, runs on the
 * calling thread (a quick preview starts no pool).
 */
final class FilesInParallel {

    /** The work on one file: whether it was done; what it says goes to {@code out} and {@code err}. */
    @FunctionalInterface
    interface Work {
        boolean on(Path file, PrintWriter out, PrintWriter err);
    }

    /** What one file's work said, held until its turn. */
    private record Said(boolean done, String out, String err) {
    }

    private FilesInParallel() {
    }

    /** The threads a command uses when not told: one per processor. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Does {@code work} on every file, on up to {@code threads} threads.
     *
     * @return how many files it was not done for
     * @throws InterruptedIOException when the calling thread is interrupted while it waits
     */
    static int run(List<Path> files, int threads, Work work, PrintWriter out, PrintWriter err)
            throws InterruptedIOException {
        int failures = 0;
        if (threads <= 1 || files.size() <= 1) {
            for (Path file : files) {
                failures += work.on(file, out, err) ? 0 : 1;
                out.flush();
                err.flush();
            }
            return failures;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        try {
            List<Future<Said>> said = new ArrayList<>(files.size());
            for (Path file : files) {
                said.add(pool.submit(() -> {
                    StringWriter fileOut = new StringWriter();
                    StringWriter fileErr = new StringWriter();
                    boolean done = work.on(file, new PrintWriter(fileOut), new PrintWriter(fileErr));
                    return new Said(done, fileOut.toString(), fileErr.toString());
                }));
            }
            for (Future<Said> next : said) {
                Said one = next.get();
                // A file's problems before its result line, as the work says them on one thread.
                err.print(one.err());
                err.flush();
                out.print(one.out());
                out.flush();
                failures += one.done() ? 0 : 1;
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while files were being processed");
        } catch (ExecutionException e) {
            // The work reports its files' problems itself: anything thrown is a bug, passed on as it is.
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "teikit-file-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
