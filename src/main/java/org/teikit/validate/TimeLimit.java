package org.teikit.validate;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.sf.saxon.s9api.SaxonApiException;

/**
 * Runs one schema's Schematron evaluations on worker threads and stops waiting for one after a time
 * limit. A schema's own XSLT can loop for ever (a tail-recursive function never runs out of stack), and
 * Saxon-HE never looks at a thread's interrupt flag, so a worker cannot be interrupted.
 *
 * <p>An overrunning evaluation is asked to {@link Stop}, which {@link StopOnRequest} (a trace listener)
 * heeds at the next node the schema's rules are applied to, and at the next turn of an {@code xsl:iterate}:
 * such evaluations end within the {@link #GRACE}. A tail-recursive {@code xsl:function}, an
 * {@code xsl:for-each} whose items an expression reads, and a loop inside one XPath expression
 * ({@code sum((1 to 2000000000) ! (. * 2))}) tell the listener nothing and cannot be stopped.
 * Compiling the schema with tracing ({@code XsltCompiler.setCompileWithTracing}, or Saxon's code
 * injector with only its component or instruction tracers) would reach functions too, but it ends
 * Saxon's tail-call optimisation: {@code f:count(5000)} (a function counting down by tail calls) failed
 * with "Too many nested function calls", where the untraced schema counts down from 1,000,000 in well
 * under a second; a legitimate recursive schema would break. So tracing is not compiled in.
 *
 * <p>What cannot be stopped is kept to one runaway per schema: while an evaluation that overran is
 * still running, this schema starts no other, and each later document is told {@link Blocked} (naming the
 * document it overran on) at once. When the runaway ends after all, the schema runs again. Evaluations
 * already under way on other threads when one overran can overrun as well, so the bound is the
 * validating threads at that moment, never the documents. Thread-safe.
 */
final class TimeLimit {

    /**
     * How long an overrunning evaluation is given to end once asked to stop: one that heeds it ends at
     * its next node or turn, in milliseconds; one still running then is kept as this schema's runaway.
     */
    private static final Duration GRACE = Duration.ofMillis(250);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "teikit-schematron");
        t.setDaemon(true);
        return t;
    });

    /** An evaluation of this schema that overran and is still running, with the document it ran on. */
    private record Runaway(String document, CompletableFuture<?> ended) {
    }

    private final Duration limit;
    private final ConcurrentLinkedQueue<Runaway> runaways = new ConcurrentLinkedQueue<>();

    TimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** The evaluation did not finish within the limit on this document. */
    static final class Exceeded extends Exception {
        private final boolean stopped;

        Exceeded(Duration limit, boolean stopped) {
            super("did not finish within " + limit.toSeconds() + " s");
            this.stopped = stopped;
        }

        /** Whether the evaluation ended when asked; if not, it is still running. */
        boolean stopped() {
            return stopped;
        }
    }

    /** Not evaluated: the schema's evaluation on another document overran and is still running. */
    static final class Blocked extends Exception {
        private final String document;

        Blocked(String document) {
            super("still running on " + document);
            this.document = document;
        }

        /** The document the still-running evaluation was given. */
        String document() {
            return document;
        }
    }

    /** A request to stop, read by the evaluation it was given to (on its own thread). */
    static final class Stop {
        private volatile boolean requested;

        boolean requested() {
            return requested;
        }

        void request() {
            requested = true;
        }
    }

    /** An evaluation that can be asked to stop. */
    interface Evaluation<T> {
        T run(Stop stop) throws SaxonApiException;
    }

    /**
     * Runs {@code evaluation} on a worker within the limit, or refuses to start it while an earlier
     * evaluation of this schema is still running past its limit.
     *
     * @param document the document evaluated, named to the documents refused should it overrun
     */
    <T> T run(String document, Evaluation<T> evaluation) throws SaxonApiException, Exceeded, Blocked {
        Runaway running = stillRunning();
        if (running != null) {
            throw new Blocked(running.document());
        }
        Stop stop = new Stop();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return evaluation.run(stop);
            } catch (SaxonApiException e) {
                throw new CompletionException(e);
            }
        }, WORKERS);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop.request();
            boolean stopped = endedWithin(result, GRACE);
            if (!stopped) {
                runaways.add(new Runaway(document, result));
            }
            throw new Exceeded(limit, stopped);
        } catch (InterruptedException e) {
            stop.request();
            runaways.add(new Runaway(document, result)); // until it ends: it may not heed the request
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

    /** The earliest runaway still running, forgetting those that have ended. */
    private Runaway stillRunning() {
        for (Runaway r : runaways) {
            if (!r.ended().isDone()) {
                return r;
            }
            runaways.remove(r);
        }
        return null;
    }

    /** Whether the evaluation ended (in any way) within {@code grace}. */
    private static boolean endedWithin(CompletableFuture<?> result, Duration grace) {
        try {
            result.get(grace.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
