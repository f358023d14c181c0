package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.teikit.pipeline.InOrder;

/**
 * A command's work on each of its files, on several threads ({@link InOrder}), what each file's work
 * says printed in the files' order as a run on one thread would: a file's lines are held until the
 * files before it are done. One file, or one thread, runs on the calling thread (a quick preview
 * starts no pool).
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

    /**
     * Does {@code work} on every file, on up to {@code threads} threads.
     *
     * @return how many files it was not done for
     * @throws java.io.InterruptedIOException when the calling thread is interrupted while it waits
     */
    static int run(List<Path> files, int threads, Work work, PrintWriter out, PrintWriter err) throws IOException {
        if (threads <= 1 || files.size() <= 1) {
            // Said as it goes: nothing to keep in order.
            int failures = 0;
            for (Path file : files) {
                failures += work.on(file, out, err) ? 0 : 1;
                out.flush();
                err.flush();
            }
            return failures;
        }
        int[] failures = {0};
        InOrder.run(files, threads, file -> {
            StringWriter fileOut = new StringWriter();
            StringWriter fileErr = new StringWriter();
            boolean done = work.on(file, new PrintWriter(fileOut), new PrintWriter(fileErr));
            return new Said(done, fileOut.toString(), fileErr.toString());
        }, said -> {
            // A file's problems before its result line, as the work says them on one thread.
            err.print(said.err());
            err.flush();
            out.print(said.out());
            out.flush();
            failures[0] += said.done() ? 0 : 1;
        });
        return failures[0];
    }
}
