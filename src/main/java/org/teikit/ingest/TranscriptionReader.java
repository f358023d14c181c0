package org.teikit.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.teikit.tei.Metadata;

/**
 * Reads the teikit transcription format (see docs/transcription-format.md): a {@code key: value}
 * header between {@code ---} lines, then Markdown parsed by commonmark-java with its footnotes
 * extension and teikit's brace parser, piece by piece for a large body ({@link MarkdownChunks},
 * {@link TranscriptionBody}); the editorial signs in text runs are read by the same
 * {@link EditorialSigns} as the archive exports. Thread-safe: the commonmark parser is.
 */
final class TranscriptionReader implements FormatReader {

    static final String ID = "teikit";

    private final Readers readers;
    private final MarkdownChunks.Limits limits;
    private final Parser markdown = Parser.builder()
            .extensions(List.of(FootnotesExtension.create(), TablesExtension.create()))
            .customInlineContentParserFactory(new EditorialInlineParser.Factory())
            .inlineParserFactory(new SlicedInlineParser.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** The header keys the format knows (others are kept in the abstract with a warning). */
    private static final Set<String> KEYS = Set.of("title", "date", "type", "classification", "language",
            "text-language", "archive", "source", "translated-by", "obtained-by", "transcribed-by", "edited-by",
            "acquisition", "funder", "publisher", "rights", "summary", "url", "record-id", "uploaded");

    private static final Pattern HEADER_NOTE_CALL = Pattern.compile("\\[\\^[^\\]\\s]+\\]");

    /** The keys that may be given more than once: each value is one more element (or name). */
    private static final Set<String> REPEATABLE = Set.of("rights", "summary", "funder", "language", "translated-by",
            "obtained-by", "transcribed-by", "edited-by");

    TranscriptionReader(Readers readers, MarkdownChunks.Limits limits) {
        this.readers = readers;
        this.limits = limits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Read read(SourceText source, IngestLog log) {
        MetadataBuilder m = new MetadataBuilder();
        TranscriptionHeader.Parsed header = TranscriptionHeader.parse(source, log);
        header(header, m, log);
        MarkdownChunks chunks = MarkdownChunks.split(source, header.lineCount(), limits);
        TranscriptionBody.Result body = new TranscriptionBody(readers, markdown, chunks, log).read();
        return new Read(m, body.parts(), body.notes(), body.datelineDate());
    }

    private void header(TranscriptionHeader.Parsed header, MetadataBuilder m, IngestLog log) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (TranscriptionHeader.Field f : header.fields()) {
            String v = f.value();
            int line = f.line();
            Integer first = firstLines.putIfAbsent(f.key(), line);
            if (first != null && KEYS.contains(f.key()) && !REPEATABLE.contains(f.key())) {
                // A key of one value given again: the second value must not replace the first unseen.
                log.warn(line, 1, "ingest.header-repeated-key", "'" + f.key() + "' takes one value and was "
                        + "given on line " + first + "; this field is kept in the abstract as written");
                m.summary.add(f.asWritten());
                continue;
            }
            noteCallsIn(f, log);
            switch (f.key()) {
                case "title" -> {
                    m.title = v;
                    log.interpret(line, v, "titleStmt/title[@type='main']");
                }
                case "date" -> m.date = readers.headerDate(v, line, "creation/date", log);
                case "type" -> {
                    m.documentType = Vocabulary.documentType(v).orElse(v);
                    log.interpret(line, v, "textClass/keywords[@scheme='#doctype']");
                }
                case "classification" -> {
                    m.classification = v;
                    log.interpret(line, v, "textClass/keywords[@scheme='#classification']");
                }
                case "language" -> {
                    Metadata.Language language = language(v, line, log);
                    m.addLanguage(language);
                    log.interpret(line, v, "langUsage/language[@ident='" + language.ident() + "']");
                }
                case "text-language" -> {
                    m.textLanguage = language(v, line, log).ident();
                    log.interpret(line, v, "TEI/@xml:lang");
                }
                case "archive" -> readers.referenceAndCredits(v, line, m, log);
                case "source" -> {
                    var book = readers.citations.book(v, v);
                    m.publishedSource = book.orElse(new Metadata.PublishedSource(null, null, null, null, null, null,
                            null, null, v));
                    log.interpret(line, v, book.isPresent() ? "sourceDesc/bibl" : "sourceDesc/bibl/note[@type='citation']");
                }
                case "translated-by", "obtained-by", "transcribed-by", "edited-by" -> {
                    String resp = f.key().replace('-', ' ');
                    for (String name : v.split("\\s*;\\s*")) {
                        if (!name.isBlank()) {
                            boolean org = name.matches(".*\\b(Institute|Center|Centre|Archive|Project|Program|"
                                    + "Foundation|University|Ministry)\\b.*");
                            m.addResponsibility(new Metadata.Responsibility(resp, name.strip(), org));
                        }
                    }
                    log.interpret(line, v, "titleStmt/respStmt (" + resp + ")");
                }
                case "acquisition" -> { // after the archive's "Obtained … by …" sentence, if it has one
                    m.addAcquisition(v);
                    log.interpret(line, v, "msDesc/history/acquisition");
                }
                case "funder" -> {
                    m.addFunder(v);
                    log.interpret(line, v, "titleStmt/funder");
                }
                case "publisher" -> {
                    m.publisher = v;
                    log.interpret(line, v, "publicationStmt/publisher");
                }
                case "rights" -> {
                    m.rights.add(v);
                    log.interpret(line, v, "publicationStmt/availability/p");
                }
                case "summary" -> {
                    m.summary.add(v);
                    log.interpret(line, v, "abstract/p");
                }
                case "url", "record-id", "uploaded" -> {
                    String field = Map.of("url", "url", "record-id", "record", "uploaded", "uploaded").get(f.key());
                    if (!readers.fillField(field, v, line, m, log)) {
                        log.warn(line, 1, "ingest.header-value", "the value of '" + f.key() + "' could not be read: '"
                                + v + "'; it is kept in the abstract");
                        m.summary.add(f.asWritten()); // as written: the key's case and spacing too
                    }
                }
                default -> {
                    log.warn(line, 1, "ingest.header-unknown-key", "'" + f.asWritten().split(":", 2)[0].strip()
                            + "' is not a header key of the teikit format; the field is kept in the abstract");
                    m.summary.add(f.asWritten()); // as written: the key's case and spacing too
                }
            }
        }
    }

    /**
     * A footnote call in a header value is not a call (a header field holds text, not notes): it stays
     * in the value as written, said at its place so that its note's "no call" warning is understood.
     */
    private static void noteCallsIn(TranscriptionHeader.Field f, IngestLog log) {
        Matcher call = HEADER_NOTE_CALL.matcher(f.asWritten());
        while (call.find()) {
            // On a continuation line the column is not known here: the field's line, column 1.
            int column = call.start() < f.firstLineLength() ? call.start() + 1 : 1;
            log.warn(f.line(), column, "ingest.header-note-call", "footnote call " + call.group()
                    + " in the header field '" + f.key() + "' is kept as text: a note is placed only at a call "
                    + "in the document text");
        }
    }

    private static Metadata.Language language(String v, int line, IngestLog log) {
        if (v.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
            return new Metadata.Language(v, Vocabulary.languageName(v.split("-")[0]));
        }
        Optional<String> code = Vocabulary.languageCode(v);
        if (code.isEmpty()) {
            log.warn(line, 1, "ingest.language-unknown", "'" + v + "' is not a language name teikit knows; "
                    + "encoded with @ident='und'");
        }
        return new Metadata.Language(code.orElse("und"), v);
    }
}
