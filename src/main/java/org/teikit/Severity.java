package org.teikit;

/** How serious a {@link Diagnostic} is. Only {@link #ERROR} makes a document fail. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word used in compiler-style lines ({@code error}, {@code warning}, {@code info}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
