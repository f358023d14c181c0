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

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) of this block, as a block of their own. */
    SourceBlock part(int from, int to) {
        return new SourceBlock(source, first + from, to - from);
    }

    public int lastLine() {
        return first + count;
    }

    /** The length in characters of each line. */
    int[] lineLengths() {
        return lines().stream().mapToInt(String::length).toArray();
    }

    /** The 1-based source line of an offset into {@link #text()}. */
    public int lineAt(int offset) {
        return lineAt(firstLine(), lineLengths(), offset);
    }

    /** The 1-based column (in characters) of an offset into {@link #text()}. */
    public int columnAt(int offset) {
        return columnAt(lineLengths(), offset);
    }

    /** The line of an offset into lines of the given lengths joined by newlines, the first being {@code firstLine}. */
    static int lineAt(int firstLine, int[] lengths, int offset) {
        int remaining = offset;
        for (int i = 0; i < lengths.length; i++) {
            if (remaining <= lengths[i]) {
                return firstLine + i;
            }
            remaining -= lengths[i] + 1;
        }
        return firstLine + lengths.length - 1;
    }

    /** The 1-based column of an offset into lines of the given lengths joined by newlines. */
    static int columnAt(int[] lengths, int offset) {
        int remaining = offset;
        for (int length : lengths) {
            if (remaining <= length) {
                return remaining + 1;
            }
            remaining -= length + 1;
        }
        return 1;
    }
}
