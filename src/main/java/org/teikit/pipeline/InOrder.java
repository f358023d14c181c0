package org.teikit.pipeline;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on many items at once, its results taken in the items' order: the command line and the Maven
 * goals work on their files on several threads and say (and record) what each file's work found as a
 * run on one thread would, whatever finished first. Internal, not API.
 */
public final class InOrder {

    /** The work on one item, on a thread of the pool; it may throw only for I/O failure or a bug. */
    @FunctionalInterface
    public interface Work<T, R> {
        R on(T item) throws IOException;
    }

    /** What is done with each result, on the calling thread, in the items' order. */
    @FunctionalInterface
    public interface Then<R> {
        void take(R result) throws IOException;
    }

    private InOrder() {
    }

    /** The threads to use when not told: one per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Does {@code work} on every item, on up to {@code threads} threads, and hands each result to
     * {@code then} as soon as it and the results before it are there. One item, or one thread, is worked
     * on the calling thread, with no pool. An exception of the work or of {@code then} is thrown as it is
     * (the work not yet started is dropped).
     *
     * @throws InterruptedIOException when the calling thread is interrupted while it waits
     */
    public static <T, R> void run(List<T> items, int threads, Work<T, R> work, Then<R> then) throws IOException {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                then.take(work.on(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), daemonThreads());
        try {
            List<Future<R>> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(pool.submit(() -> work.on(item)));
            }
            for (Future<R> result : results) {
                then.take(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while files were being worked on");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "teikit-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
