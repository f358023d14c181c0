package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Inline;
import org.teikit.tei.TeiDate;

/**
 * Reads the editorial signs of a run of transcription text into inline TEI: square-bracket
 * insertions ({@code supplied}), {@code [sic]}, illegible passages and elisions ({@code gap}),
 * footnote calls in the archive-export forms ({@code [\[1\]](#)}, {@code ^[4]}, plain {@code [1]}
 * where unambiguous), Markdown escapes and emphasis of the exports, and dates in the text.
 * Shared by every reader. Stateless and thread-safe; the log is per call.
 */
final class EditorialSigns {

    /** Where offsets of the parsed string are in the source. */
    record Locator(IntUnaryOperator line, IntUnaryOperator column) {
        static Locator of(SourceBlock block, int base) {
            int[] lengths = block.lineLengths(); // decoded once per run, not per token
            int first = block.firstLine();
            return new Locator(o -> SourceBlock.lineAt(first, lengths, base + o),
                    o -> SourceBlock.columnAt(lengths, base + o));
        }

        static Locator fixed(int line, int column) {
            return new Locator(o -> line, o -> column + o);
        }
    }

    /**
     * What to recognise.
     *
     * @param exportSyntax Markdown escapes, emphasis and the export's call forms (off for the teikit
     *                     format, whose Markdown is parsed by commonmark)
     * @param plainCalls   note numbers for which a plain {@code [n]} is a call
     */
    record Options(boolean exportSyntax, Set<String> plainCalls) {
    }

    /**
     * Where a token can start (the scan tries {@link #TOKEN} there only): at its first characters, a
     * full stop only where an elision can begin (at the start or after white space), not at the end of
     * every sentence.
     */
    static final TokenScan.Starts TOKEN_STARTS = TokenScan.Starts.where("[^\\*<….(",
            (text, i) -> text.charAt(i) == '(' ? i + 1 < text.length() && (text.charAt(i + 1) | 0x20) == 'p'
                    : text.charAt(i) != '.' || i == 0 || isRegexSpace(text.charAt(i - 1)));
    /*
     * The open classes of the calls and the autolink also stop at the character that opens another
     * of them ('[' or '<'): tried at each opening of a long run of unclosed ones ("[^[^[^...",
     * "<http://<http://..."), a class that ran on to the end of the paragraph made the scan
     * quadratic (20,000 of them: 12 s, 36 s and over a minute).
     */
    static final Pattern TOKEN = Pattern.compile("(?:"
            + "(?<exportCall>\\[\\\\\\[(?<exportN>\\d+)\\\\\\]\\]\\(#[^)\\s\\[]*\\))"
                    + "|(?<supCall>\\^\\[(?<supN>\\d+)\\])"
                    + "|(?<caretCall>\\[\\^(?<caretN>[^\\]\\[\\s]+)\\])"
                    + "|(?<escape>\\\\(?<escaped>[\\\\`*_{}\\[\\]()#+\\-.!<>|^~]))"
                    + "|(?<bold>\\*\\*(?<boldText>[^*]+?)\\*\\*)"
                    + "|(?<italic>(?<![\\w*])\\*(?<italicText>[^*\\s][^*]*?)\\*(?![\\w*]))"
                    + "|(?<autolink><(?<url>https?://[^>\\s<]+)>)"
                    + "|(?<pageMark>\\((?i:p\\.|page)\\s?(?<pageN>\\d{1,5})\\))"
                    + "|(?<elision>(?<=^|\\s)(?:\\. \\. \\.|\\.\\.\\.|…)(?=[\\s.,;:!?)\\[^]|$))"
                    + "|(?<bracket>\\[(?<inner>[^\\[\\]]*)\\]))");

    /** A page marker of the source, "(p. 2)" (ENCODING.md: a page break, {@code pb[@n]}). */
    private static final Pattern PAGE_MARKER = Pattern.compile("\\s*\\((?i:p\\.|page)\\s?(\\d{1,5})\\)\\s*");
    /** Before a page marker that stands between sentences: the end of one, then white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')\\]]*\\s+$");
    /** After it: white space, then the capital of the next sentence (perhaps after a quotation mark). */
    private static final Pattern SENTENCE_START = Pattern.compile("^\\s+[\"“‘'(\\[]?\\p{Lu}");

    private static final Pattern ILLEGIBLE = Pattern.compile(
            "(?:(?<q1>\\w+)\\s+(?<u1>words?|lines?|letters?|characters?)\\s+)?illegible"
                    + "(?:\\s+(?<u2>words?|lines?|letters?|characters?|signature))?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)(\\s*)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
    private static final Pattern DAY_MONTH_TAIL = Pattern.compile(
            "(\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateParser.MONTH + "\\s+)$");

    /** The page number of a paragraph that is nothing but a page marker ("(p. 3)"), or null. */
    static String pageMarker(String paragraph) {
        Matcher m = PAGE_MARKER.matcher(paragraph);
        return m.matches() ? m.group(1) : null;
    }

    /** What {@code \\s} matches in {@link #TOKEN}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private final DateParser dates;

    EditorialSigns(DateParser dates) {
        this.dates = dates;
    }

    /** Parses one run of text; calls become {@link Inline.NoteCall}s for the note linker. */
    List<Inline> parse(String text, Locator at, Options options, IngestLog log) {
        List<Inline> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        TokenScan scan = new TokenScan(TOKEN, TOKEN_STARTS, text);
        Matcher m = scan.matcher();
        int last = 0;
        while (scan.find()) {
            if (!options.exportSyntax() && (m.group("exportCall") != null || m.group("supCall") != null
                    || m.group("escape") != null || m.group("bold") != null || m.group("italic") != null
                    || m.group("autolink") != null)) {
                continue;
            }
            plain.append(text, last, m.start());
            last = m.end();
            int line = at.line().applyAsInt(m.start());
            int column = at.column().applyAsInt(m.start());
            if (m.group("exportCall") != null) {
                flush(plain, out);
                out.add(new Inline.NoteCall(m.group("exportN"), m.group(), line, column));
            } else if (m.group("supCall") != null) {
                flush(plain, out);
                out.add(new Inline.NoteCall(m.group("supN"), m.group(), line, column));
            } else if (m.group("caretCall") != null) {
                flush(plain, out);
                out.add(new Inline.NoteCall(m.group("caretN"), m.group(), line, column));
            } else if (m.group("escape") != null) {
                plain.append(m.group("escaped"));
                log.drop("markdown-escape", "backslash escapes of the Markdown export are markup, not text "
                        + "(the escaped character is kept)", line, "\\");
            } else if (m.group("bold") != null || m.group("italic") != null) {
                flush(plain, out);
                boolean bold = m.group("bold") != null;
                String inner = bold ? m.group("boldText") : m.group("italicText");
                int offset = m.start() + (bold ? 2 : 1);
                Locator innerAt = new Locator(o -> at.line().applyAsInt(offset + o),
                        o -> at.column().applyAsInt(offset + o));
                out.add(new Inline.Hi(bold ? "bold" : "italic", parse(inner, innerAt, options, log)));
                log.interpret(line, m.group(), "hi[@rend='" + (bold ? "bold" : "italic") + "']");
            } else if (m.group("autolink") != null) {
                plain.append(m.group("url"));
            } else if (m.group("pageMark") != null) {
                last = pageMark(text, m, line, column, plain, out, log);
            } else if (m.group("elision") != null) {
                flush(plain, out);
                out.add(new Inline.Gap("omitted", null, null));
                log.interpret(line, m.group(), "gap[@reason='omitted']");
            } else {
                bracket(m.group("inner"), m.group(), line, column, plain, out, options, log);
            }
        }
        plain.append(text.substring(last));
        flush(plain, out);
        return withDates(out);
    }

    private void bracket(String inner, String whole, int line, int column, StringBuilder plain, List<Inline> out,
                         Options options, IngestLog log) {
        String content = inner.strip();
        String lower = content.toLowerCase(Locale.ROOT);
        Matcher illegible = ILLEGIBLE.matcher(content);
        if (lower.equals("sic") || lower.equals("sic!")) {
            Matcher word = LAST_WORD.matcher(plain);
            if (word.find()) {
                String erroneous = word.group(1);
                plain.setLength(word.start());
                flush(plain, out);
                out.add(new Inline.Sic(erroneous));
                log.interpret(line, erroneous + " " + whole, "sic");
            } else {
                flush(plain, out);
                out.add(new Inline.Sic(""));
                log.warn(line, column, "ingest.sic-without-word", "'[sic]' follows no word; encoded as an empty sic");
            }
        } else if (lower.equals("...") || lower.equals("…") || lower.equals(". . .")) {
            flush(plain, out);
            out.add(new Inline.Gap("omitted", null, null));
            log.interpret(line, whole, "gap[@reason='omitted']");
        } else if (illegible.matches()) {
            flush(plain, out);
            Integer quantity = null;
            String unit = illegible.group("u1") != null ? illegible.group("u1") : illegible.group("u2");
            if (illegible.group("q1") != null) {
                String q = illegible.group("q1").toLowerCase(Locale.ROOT);
                quantity = q.matches("\\d+") ? Integer.valueOf(q) : NUMBERS.get(q);
            } else if (unit != null && !unit.endsWith("s")) {
                quantity = 1;
            }
            String normalisedUnit = unit == null ? null : unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
            out.add(new Inline.Gap("illegible", quantity, quantity == null ? null : normalisedUnit));
            log.interpret(line, whole, "gap[@reason='illegible']");
        } else if (content.matches("\\d{1,3}") && options.plainCalls().contains(content)) {
            flush(plain, out);
            out.add(new Inline.NoteCall(content, whole, line, column));
        } else {
            flush(plain, out);
            out.add(new Inline.Supplied("clarification", List.of(new Inline.Text(inner))));
        }
    }

    /**
     * A page marker "(p. 2)" is a page break ({@code pb[@n]}) where it stands between sentences (after
     * a sentence's end and before a capital, or at the start or end of the run); within a sentence it
     * cannot be told from a reference to a page ("see (p. 2) of the report"), and stays text, with an
     * info at its place. The space on one side goes with it. Returns where the text goes on.
     */
    private static int pageMark(String text, Matcher m, int line, int column, StringBuilder plain, List<Inline> out,
                                IngestLog log) {
        // Only the neighbourhood is looked at: a block may hold a great many markers.
        int b = m.start();
        while (b > 0 && isRegexSpace(text.charAt(b - 1))) {
            b--;
        }
        int e = m.end();
        while (e < text.length() && isRegexSpace(text.charAt(e))) {
            e++;
        }
        boolean startsRun = b == 0;
        boolean endsRun = e == text.length();
        boolean between = !(startsRun && endsRun)
                && (startsRun || SENTENCE_END.matcher(text).region(Math.max(0, b - 8), m.start()).find())
                && (endsRun || SENTENCE_START.matcher(text).region(m.end(), Math.min(text.length(), e + 3)).lookingAt());
        if (!between) {
            plain.append(m.group());
            log.info(line, column, "ingest.page-marker-text", "'" + m.group() + "' is kept as text: within a sentence "
                    + "a page break of the source cannot be told from a reference to a page; a page marker "
                    + "between sentences or on a line of its own is a pb");
            return m.end();
        }
        if (!startsRun) { // the space before goes: "noon.<pb n='2'/> They", "ended.<pb n='2'/>"
            int keep = plain.length();
            while (keep > 0 && isRegexSpace(plain.charAt(keep - 1))) {
                keep--;
            }
            plain.setLength(keep);
        }
        flush(plain, out);
        out.add(new Inline.PageBreak(m.group("pageN")));
        log.interpret(line, m.group(), "pb[@n='" + m.group("pageN") + "'] (a page marker between sentences)");
        return startsRun ? e : m.end(); // at the start, the space after goes: "<pb n='2'/>The talks"
    }

    private static void flush(StringBuilder plain, List<Inline> out) {
        if (plain.length() > 0) {
            out.add(new Inline.Text(plain.toString()));
            plain.setLength(0);
        }
    }

    /** Marks dates in the plain text runs, and "30 October [1956]" (a year supplied by the editor). */
    private List<Inline> withDates(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Inline inline = in.get(i);
            if (inline instanceof Inline.Text t) {
                Inline next = i + 1 < in.size() ? in.get(i + 1) : null;
                Matcher tail = DAY_MONTH_TAIL.matcher(t.text());
                if (next instanceof Inline.Supplied s && s.content().size() == 1
                        && s.content().get(0) instanceof Inline.Text year
                        && YEAR_ONLY.matcher(year.text()).matches() && tail.find()) {
                    String head = t.text().substring(0, tail.start());
                    DateParser.Reading r = dates.parse(tail.group(1) + year.text());
                    if (r.kind() == DateParser.Kind.EXACT) {
                        out.addAll(datesIn(head));
                        out.add(new Inline.DateRef(r.date(), List.of(new Inline.Text(tail.group(1)), s)));
                        i++;
                        continue;
                    }
                }
                out.addAll(datesIn(t.text()));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private List<Inline> datesIn(String text) {
        List<Inline> out = new ArrayList<>();
        int last = 0;
        for (DateParser.Found f : dates.find(text)) {
            if (f.start() > last) {
                out.add(new Inline.Text(text.substring(last, f.start())));
            }
            TeiDate d = f.date();
            out.add(new Inline.DateRef(d, List.of(new Inline.Text(text.substring(f.start(), f.end())))));
            last = f.end();
        }
        if (last < text.length()) {
            out.add(new Inline.Text(text.substring(last)));
        }
        return out;
    }
}
