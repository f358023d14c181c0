package org.teikit.cli;

/** The exit codes every teikit command uses. */
final class ExitCodes {
    /** Everything worked and no document has errors. */
    static final int OK = 0;
    /** A document had errors, or an input could not be read or an output written. */
    static final int DOCUMENT_ERRORS = 1;
    /** The command line itself was wrong. */
    static final int USAGE = 2;
    /** teikit itself failed: out of memory, or a bug. */
    static final int INTERNAL = 3;
    /** A watch was stopped (Ctrl-C ends the JVM with this code too: 128 + SIGINT). */
    static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
