package org.teikit.cli;

import java.io.PrintWriter;

import org.teikit.build.BuildListener;
import org.teikit.build.DocumentOutcome;

/**
 * Shows a build's progress: a bar redrawn in place on a terminal, a plain line every few seconds
 * otherwise (logs, CI), nothing when quiet.
 */
abstract class Progress implements BuildListener {

    abstract void finish();

    static Progress silent() {
        return new Progress() {
            @Override
            public void documentFinished(DocumentOutcome outcome, int finished, int total) {
            }

            @Override
            void finish() {
            }
        };
    }

    static Progress forConsole(PrintWriter out) {
        return System.console() != null ? new Bar(out) : new Lines(out);
    }

    /**
     * A bar on one terminal line, redrawn with a carriage return at most every 50 ms (and for the
     * last document): a small corpus builds hundreds of documents a second, and each redraw is a
     * write to the terminal that the worker threads would otherwise queue for.
     */
    static final class Bar extends Progress {
        private static final long REDRAW_NANOS = 50_000_000L;
        private final PrintWriter out;
        private boolean drawn;
        private long lastDrawn;

        Bar(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void documentFinished(DocumentOutcome outcome, int finished, int total) {
            long now = System.nanoTime();
            if (drawn && finished < total && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            int width = 30;
            int filled = total == 0 ? width : finished * width / total;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + finished + "/" + total
                    + "  " + outcome.name() + "\u001b[K");
            out.flush();
            drawn = true;
        }

        @Override
        synchronized void finish() {
            if (drawn) {
                out.print("\r\u001b[K");
                out.flush();
            }
        }
    }

    /** A plain line at most every two seconds, and at the end. */
    static final class Lines extends Progress {
        private final PrintWriter out;
        private long last = System.nanoTime();

        Lines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void documentFinished(DocumentOutcome outcome, int finished, int total) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L || finished == total && total > 20) {
                out.println("built " + finished + "/" + total + " documents");
                out.flush();
                last = now;
            }
        }

        @Override
        void finish() {
        }
    }
}
