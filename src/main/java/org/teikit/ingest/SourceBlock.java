package org.teikit.ingest;

import java.util.List;

/**
 * A paragraph of the source: consecutive non-blank lines, with its first line number. Offsets into
 * {@link #text()} (lines joined by {@code \n}) map back to line and column for reports.
 */
public record SourceBlock(int firstLine, List<String> lines) {

    public SourceBlock {
        lines = List.copyOf(lines);
    }

    /** The lines joined by newlines (so that offsets keep their line). */
    public String text() {
        return String.join("\n", lines);
    }

    /** The lines joined by single spaces, stripped: the paragraph as one run of text. */
    public String flat() {
        return String.join(" ", lines.stream().map(String::strip).toList()).strip();
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    /** The 1-based source line of an offset into {@link #text()}. */
    public int lineAt(int offset) {
        int line = firstLine;
        int remaining = offset;
        for (String l : lines) {
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
        for (String l : lines) {
            if (remaining <= l.length()) {
                return remaining + 1;
            }
            remaining -= l.length() + 1;
        }
        return 1;
    }
}
