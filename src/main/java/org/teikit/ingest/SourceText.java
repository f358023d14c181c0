package org.teikit.ingest;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A decoded transcription: its name, its text and its lines (1-based numbering in every report).
 * Line ends are normalised to {@code \n}; a leading byte-order mark is removed. The text is held once,
 * as its (valid) UTF-8 bytes, usually the input's own array: lines and blocks are views whose strings
 * are decoded when asked for, so a large input is neither copied per line nor held as UTF-16.
 */
public final class SourceText {

    private final String name;
    private final byte[] utf8;
    /** Byte offset of each line's first byte; a line ends before the next start's newline. */
    private final int[] lineStarts;
    private final int end;
    private final List<String> lines;

    private SourceText(String name, byte[] utf8, int start) {
        this.name = name;
        this.utf8 = utf8;
        this.end = utf8.length;
        this.lineStarts = lineStarts(utf8, start);
        this.lines = new Lines();
    }

    /** A text given as a string (line ends normalised here). */
    public static SourceText of(String name, String text) {
        return ofUtf8(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text given as valid UTF-8; the array is kept (not copied) unless line ends need normalising. */
    static SourceText ofUtf8(String name, byte[] utf8) {
        byte[] normalised = withNewlines(utf8);
        boolean bom = normalised.length >= 3 && (normalised[0] & 0xFF) == 0xEF && (normalised[1] & 0xFF) == 0xBB
                && (normalised[2] & 0xFF) == 0xBF;
        return new SourceText(name, normalised, bom ? 3 : 0);
    }

    /** {@code \r\n} and lone {@code \r} as {@code \n}; the same array when there is no {@code \r}. */
    private static byte[] withNewlines(byte[] in) {
        int cr = 0;
        while (cr < in.length && in[cr] != '\r') {
            cr++;
        }
        if (cr == in.length) {
            return in;
        }
        byte[] out = new byte[in.length];
        System.arraycopy(in, 0, out, 0, cr);
        int n = cr;
        for (int i = cr; i < in.length; i++) {
            if (in[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = in[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] lineStarts(byte[] utf8, int start) {
        int[] starts = new int[16];
        starts[0] = start;
        int count = 1;
        for (int i = start; i < utf8.length; i++) {
            if (utf8[i] == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String name() {
        return name;
    }

    /** The whole text, decoded now (a new string each call: ask for lines or blocks where they do). */
    public String text() {
        return decode(lineStarts[0], end);
    }

    /** The lines, without their line ends (a view: each line is decoded when asked for). */
    public List<String> lines() {
        return lines;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The 0-based lines {@code from} to {@code to} (exclusive), joined by {@code \n}. */
    String text(int from, int to) {
        return decode(lineStarts[from], lineEnd(to - 1));
    }

    /** The number of UTF-8 bytes of the 0-based lines {@code from} to {@code to} (exclusive), line ends between them included. */
    long byteLength(int from, int to) {
        return lineEnd(to - 1) - lineStarts[from];
    }

    /** The text from the start of the 0-based line {@code from} to the end. */
    String textFrom(int from) {
        return decode(lineStarts[from], end);
    }

    private int lineEnd(int index) {
        return index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : end;
    }

    private String decode(int from, int to) {
        return new String(utf8, from, to - from, StandardCharsets.UTF_8);
    }

    /** Blank as {@link String#isBlank()} says; decoded only when the line has non-ASCII bytes (em space…). */
    private boolean isBlankLine(int index) {
        for (int i = lineStarts[index], e = lineEnd(index); i < e; i++) {
            if (utf8[i] < 0) {
                return lines.get(index).isBlank();
            }
            if (!Character.isWhitespace((char) utf8[i])) {
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
            return decode(lineStarts[index], lineEnd(index));
        }

        @Override
        public int size() {
            return lineStarts.length;
        }
    }
}
