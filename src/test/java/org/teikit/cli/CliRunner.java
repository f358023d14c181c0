package org.teikit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the teikit command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Lines of standard error that are not blank. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Starts a command on a thread of its own (a watch); what it prints can be read while it runs. */
    static Background start(String... args) {
        return new Background(args);
    }

    /** A command running on a thread of its own, stopped by interrupting the thread. */
    static final class Background {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile int exitCode = -1;

        private Background(String... args) {
            thread = new Thread(() -> exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args));
            thread.start();
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        /** Waits (a minute at most) until standard output holds {@code text} {@code times} times. */
        void awaitOut(String text, int times) throws InterruptedException {
            long until = System.nanoTime() + 60_000_000_000L;
            while (count(out(), text) < times) {
                org.assertj.core.api.Assertions.assertThat(System.nanoTime())
                        .as("waited for \"%s\" x%d; printed: %s; errors: %s", text, times, out(), err()).isLessThan(until);
                Thread.sleep(50);
            }
        }

        /** Interrupts the command and returns its exit code. */
        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(60_000);
            return exitCode;
        }

        private static int count(String text, String part) {
            int n = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
                n++;
            }
            return n;
        }
    }
}
