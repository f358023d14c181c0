package org.teikit.ingest;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A decoded transcription: its name, its text and its lines (1-based numbering in every report).
 * Line ends are normalised to {@code \n}; a leading byte-order mark is removed. The text is held once:
 * lines and blocks are views that cut their strings on demand, so a large input is not copied per line.
 */
public final class SourceText {

    private final String name;
    private final String text;
    /** Offset of each line's first character; the line ends before the next start's newline. */
    private final int[] lineStarts;
    private final List<String> lines;

    private SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        this.lineStarts = lineStarts(text);
        this.lines = new Lines();
    }

    public static SourceText of(String name, String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        return new SourceText(name, normalised);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The lines, without their line ends (a view: each line is cut from the text when asked for). */
    public List<String> lines() {
        return lines;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of the 0-based line. */
    int lineStart(int index) {
        return lineStarts[index];
    }

    /** Offset just after the last character of the 0-based line (before its newline). */
    int lineEnd(int index) {
        return index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
    }

    private boolean isBlankLine(int index) {
        for (int i = lineStart(index), end = lineEnd(index); i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text's paragraphs: runs of non-blank lines separated by blank lines. */
    public List<SourceBlock> blocks() {
        List<SourceBlock> blocks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lineStarts.length; i++) {
            if (isBlankLine(i)) {
                if (start >= 0) {
                    blocks.add(new SourceBlock(this, start, i - start));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            blocks.add(new SourceBlock(this, start, lineStarts.length - start));
        }
        return blocks;
    }

    /** Number of blank lines directly before the given 1-based line. */
    public int blankLinesBefore(int line) {
        int n = 0;
        for (int i = line - 2; i >= 0 && isBlankLine(i); i--) {
            n++;
        }
        return n;
    }

    private final class Lines extends AbstractList<String> implements RandomAccess {
        @Override
        public String get(int index) {
            return text.substring(lineStart(index), lineEnd(index));
        }

        @Override
        public int size() {
            return lineStarts.length;
        }
    }
}
