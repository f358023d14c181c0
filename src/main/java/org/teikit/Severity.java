package org.teikit;

/** How serious a {@link Diagnostic} is. Only {@link #ERROR} makes a document fail. */
public enum Severity {
    /** The document is wrong: the build fails. */
    ERROR,
    /** Worth an editor's look; the document passes. */
    WARNING,
    /** For information only. */
    INFO;

    /**
     * The word used in compiler-style lines.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
