package org.teikit.validate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document under validation: its name, its bytes, and a map from the positions validators report
 * (SAX reports the end of a start tag) to the positions an editor wants (the {@code <} of the tag, the
 * attribute's name). Immutable.
 */
final class SourceDocument {

    private final String systemId;
    private final String displayName;
    private final byte[] content;
    private final String text;
    private final int[] lineStarts;

    SourceDocument(String systemId, String displayName, byte[] content) {
        this.systemId = systemId;
        this.displayName = displayName;
        this.content = content;
        // Positions only: a document in another encoding still validates (the parser decodes it), its
        // columns may then be approximate.
        this.text = new String(content, StandardCharsets.UTF_8);
        this.lineStarts = lineStarts(text);
    }

    String systemId() {
        return systemId;
    }

    String displayName() {
        return displayName;
    }

    byte[] content() {
        return content;
    }

    /** The start of the tag whose end a parser reported at {@code line}:{@code column}. */
    Position tagStart(int line, int column) {
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
