package org.teikit.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Block;
import org.teikit.tei.Inline;
import org.teikit.tei.Metadata;

/**
 * Reads an archive's Markdown-like export (the shape of seed 001): a date line, a bold title,
 * labelled blocks (Citation, Summary, Credits, Original Language, Contents …), the document text
 * with box-marked paragraphs and footnote calls, and endnotes {@code [1] text} or
 * {@code [\[1\]](#) text} at the end, whose text may run over several paragraphs.
 */
final class MarkdownExportReader implements FormatReader {

    static final String ID = "markdown-export";

    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L} ]{1,30}):$");
    /** A label, with the field's value on the same line or not ("Summary: text"). */
    private static final Pattern LABEL_LINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{L} ]{1,30}):(?:\\s*$|\\s+(\\S.*?)\\s*$)");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^\\s*contents:.*$");
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("citation", "citation"), Map.entry("summary", "summary"), Map.entry("credits", "credits"),
            Map.entry("original language", "language"), Map.entry("contents", "contents"),
            Map.entry("classification", "classification"), Map.entry("original classification", "classification"),
            Map.entry("record id", "record"), Map.entry("uploaded", "uploaded"),
            Map.entry("original uploaded date", "uploaded"), Map.entry("type", "type"),
            Map.entry("document type", "type"), Map.entry("archive", "reference"),
            Map.entry("archival reference", "reference"), Map.entry("source", "reference"),
            Map.entry("funders", "funder"), Map.entry("rights", "rights"), Map.entry("url", "url"));
    /** The fields that take every paragraph under their label; the others read one. */
    private static final Set<String> FIELDS_OF_MANY = Set.of("summary", "credits", "language", "rights");
    private static final Pattern NOTE_START = Pattern.compile(
            "^(?:\\[(?<n>\\d{1,3})\\]|\\[\\\\\\[(?<en>\\d{1,3})\\\\\\]\\]\\(#[^)]*\\))\\s+");
    /** "[n]" or "\[n\]", found by a scan of the characters they start with. */
    static final Pattern CALL_SEEN = Pattern.compile("\\[(\\d+)\\]|\\\\\\[(\\d+)\\\\\\]");
    static final TokenScan.Starts CALL_SEEN_STARTS = TokenScan.Starts.openings("[#", "\\[");
    /** "^[n]" or "[\[n\]]", found by a scan of the characters they start with. */
    static final Pattern EXPLICIT_CALL = Pattern.compile("\\^\\[(\\d+)\\]|\\[\\\\\\[(\\d+)\\\\\\]\\]");
    static final TokenScan.Starts EXPLICIT_CALL_STARTS = TokenScan.Starts.openings("^[", "[\\");
    /** A footnote call as the export writes it, with the empty link target of "[\\[1\\]](#)". */
    private static final Pattern FIELD_CALL = Pattern.compile("(?:" + EXPLICIT_CALL.pattern() + ")(?:\\(#[^)\\s]*\\))?");
    private static final Pattern BOX = Pattern.compile("^[□■☐▪◻]\\s*");
    private static final Pattern QUOTED_TITLE = Pattern.compile("^[\"“](.+?)[\"”],\\s*");
    private static final Pattern DATE_PREFIX = Pattern.compile("^(" + DateParser.MONTH + "\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+"
            + DateParser.MONTH + "\\s+\\d{4}|" + DateParser.MONTH + "\\s+\\d{4}|\\d{4}|undated|n\\.d\\.),\\s*");
    private static final Pattern PUBLISHER = Pattern.compile("^([^,]*\\b(?:Archive|Library|Center|Centre)\\b[^,]*),\\s*");
    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://[^\\s>]+)>?$");
    private static final Pattern TRANSLATION = Pattern.compile("(?i)^(?:translation|original|transcript(?:ion)?)\\s*[-–:]\\s*(.+)$");

    private final Readers readers;

    MarkdownExportReader(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Read read(SourceText source, IngestLog log) {
        MetadataBuilder m = new MetadataBuilder();
        List<SourceBlock> blocks = source.blocks();
        int i = 0;
        if (i < blocks.size() && blocks.get(i).lines().size() == 1 && !isLabel(blocks.get(i))
                && (readers.dates.parse(blocks.get(i).flat()).kind() != DateParser.Kind.UNREADABLE
                    || isBoldTitle(blocks, i + 1))) {
            // The line above the bold title is the export's date line even when its form is one the
            // date reader does not know: it stays the date, as text with a warning, not the title.
            m.date = readers.headerDate(blocks.get(i).flat(), blocks.get(i).firstLine(), "creation/date", log);
            i++;
        }
        if (i < blocks.size() && !isLabel(blocks.get(i))) {
            SourceBlock b = blocks.get(i);
            String title = b.flat();
            if (title.startsWith("**") && title.endsWith("**") && title.length() > 4) {
                title = title.substring(2, title.length() - 2).strip();
                log.drop("markdown-markup", "Markdown emphasis marks around the title are markup, not text",
                        b.firstLine(), "**…**");
            }
            m.title = title;
            log.interpret(b.firstLine(), title, "titleStmt/title[@type='main']");
            noteCallsIn("title", b.lines(), b.firstLine(), 1, log);
            i++;
        }
        List<Block> leftovers = new ArrayList<>();
        blocks = splitAtLabels(blocks, i);
        while (i < blocks.size() && isLabel(blocks.get(i))) {
            SourceBlock label = blocks.get(i);
            Matcher named = LABEL_LINE.matcher(label.lines().get(0));
            named.matches();
            String name = named.group(1).toLowerCase(Locale.ROOT);
            String field = FIELDS.get(name);
            // A value written on the label's line ("Summary: text") is the field's first paragraph.
            List<Value> values = new ArrayList<>();
            if (named.group(2) != null || label.lines().size() > 1) {
                List<String> lines = new ArrayList<>(label.lines());
                lines.set(0, named.group(2) == null ? "" : named.group(2));
                values.add(new Value(lines.stream().filter(l -> !l.isBlank()).toList(),
                        named.group(2) == null ? label.firstLine() + 1 : label.firstLine(),
                        named.group(2) == null ? 1 : named.start(2) + 1));
            }
            if (named.group(2) != null) {
                log.drop("field-label", "the label of a field names the TEI element its value goes to",
                        label.firstLine(), named.group(1) + ":");
            } else {
                log.interpret(label.firstLine(), named.group(1) + ":", "label");
            }
            int end = i + 1;
            if ("contents".equals(field)) {
                end = values.isEmpty() ? Math.min(i + 2, blocks.size()) : end;
            } else {
                while (end < blocks.size() && !isLabel(blocks.get(end))) {
                    end++;
                }
                if (end == blocks.size()) {
                    // last label: one value block, then the text
                    end = values.isEmpty() ? Math.min(i + 2, blocks.size()) : end;
                }
            }
            blocks.subList(i + 1, end).forEach(b -> values.add(new Value(b.lines(), b.firstLine(), 1)));
            if (values.isEmpty()) {
                log.drop("empty-field", "a labelled field with no value", label.firstLine(), label.flat());
            } else {
                field(field, label, values, m, log, leftovers);
            }
            i = end;
        }
        List<SourceBlock> rest = blocks.subList(i, blocks.size());
        int notesAt = noteSectionStart(rest);
        List<BodyBuilder.Piece> pieces = new ArrayList<>();
        for (SourceBlock b : rest.subList(0, notesAt)) {
            pieces.add(piece(b, log));
        }
        Set<String> plainCalls = plainCalls(rest.subList(0, notesAt), rest.subList(notesAt, rest.size()));
        EditorialSigns.Options options = new EditorialSigns.Options(true, plainCalls);
        List<NoteLinker.SourceNote> notes = notes(rest.subList(notesAt, rest.size()), log);
        BodyBuilder.Result body = readers.bodies.build(pieces, options, log);
        // Unknown labels' text goes first in the text, but after the opener and heads: TEI allows
        // those only at the top of a div.
        List<BodyPart> out = new ArrayList<>(body.blocks());
        int top = 0;
        while (top < out.size() && (out.get(top).is(Block.Opener.class) || out.get(top).is(Block.Head.class))) {
            top++;
        }
        out.addAll(top, leftovers.stream().map(BodyPart.Ready::new).toList());
        if (m.classification == null) {
            m.classification = body.classification();
        }
        return new Read(m, out, notes, body.datelineDate());
    }

    /**
     * A label block: a label alone (any name, as before), or a known field's label opening the block,
     * with its value on the same line or the lines below (no blank line after the label).
     */
    /** Whether block {@code i} is the export's title: a block in bold that is not a label. */
    private static boolean isBoldTitle(List<SourceBlock> blocks, int i) {
        return i < blocks.size() && !isLabel(blocks.get(i)) && blocks.get(i).flat().startsWith("**");
    }

    private static boolean isLabel(SourceBlock b) {
        return b.lines().size() == 1 && LABEL.matcher(b.flat()).matches() || knownLabel(b.lines().get(0));
    }

    private static boolean knownLabel(String line) {
        Matcher m = LABEL_LINE.matcher(line);
        return m.matches() && FIELDS.containsKey(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The blocks with each known field's label in the header (up to the "Contents:" block) opening a
     * block of its own: an export may leave out the blank line before or after a label, and the text
     * around it must still reach its field (it was read as part of the field before, and lost).
     */
    private static List<SourceBlock> splitAtLabels(List<SourceBlock> blocks, int from) {
        int last = -1;
        for (int k = from; k < blocks.size() && last < 0; k++) {
            if (blocks.get(k).lines().stream().anyMatch(l -> CONTENTS.matcher(l).matches())) {
                last = k;
            }
        }
        List<SourceBlock> out = new ArrayList<>(blocks.subList(0, from));
        for (int k = from; k < blocks.size(); k++) {
            SourceBlock b = blocks.get(k);
            int start = 0;
            for (int l = 1; k <= last && l < b.lines().size(); l++) {
                if (knownLabel(b.lines().get(l))) {
                    out.add(b.part(start, l));
                    start = l;
                }
            }
            out.add(start == 0 ? b : b.part(start, b.lines().size()));
        }
        return out;
    }

    private BodyBuilder.Piece piece(SourceBlock b, IngestLog log) {
        Matcher box = BOX.matcher(b.text());
        if (box.lookingAt()) {
            log.drop("paragraph-box", "the box character that opens paragraphs of the export is decoration",
                    b.firstLine(), box.group().strip());
            return new BodyBuilder.Piece(b, box.end());
        }
        return new BodyBuilder.Piece(b, 0);
    }

    /** Where the endnotes begin: the first block opening with note 1, or with a number already called. */
    private static int noteSectionStart(List<SourceBlock> rest) {
        // The numbers seen so far as "[n]" or "\[n\]" (a set, not the text so far: linear in the input's size).
        Set<String> called = new HashSet<>();
        for (int k = 0; k < rest.size(); k++) {
            String text = rest.get(k).text();
            Matcher m = NOTE_START.matcher(text);
            if (m.lookingAt()) {
                String n = m.group("n") != null ? m.group("n") : m.group("en");
                if (n.equals("1") || called.contains(n)) {
                    return k;
                }
            }
            TokenScan scan = new TokenScan(CALL_SEEN, CALL_SEEN_STARTS, text);
            Matcher call = scan.matcher();
            while (scan.find()) {
                called.add(call.group(1) != null ? call.group(1) : call.group(2));
            }
        }
        return rest.size();
    }

    /** Numbers whose plain "[n]" in the text is a call: a note exists and no explicit call form is used. */
    private static Set<String> plainCalls(List<SourceBlock> text, List<SourceBlock> notes) {
        // The numbers the text calls as "^[n]" or "[\[n\]]", collected block by block (not one copy of the text).
        Set<String> explicit = new HashSet<>();
        for (SourceBlock b : text) {
            TokenScan scan = new TokenScan(EXPLICIT_CALL, EXPLICIT_CALL_STARTS, b.text());
            Matcher call = scan.matcher();
            while (scan.find()) {
                explicit.add(call.group(1) != null ? call.group(1) : call.group(2));
            }
        }
        Set<String> out = new HashSet<>();
        for (SourceBlock b : notes) {
            Matcher m = NOTE_START.matcher(b.text());
            if (m.lookingAt()) {
                String n = m.group("n") != null ? m.group("n") : m.group("en");
                if (!explicit.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private List<NoteLinker.SourceNote> notes(List<SourceBlock> blocks, IngestLog log) {
        List<NoteLinker.SourceNote> notes = new ArrayList<>();
        String n = null;
        int line = 0;
        int column = 0;
        List<List<Inline>> paragraphs = new ArrayList<>();
        for (SourceBlock b : blocks) {
            Matcher m = NOTE_START.matcher(b.text());
            int start = 0;
            if (m.lookingAt()) {
                if (n != null) {
                    notes.add(new NoteLinker.SourceNote(n, paragraphs, line, column));
                }
                n = m.group("n") != null ? m.group("n") : m.group("en");
                line = b.firstLine();
                column = 1;
                paragraphs = new ArrayList<>();
                start = m.end();
                log.interpret(line, m.group().strip(), "note[@place='foot'][@n='" + n + "'] (endnote moved to its call)");
                if (m.group("en") != null) {
                    log.drop("endnote-marker", "the endnote's number marker; the number is kept in note/@n",
                            line, m.group().strip());
                }
            } else {
                log.interpret(b.firstLine(), b.flat(), "note " + n + ", further paragraph");
            }
            paragraphs.add(readers.bodies.inlines(new BodyBuilder.Piece(b, start),
                    new EditorialSigns.Options(true, Set.of()), log));
        }
        if (n != null) {
            notes.add(new NoteLinker.SourceNote(n, paragraphs, line, column));
        }
        return notes;
    }

    /** A paragraph of a field's value: its lines, and where it starts (after the label when on its line). */
    record Value(List<String> lines, int line, int column) {
        String flat() {
            return String.join(" ", lines.stream().map(String::strip).toList()).strip();
        }
    }

    private void field(String field, SourceBlock label, List<Value> values, MetadataBuilder m, IngestLog log,
                       List<Block> leftovers) {
        Value first = values.get(0);
        if (field == null) {
            log.warn(label.firstLine(), 1, "ingest.unknown-label", "the label '" + label.flat()
                    + "' is not one teikit knows; its text is kept as paragraphs at the start of the document");
            for (Value v : values) {
                leftovers.add(new Block.Paragraph(List.of(new Inline.Text(v.flat()))));
            }
            return;
        }
        switch (field) {
            case "citation" -> citation(first, m, log);
            case "summary" -> values.forEach(v -> {
                m.summary.add(v.flat());
                log.interpret(v.line(), v.flat(), "abstract/p");
                noteCallsIn("summary", v.lines(), v.line(), v.column(), log);
            });
            case "credits" -> values.forEach(v -> {
                // Each paragraph of the credits is a funder statement: one funder each (none overwritten).
                m.addFunder(readers.citations.funder(v.flat()).orElse(v.flat()));
                log.interpret(v.line(), v.flat(), "titleStmt/funder");
            });
            case "language" -> values.forEach(v -> {
                // Each paragraph names a language of the document: one langUsage/language each.
                String name = v.flat();
                Optional<String> code = Vocabulary.languageCode(name);
                if (code.isEmpty()) {
                    log.warn(v.line(), v.column(), "ingest.language-unknown",
                            "'" + name + "' is not a language name teikit knows; encoded with @ident='und'");
                }
                m.addLanguage(new Metadata.Language(code.orElse("und"), name));
                log.interpret(v.line(), name, "langUsage/language[@ident='" + code.orElse("und") + "']");
            });
            case "contents" -> {
                Matcher t = TRANSLATION.matcher(first.flat());
                Optional<String> code = t.matches() ? Vocabulary.languageCode(t.group(1)) : Optional.empty();
                if (code.isPresent()) {
                    m.textLanguage = code.get();
                    log.interpret(first.line(), first.flat(), "TEI/@xml:lang='" + code.get() + "'");
                } else {
                    log.warn(first.line(), first.column(), "ingest.contents-unread",
                            "the Contents line '" + first.flat() + "' names no language teikit knows");
                    m.summary.add(first.flat());
                }
            }
            case "reference" -> readers.referenceAndCredits(first.flat(), first.line(), m, log);
            case "rights" -> values.forEach(v -> {
                m.rights.add(v.flat());
                log.interpret(v.line(), v.flat(), "publicationStmt/availability/p");
            });
            default -> {
                if (!readers.fillField(field, first.flat(), first.line(), m, log)) {
                    log.warn(first.line(), first.column(), "ingest.field-unread", "the value '" + first.flat()
                            + "' of '" + label.flat() + "' could not be read; it is kept in the abstract");
                    m.summary.add(first.flat());
                }
            }
        }
        if (!FIELDS_OF_MANY.contains(field)) {
            // A field read from one paragraph: the others have no place of their own in the TEI; kept
            // as written in the abstract, and said (they were lost without a word before).
            for (Value v : values.subList(1, values.size())) {
                log.warn(v.line(), v.column(), "ingest.field-extra", "the paragraph '" + IngestLog.abbreviate(v.flat())
                        + "' under '" + label.lines().get(0).strip() + "' is not part of the field's value (teikit "
                        + "reads its first paragraph); it is kept as written in the abstract");
                m.summary.add(v.flat());
                log.interpret(v.line(), v.flat(), "abstract/p (a further paragraph of '" + field + "')");
            }
        }
    }

    /**
     * A footnote call in the title or the summary is no call (the header holds text, not notes): it stays
     * in the field as written, said at its place, so that its note's "no call" is understood (it was said
     * nowhere).
     */
    private static void noteCallsIn(String field, List<String> lines, int firstLine, int firstColumn, IngestLog log) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher call = FIELD_CALL.matcher(lines.get(i));
            while (call.find()) {
                log.warn(firstLine + i, (i == 0 ? firstColumn - 1 : 0) + call.start() + 1, "ingest.header-note-call",
                        "footnote call " + call.group() + " in the " + field + " is kept as text: a note is placed only "
                                + "at a call in the document text");
            }
        }
    }

    /** The citation line: quoted title, date, publisher, then the source and the credits. */
    private void citation(Value block, MetadataBuilder m, IngestLog log) {
        List<String> textLines = new ArrayList<>();
        for (int k = 0; k < block.lines().size(); k++) {
            Matcher url = URL_LINE.matcher(block.lines().get(k).strip());
            if (url.matches()) {
                m.sourceUrl = url.group(1);
                log.interpret(block.line() + k, url.group(1), "publicationStmt/idno[@type='URI']");
            } else {
                textLines.add(block.lines().get(k).strip());
            }
        }
        String citation = String.join(" ", textLines);
        int line = block.line();
        String rest = citation;
        Matcher t = QUOTED_TITLE.matcher(rest);
        if (t.find()) {
            if (m.title == null) {
                m.title = t.group(1);
            }
            rest = rest.substring(t.end());
        }
        Matcher d = DATE_PREFIX.matcher(rest);
        if (d.find()) {
            if (m.date == null) {
                m.date = readers.headerDate(d.group(1), line, "creation/date (from the citation)", log);
            }
            rest = rest.substring(d.end());
        }
        Matcher p = PUBLISHER.matcher(rest);
        if (p.find()) {
            m.publisher = p.group(1).strip();
            log.interpret(line, p.group(1), "publicationStmt/publisher");
            rest = rest.substring(p.end());
        }
        StringBuilder sourcePart = new StringBuilder();
        for (String sentence : CitationParser.sentences(rest)) {
            var credit = readers.citations.credit(sentence);
            if (credit.isPresent()) {
                credit.get().forEach(m::addResponsibility);
                log.interpret(line, sentence, "titleStmt/respStmt");
                if (sentence.toLowerCase(Locale.ROOT).startsWith("obtained")) {
                    m.acquisition = sentence;
                }
            } else {
                sourcePart.append(sourcePart.length() > 0 ? " " : "").append(sentence);
            }
        }
        String source = sourcePart.toString().strip();
        if (source.isEmpty()) {
            return;
        }
        if (readers.references.looksLikeReference(source)) {
            readers.archivalReference(source, line, m, log);
            // The citation as printed stays with the source description, as for a book.
            m.publishedSource = new Metadata.PublishedSource(null, null, null, null, null, null, null, null, citation);
            return;
        }
        var book = readers.citations.book(source, citation);
        if (book.isPresent()) {
            m.publishedSource = book.get();
            log.interpret(line, source, "sourceDesc/bibl (author, title, pubPlace, publisher, date, biblScope)");
        } else {
            m.publishedSource = new Metadata.PublishedSource(null, null, null, null, null, null, null, null, citation);
            log.warn(line, 1, "ingest.citation-unsplit", "the source '" + IngestLog.abbreviate(source)
                    + "' is not a book citation teikit can split; it is kept whole in bibl/note");
            log.interpret(line, source, "sourceDesc/bibl/note[@type='citation']");
        }
    }
}
