package org.teikit.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown body of a teikit-format transcription cut into pieces that commonmark can parse one
 * at a time, so that a large transcription is never one syntax tree. A small body is one piece (the
 * parse is then exactly the whole-document parse). A larger one is cut only before a line that
 * starts a new top-level block whatever came before: after a blank line, not indented, not a list
 * item or HTML, outside fenced code and HTML blocks. Footnote calls are resolved by commonmark only
 * when it knows the definition, so a piece gets a stub definition for each label it calls that is
 * defined in another piece; the stubs' own nodes are outside the piece's lines and are skipped.
 * Link reference definitions apply document-wide too: a body that has any is parsed whole.
 */
final class MarkdownChunks {

    /** When to cut: bodies up to {@code wholeBytes} are one piece; larger ones are cut into pieces of about {@code pieceBytes}. */
    record Limits(long wholeBytes, int pieceBytes) {
        static final Limits DEFAULT = new Limits(8L << 20, 1 << 20);
    }

    /**
     * One piece as commonmark reads it: the piece's lines, with stub definitions before
     * ({@code stubLinesBefore} lines) or after its lines.
     */
    record Chunk(String text, int firstLine, int lineCount, int stubLinesBefore) {

        /** The 1-based file line of a 0-based line index of {@link #text()}. */
        int fileLine(int index) {
            return index - stubLinesBefore + firstLine + 1;
        }

        /** Whether the line index is a stub's, not the piece's. */
        boolean isStub(int index) {
            return index < stubLinesBefore || index >= stubLinesBefore + lineCount;
        }
    }

    private static final String PREFIX = "^[ \\t>]*(?:(?:[-+*]|\\d{1,9}[.)])[ \\t]+)?";
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile(PREFIX + "\\[\\^([^\\]]+)\\]:");
    private static final Pattern LINK_DEFINITION = Pattern.compile(PREFIX + "\\[(?!\\^)(?:[^\\]\\\\]|\\\\.)+\\]:");
    private static final Pattern FOOTNOTE_CALL = Pattern.compile("\\[\\^([^\\]]+)\\]");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-+*]|\\d{1,9}[.)])(?:[ \\t].*)?$");
    private static final Pattern FENCE = Pattern.compile(PREFIX + "(`{3,}|~{3,})(.*)$");
    /** HTML blocks that a blank line does not end (CommonMark kinds 1 to 5), with what ends them. */
    private static final Pattern HTML_START = Pattern.compile(
            "^[ \\t>]*(<(?:script|pre|style|textarea)(?:[\\s>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[)",
            Pattern.CASE_INSENSITIVE);

    private final SourceText source;
    /** 0-based first line of each piece; the last piece ends at the end of the text. */
    private final int[] starts;
    private final int end;
    /** Labels (normalised) of every footnote definition in the body; empty for one piece. */
    private final Set<String> defined;

    private MarkdownChunks(SourceText source, int[] starts, int end, Set<String> defined) {
        this.source = source;
        this.starts = starts;
        this.end = end;
        this.defined = defined;
    }

    /** The body from the 0-based line {@code bodyStart}, cut as the limits say. */
    static MarkdownChunks split(SourceText source, int bodyStart, Limits limits) {
        int end = source.lineCount();
        if (bodyStart >= end || source.byteLength(bodyStart, end) <= limits.wholeBytes()) {
            return whole(source, bodyStart, end);
        }
        List<Integer> starts = new ArrayList<>(List.of(bodyStart));
        Set<String> defined = new HashSet<>();
        BlockState state = new BlockState();
        long pieceBytes = 0;
        boolean previousBlank = false;
        for (int i = bodyStart; i < end; i++) {
            String line = source.lines().get(i);
            if (!state.inFenceOrHtml()) {
                if (LINK_DEFINITION.matcher(line).find()) {
                    return whole(source, bodyStart, end);
                }
                if (previousBlank && pieceBytes >= limits.pieceBytes() && startsTopLevelBlock(line)) {
                    starts.add(i);
                    pieceBytes = 0;
                }
                Matcher def = FOOTNOTE_DEFINITION.matcher(line);
                if (def.find()) {
                    defined.add(normalise(def.group(1)));
                }
            }
            state.advance(line);
            previousBlank = isBlank(line);
            pieceBytes += source.byteLength(i, i + 1) + 1;
        }
        return new MarkdownChunks(source, starts.stream().mapToInt(Integer::intValue).toArray(), end, defined);
    }

    private static MarkdownChunks whole(SourceText source, int bodyStart, int end) {
        return new MarkdownChunks(source, new int[] {Math.min(bodyStart, end)}, end, Set.of());
    }

    int count() {
        return starts.length;
    }

    /** The piece as commonmark should read it (decoded now: ask once per parse). */
    Chunk chunk(int index) {
        int from = starts[index];
        int to = index + 1 < starts.length ? starts[index + 1] : end;
        if (from >= to) {
            return new Chunk("", from, 0, 0);
        }
        String text = source.text(from, to);
        if (starts.length == 1) {
            return new Chunk(text, from, to - from, 0);
        }
        String stubs = stubs(from, to);
        if (stubs.isEmpty()) {
            return new Chunk(text, from, to - from, 0);
        }
        // Stubs go after a piece that another follows (it ends before a safe start, as they are), and
        // before the last piece (it starts at a safe start; its end may be inside an open block).
        if (index + 1 < starts.length) {
            return new Chunk(text + "\n\n" + stubs, from, to - from, 0);
        }
        return new Chunk(stubs + "\n" + text, from, to - from, (int) stubs.chars().filter(c -> c == '\n').count() + 1);
    }

    /** A stub definition, each followed by a blank line, for each label the lines call and another piece defines. */
    private String stubs(int from, int to) {
        Set<String> here = new HashSet<>();
        Set<String> called = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            String line = source.lines().get(i);
            if (line.indexOf("[^") < 0) {
                continue;
            }
            Matcher def = FOOTNOTE_DEFINITION.matcher(line);
            if (def.find()) {
                here.add(normalise(def.group(1)));
            }
            Matcher call = FOOTNOTE_CALL.matcher(line);
            while (call.find()) {
                called.add(call.group(1));
            }
        }
        StringBuilder stubs = new StringBuilder();
        Set<String> done = new HashSet<>();
        for (String label : called) {
            String key = normalise(label);
            if (defined.contains(key) && !here.contains(key) && done.add(key)) {
                stubs.append("[^").append(label).append("]: stub\n\n");
            }
        }
        return stubs.length() == 0 ? "" : stubs.substring(0, stubs.length() - 1);
    }

    private static String normalise(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Blank as CommonMark says: spaces and tabs only. */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A line that, after a blank line, starts a top-level block whatever block was open. */
    private static boolean startsTopLevelBlock(String line) {
        if (line.isEmpty() || isBlank(line)) {
            return false;
        }
        char c = line.charAt(0);
        return c != ' ' && c != '\t' && c != '<' && !LIST_ITEM.matcher(line).matches();
    }

    /** Whether a line is inside fenced code or an HTML block that a blank line does not end. */
    private static final class BlockState {
        private String fence;
        private int fenceIndent;
        private String htmlEnd;

        boolean inFenceOrHtml() {
            return fence != null || htmlEnd != null;
        }

        void advance(String line) {
            if (fence != null) {
                String stripped = line.strip();
                if (indent(line) <= fenceIndent + 3 && stripped.startsWith(fence)
                        && stripped.chars().allMatch(ch -> ch == fence.charAt(0))) {
                    fence = null;
                }
                return;
            }
            if (htmlEnd != null) {
                if (line.toLowerCase(Locale.ROOT).contains(htmlEnd)) {
                    htmlEnd = null;
                }
                return;
            }
            Matcher f = FENCE.matcher(line);
            if (f.find() && !(f.group(1).charAt(0) == '`' && f.group(2).contains("`"))) {
                fence = f.group(1);
                fenceIndent = indent(line);
                return;
            }
            Matcher h = HTML_START.matcher(line);
            if (h.find()) {
                String end = htmlEnd(h.group(1).toLowerCase(Locale.ROOT));
                if (!line.substring(h.end()).toLowerCase(Locale.ROOT).contains(end)) {
                    htmlEnd = end;
                }
            }
        }

        private static String htmlEnd(String start) {
            if (start.startsWith("<!--")) {
                return "-->";
            } else if (start.startsWith("<?")) {
                return "?>";
            } else if (start.startsWith("<![cdata[")) {
                return "]]>";
            } else if (start.startsWith("<!")) {
                return ">";
            }
            return "</" + start.substring(1).replaceAll("[\\s>]+$", "") + ">";
        }

        private static int indent(String line) {
            int n = 0;
            while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
                n++;
            }
            return n;
        }
    }
}
