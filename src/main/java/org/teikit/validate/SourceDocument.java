package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document under validation: its name, where its bytes are (in memory or a file, which is read as
 * a stream and never held whole while validators run), and a map from the positions validators report
 * (SAX reports the end of a start tag) to the positions an editor wants (the {@code <} of the tag, the
 * attribute's name). The map is built on the first position asked for, so a document without problems
 * never has its text held in memory. One per validation; not thread-safe.
 */
final class SourceDocument {

    private final String systemId;
    private final String displayName;
    private final byte[] content;
    private final Path file;
    private String text;
    private int[] lineStarts;

    SourceDocument(String systemId, String displayName, byte[] content) {
        this(systemId, displayName, content, null);
    }

    private SourceDocument(String systemId, String displayName, byte[] content, Path file) {
        this.systemId = systemId;
        this.displayName = displayName;
        this.content = content;
        this.file = file;
    }

    /** A document read from {@code file} each time it is parsed. */
    static SourceDocument ofFile(String systemId, String displayName, Path file) {
        return new SourceDocument(systemId, displayName, null, file);
    }

    String systemId() {
        return systemId;
    }

    String displayName() {
        return displayName;
    }

    /** A fresh stream of the document's bytes; the caller closes it. */
    InputStream open() throws IOException {
        return content != null ? new ByteArrayInputStream(content) : Files.newInputStream(file);
    }

    /** The text and line table, read on first use. */
    private boolean indexed() {
        if (text == null) {
            try {
                // Positions only: a document in another encoding still validates (the parser decodes
                // it), its columns may then be approximate.
                text = new String(content != null ? content : Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return false;
            }
            lineStarts = lineStarts(text);
        }
        return true;
    }

    /** The start of the tag whose end a parser reported at {@code line}:{@code column}. */
    Position tagStart(int line, int column) {
        if (!indexed()) {
            return new Position(line, column);
        }
        int offset = offset(line, column);
        if (offset < 0) {
            return new Position(line, column);
        }
        // '<' cannot occur inside an attribute value, so the nearest one before the position opens the tag.
        int lt = text.lastIndexOf('<', Math.max(0, Math.min(offset, text.length()) - 1));
        return lt < 0 ? new Position(line, column) : position(lt);
    }

    /** The position of attribute {@code name} in the start tag that ends at {@code line}:{@code column}. */
    Position attribute(int line, int column, String name) {
        if (!indexed()) {
            return new Position(line, column);
        }
        Position start = tagStart(line, column);
        int from = offset(start.line(), start.column());
        int to = offset(line, column);
        if (from < 0 || to < 0 || to <= from) {
            return start;
        }
        Matcher m = Pattern.compile("\\s(" + Pattern.quote(name) + ")\\s*=").matcher(text);
        m.region(from, Math.min(to, text.length()));
        return m.find() ? position(m.start(1)) : start;
    }

    private int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        return Math.min(text.length(), lineStarts[line - 1] + column - 1);
    }

    private Position position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** A 1-based line and column. */
    record Position(int line, int column) {
    }
}
