package org.teikit.validate;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.sf.saxon.s9api.SaxonApiException;

/**
 * Runs a Schematron evaluation on a worker thread and stops waiting for it after a time limit. A
 * schema's own XSLT functions can loop for ever (a tail-recursive function never runs out of stack),
 * and Saxon-HE does not heed interrupts: the worker is a daemon thread, left to the end of the program,
 * so that the validation reports the schema instead of hanging.
 */
final class TimeLimit {

    /** The evaluation did not finish within the limit. */
    static final class Exceeded extends Exception {
        Exceeded(Duration limit) {
            super("did not finish within " + limit.toSeconds() + " s");
        }
    }

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "teikit-schematron");
        t.setDaemon(true);
        return t;
    });

    private TimeLimit() {
    }

    static <T> T run(Duration limit, Callable<T> task) throws SaxonApiException, Exceeded {
        Future<T> future = WORKERS.submit(task);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Exceeded(limit);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Validation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SaxonApiException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
