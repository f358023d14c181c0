package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * commonmark's inline parser, given a long block's text in slices of about {@link #SLICE} characters.
 * commonmark makes a node for every run of text between signs before merging them at the block's
 * end: a dense 4 MB paragraph (a million "[w]") held ~4 million nodes, over 700 MB, at once. Slices
 * bound that to one slice's nodes. A slice ends at a line's end, or inside a very long line at a
 * space, where the square brackets, braces and backticks opened in the slice are closed if such a
 * place comes soon; emphasis or a link that still crosses from one slice to the next is read as text
 * with its signs (no character is lost), so a block read in slices starts with a {@link Sliced}
 * marker for the converter to say so. Blocks up to {@link #WHOLE} characters are parsed whole.
 *
 * <p>The whole-block parser is commonmark's own {@code InlineParserImpl} (public, in its internal
 * package: the builder offers no other way to reach it; {@code SlicedInlineParserTest} fails if an
 * upgrade changes it).
 */
final class SlicedInlineParser implements InlineParser {

    /** Blocks up to this many characters are parsed whole. */
    static final int WHOLE = 256 * 1024;
    /** About how many characters a slice holds. */
    static final int SLICE = 32 * 1024;
    /** How far past {@link #SLICE} a slice may run on to end where its brackets are closed. */
    private static final int LEEWAY = SLICE;

    /** The first child of a block read in slices: where it starts, and how long it is. */
    static final class Sliced extends CustomNode {
        final long characters;

        Sliced(long characters) {
            this.characters = characters;
        }
    }

    static final class Factory implements InlineParserFactory {
        @Override
        public InlineParser create(InlineParserContext context) {
            return new SlicedInlineParser(new InlineParserImpl(context));
        }
    }

    private final InlineParser whole;

    private SlicedInlineParser(InlineParser whole) {
        this.whole = whole;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        long length = 0;
        for (SourceLine line : lines.getLines()) {
            length += line.getContent().length() + 1;
        }
        if (length <= WHOLE) {
            whole.parse(lines, block);
            return;
        }
        Sliced marker = new Sliced(length - 1);
        marker.setSourceSpans(lines.getSourceSpans().isEmpty() ? List.of() : List.of(lines.getSourceSpans().get(0)));
        block.appendChild(marker);
        List<SourceLine> slice = new ArrayList<>();
        int size = 0;
        Brackets open = new Brackets();
        for (SourceLine line : lines.getLines()) {
            if (!slice.isEmpty() && size >= SLICE && (open.closed() || size >= SLICE + LEEWAY)) {
                parseSlice(slice, block);
                block.appendChild(new SoftLineBreak());
                slice.clear();
                size = 0;
                open = new Brackets();
            }
            CharSequence content = line.getContent();
            int from = 0;
            // A line too long for one slice is cut at spaces; the first piece fills the current slice.
            while (content.length() - from > SLICE + LEEWAY - Math.min(size, SLICE)) {
                int cut = cut(content, from, Math.max(from + 1, from + SLICE - size), open);
                slice.add(line.substring(from, cut));
                parseSlice(slice, block);
                slice.clear();
                size = 0;
                open = new Brackets();
                from = cut;
            }
            CharSequence rest = from == 0 ? content : content.subSequence(from, content.length());
            open.count(rest, 0, rest.length());
            slice.add(from == 0 ? line : line.substring(from, content.length()));
            size += rest.length() + 1;
        }
        if (!slice.isEmpty()) {
            parseSlice(slice, block);
        }
    }

    /** Parses the slice's lines as a block of their own and moves the nodes to the real block. */
    private void parseSlice(List<SourceLine> slice, Node block) {
        Paragraph holder = new Paragraph();
        whole.parse(SourceLines.of(slice), holder);
        for (Node n = holder.getFirstChild(); n != null; ) {
            Node next = n.getNext();
            block.appendChild(n);
            n = next;
        }
    }

    /**
     * Where to end a slice inside a line: the first space at or after {@code want} where the brackets
     * opened since {@code from} are closed, else the first space after {@code want}, else {@code want}
     * itself (never between the halves of a surrogate pair). The space starts the next slice.
     */
    private static int cut(CharSequence s, int from, int want, Brackets open) {
        open.count(s, from, want);
        int limit = Math.min(s.length(), want + LEEWAY);
        int firstSpace = -1;
        for (int i = want; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                if (open.closed()) {
                    return i;
                }
                if (firstSpace < 0) {
                    firstSpace = i;
                }
            }
            open.count(s, i, i + 1);
        }
        if (firstSpace >= 0) {
            return firstSpace;
        }
        return Character.isHighSurrogate(s.charAt(want - 1)) ? want + 1 : want;
    }

    /** Square brackets and braces opened and not yet closed, and whether a code span is open. */
    private static final class Brackets {
        private int square;
        private int braces;
        private boolean code;

        void count(CharSequence s, int from, int to) {
            for (int i = from; i < to; i++) {
                switch (s.charAt(i)) {
                    case '[' -> square++;
                    case ']' -> square = Math.max(0, square - 1);
                    case '{' -> braces++;
                    case '}' -> braces = Math.max(0, braces - 1);
                    case '`' -> code = !code;
                    default -> { }
                }
            }
        }

        boolean closed() {
            return square == 0 && braces == 0 && !code;
        }
    }
}
