package org.teikit.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.teikit.Diagnostic;

/**
 * Saves the build state now and then while documents are being built, so that a build cut short
 * (Ctrl-C, a closed terminal, a crash, a machine going down) leaves a state from which the next build
 * redoes only the documents it had not finished, instead of all of them. A checkpoint is the last
 * build's state with the entries of the documents rebuilt since laid over it, marked as a checkpoint:
 * its corpus pages were not written, so the next build writes them again.
 *
 * <p>Called from the worker threads; one of them saves at a time, the others never wait for it. A
 * last checkpoint is saved when the JVM is asked to stop (Ctrl-C, {@code kill}) while documents are
 * being built: see {@link #whileBuilding}.
 */
final class Checkpoints {

    /** Between two checkpoints: a 50,000-document state takes ~0.1 s to write, ~1% of this. */
    static final Duration EVERY = Duration.ofSeconds(10);

    private final Path outDir;
    private final BuildState previous;
    private final Function<DocumentOutcome, BuildState.Entry> entryOf;
    private final Function<DocumentOutcome, String> keyOf;
    private final long intervalNanos;
    private final Map<String, BuildState.Entry> rebuilt = new ConcurrentHashMap<>();
    private final ReentrantLock saving = new ReentrantLock();
    private volatile long lastSaved = System.nanoTime();

    /**
     * @param outDir   where the state is saved
     * @param previous the state the build started from
     * @param keyOf    a document's key in the state (its input, relative to the input folder)
     * @param entryOf  a rebuilt document's entry in the state
     * @param interval the least time between two checkpoints
     */
    Checkpoints(Path outDir, BuildState previous, Function<DocumentOutcome, String> keyOf,
                Function<DocumentOutcome, BuildState.Entry> entryOf, Duration interval) {
        this.outDir = outDir;
        this.previous = previous;
        this.keyOf = keyOf;
        this.entryOf = entryOf;
        this.intervalNanos = interval.toNanos();
    }

    /** {@code listener}, told of each document after it is recorded for the next checkpoint. */
    BuildListener around(BuildListener listener) {
        return new BuildListener() {
            @Override
            public void documentFinished(DocumentOutcome outcome, int finished, int total) {
                finished(outcome);
                listener.documentFinished(outcome, finished, total);
            }

            @Override
            public void corpusProgress(java.nio.file.Path corpus, int done, int total) {
                listener.corpusProgress(corpus, done, total);
            }
        };
    }

    /**
     * Runs {@code build} with a last checkpoint saved if the JVM shuts down before it returns (a
     * killed JVM saves nothing more: the checkpoints taken so far are what the next build has).
     */
    <T> T whileBuilding(Build<T> build) throws IOException {
        Thread onShutdown = new Thread(this::saveOnShutdown, "teikit-checkpoint");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try {
            return build.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** The documents' build, run by {@link #whileBuilding}. */
    @FunctionalInterface
    interface Build<T> {
        T run() throws IOException;
    }

    private void saveOnShutdown() {
        saving.lock(); // waits for a checkpoint being saved
        try {
            if (!rebuilt.isEmpty()) {
                save(true);
            }
        } finally {
            saving.unlock();
        }
    }

    private void finished(DocumentOutcome outcome) {
        if (outcome.upToDate() || outcome.diagnostics().stream().anyMatch(Checkpoints::isFailureOfTheRun)) {
            // The last state's entry is right for a document up to date, and makes the next build
            // redo one that this run failed to read or write (as it does once teikit is stopping).
            return;
        }
        rebuilt.put(keyOf.apply(outcome), entryOf.apply(outcome));
        if (System.nanoTime() - lastSaved >= intervalNanos && saving.tryLock()) {
            try {
                save(false);
            } finally {
                saving.unlock();
            }
        }
    }

    private static boolean isFailureOfTheRun(Diagnostic diagnostic) {
        return diagnostic.rule().equals("build.io") || diagnostic.rule().equals("build.internal");
    }

    private void save(boolean stopping) {
        Map<String, BuildState.Entry> documents = new TreeMap<>(previous.documents());
        documents.putAll(rebuilt);
        // The last build's hashing time, not this one's: an entry's hash is taken on trust only for
        // inputs written well before it, so an earlier time trusts fewer, never wrongly.
        BuildState checkpoint = new BuildState(previous.fingerprint(), documents, previous.hashedAt(), true);
        try {
            if (stopping) {
                checkpoint.saveWhileStopping(outDir);
            } else {
                checkpoint.save(outDir);
            }
        } catch (IOException e) {
            // A checkpoint only saves work after a crash; the build's own state at its end reports
            // a folder it cannot write.
        }
        lastSaved = System.nanoTime();
    }
}
