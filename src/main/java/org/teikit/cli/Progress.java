package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

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
        private int finished;
        private int total;

        Bar(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void documentFinished(DocumentOutcome outcome, int finished, int total) {
            this.finished = finished;
            this.total = total;
            draw(finished == total, outcome.name());
        }

        /** A teiCorpus's documents as they are made, after the bar: "letters.xml 120/4000". */
        @Override
        public synchronized void corpusProgress(Path corpus, int done, int steps) {
            draw(false, corpus.getFileName() + " " + done + "/" + steps);
        }

        private void draw(boolean last, String what) {
            long now = System.nanoTime();
            if (drawn && !last && now - lastDrawn < REDRAW_NANOS) {
                return;
            }
            lastDrawn = now;
            int width = 30;
            // no bar before the first document is finished: its total is not known yet
            String bar = total == 0 ? "" : "[" + "#".repeat(finished * width / total)
                    + " ".repeat(width - finished * width / total) + "] " + finished + "/" + total + "  ";
            out.print("\r" + bar + what + "\u001b[K");
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

        private int finished;
        private int total;

        @Override
        public synchronized void documentFinished(DocumentOutcome outcome, int finished, int total) {
            this.finished = finished;
            this.total = total;
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L || finished == total && total > 20) {
                out.println("built " + finished + "/" + total + " documents");
                out.flush();
                last = now;
            }
        }

        @Override
        public synchronized void corpusProgress(Path corpus, int done, int steps) {
            long now = System.nanoTime();
            if (now - last > 2_000_000_000L) {
                // no count before the first document is finished: its total is not known yet
                out.println((total == 0 ? "" : "built " + finished + "/" + total + " documents; ") + corpus.getFileName()
                        + ": made " + done + "/" + steps + " of its documents' outputs (pages, and PDFs when made)");
                out.flush();
                last = now;
            }
        }

        @Override
        void finish() {
        }
    }
}
