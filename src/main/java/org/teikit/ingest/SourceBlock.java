package org.teikit.ingest;

import java.util.List;

/**
 * A paragraph of the source: consecutive non-blank lines, with its first line number. Offsets into
 * {@link #text()} (lines joined by {@code \n}) map back to line and column for reports. A view of the
 * {@link SourceText}: its strings are cut from the source's text when asked for.
 */
public final class SourceBlock {

    private final SourceText source;
    /** 0-based index of the first line in the source. */
    private final int first;
    private final int count;

    SourceBlock(SourceText source, int first, int count) {
        this.source = source;
        this.first = first;
        this.count = count;
    }

    /** The 1-based number of the first line. */
    public int firstLine() {
        return first + 1;
    }

    public List<String> lines() {
        return source.lines().subList(first, first + count);
    }

    /** The lines joined by newlines (so that offsets keep their line). */
    public String text() {
        return source.text(first, first + count);
    }

    /** The lines joined by single spaces, stripped: the paragraph as one run of text. */
    public String flat() {
        if (count == 1) {
            return lines().get(0).strip();
        }
        return String.join(" ", lines().stream().map(String::strip).toList()).strip();
    }

    public int lastLine() {
        return first + count;
    }

    /** The 1-based source line of an offset into {@link #text()}. */
    public int lineAt(int offset) {
        int line = firstLine();
        int remaining = offset;
        for (String l : lines()) {
            if (remaining <= l.length()) {
                return line;
            }
            remaining -= l.length() + 1;
            line++;
        }
        return lastLine();
    }

    /** The 1-based column (in characters) of an offset into {@link #text()}. */
    public int columnAt(int offset) {
        int remaining = offset;
        for (String l : lines()) {
            if (remaining <= l.length()) {
                return remaining + 1;
            }
            remaining -= l.length() + 1;
        }
        return 1;
    }
}
