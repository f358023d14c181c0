package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.teikit.tei.Block;
import org.teikit.tei.Inline;
import org.teikit.tei.Metadata;
import org.teikit.tei.TeiDate;

/**
 * Reads the teikit transcription format (see docs/transcription-format.md): a {@code key: value}
 * header between {@code ---} lines, then Markdown parsed by commonmark-java with its footnotes
 * extension and teikit's brace parser; the editorial signs in text runs are read by the same
 * {@link EditorialSigns} as the archive exports. Thread-safe: the commonmark parser is.
 */
final class TranscriptionReader implements FormatReader {

    static final String ID = "teikit";
    private static final EditorialSigns.Options OPTIONS = new EditorialSigns.Options(false, Set.of());

    private final Readers readers;
    private final Parser markdown = Parser.builder()
            .extensions(List.of(FootnotesExtension.create()))
            .customInlineContentParserFactory(new EditorialInlineParser.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    TranscriptionReader(Readers readers) {
        this.readers = readers;
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
        // The header's lines are blanked, not cut, so that commonmark's line numbers are the file's.
        Node document = markdown.parse(withHeaderBlanked(source, header.lineCount()));
        List<Block> blocks = new ArrayList<>();
        List<NoteLinker.SourceNote> notes = new ArrayList<>();
        List<Paragraph> formulaCandidates = new ArrayList<>();
        List<Integer> blockLines = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            int before = blocks.size();
            block(n, blocks, notes, log);
            if (blocks.size() > before) {
                formulaCandidates.add(n instanceof Paragraph p && isSingleLine(p) ? p : null);
                blockLines.add(line(n));
            }
        }
        Body body = formulas(blocks, formulaCandidates, blockLines, log);
        return new Read(m, body.blocks.stream().<BodyPart>map(BodyPart.Ready::new).toList(), notes, body.datelineDate);
    }

    /** The text with its first {@code count} lines emptied (their line ends kept). */
    private static String withHeaderBlanked(SourceText source, int count) {
        if (count == 0) {
            return source.text();
        }
        if (count >= source.lineCount()) {
            return "\n".repeat(source.lineCount() - 1);
        }
        return "\n".repeat(count) + source.textFrom(count);
    }

    private record Body(List<Block> blocks, TeiDate datelineDate) {
    }

    private void block(Node n, List<Block> blocks, List<NoteLinker.SourceNote> notes, IngestLog log) {
        if (n instanceof Heading h) {
            List<Inline> content = inlines(h, log);
            blocks.add(new Block.Head(content));
            log.interpret(line(h), InlineTidy.plainText(content), "head");
        } else if (n instanceof Paragraph p) {
            blocks.add(new Block.Paragraph(inlines(p, log)));
        } else if (n instanceof BlockQuote q) {
            List<List<Inline>> paragraphs = new ArrayList<>();
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                paragraphs.add(inlines(c, log));
            }
            blocks.add(new Block.BlockQuote(paragraphs));
            log.interpret(line(q), "> …", "quote (block)");
        } else if (n instanceof ListBlock list) {
            List<List<Inline>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                List<Inline> content = new ArrayList<>();
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (!content.isEmpty()) {
                        content.add(new Inline.Text(" "));
                    }
                    content.addAll(inlines(c, log));
                }
                items.add(InlineTidy.tidy(content));
            }
            blocks.add(new Block.ItemList(items));
            log.interpret(line(list), "- …", "list/item");
        } else if (n instanceof FootnoteDefinition def) {
            List<List<Inline>> paragraphs = new ArrayList<>();
            for (Node c = def.getFirstChild(); c != null; c = c.getNext()) {
                paragraphs.add(inlines(c, log));
            }
            notes.add(new NoteLinker.SourceNote(def.getLabel(), paragraphs, line(def), column(def)));
            log.interpret(line(def), "[^" + def.getLabel() + "]:", "note[@place='foot'][@n='" + def.getLabel() + "']");
        } else if (n instanceof ThematicBreak) {
            log.drop("thematic-break", "a horizontal rule between paragraphs is layout, not text", line(n), "---");
        } else {
            // Code blocks, HTML blocks: not part of the format; their text is kept as a paragraph.
            String text = literal(n);
            log.warn(line(n), 1, "ingest.unsupported-block", "a " + n.getClass().getSimpleName()
                    + " is not part of the teikit format; its text is kept as a paragraph");
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(text.strip()))));
        }
    }

    /** Single-line paragraphs at the start and end become opener and closer lines when they are formulas. */
    private Body formulas(List<Block> blocks, List<Paragraph> candidates, List<Integer> lines, IngestLog log) {
        List<Block.Formula> opener = new ArrayList<>();
        TeiDate datelineDate = null;
        int first = 0;
        while (first < blocks.size() - 1 && candidates.get(first) != null) {
            Optional<Block.FormulaKind> kind = readers.formulas.classify(text(candidates.get(first)));
            if (kind.isEmpty()) {
                break;
            }
            Block.Formula f = formula(kind.get(), candidates.get(first), (Block.Paragraph) blocks.get(first), log, "opener");
            if (kind.get() == Block.FormulaKind.DATELINE && datelineDate == null) {
                datelineDate = ((Inline.DateRef) f.content().get(f.content().size() - 1)).date();
            }
            opener.add(f);
            first++;
        }
        int last = blocks.size();
        while (last - 1 > first && candidates.get(last - 1) != null
                && readers.formulas.classify(text(candidates.get(last - 1))).isPresent()) {
            last--;
        }
        List<Block.Formula> closer = new ArrayList<>();
        for (int i = last; i < blocks.size(); i++) {
            Block.FormulaKind kind = readers.formulas.classify(text(candidates.get(i))).orElseThrow();
            closer.add(formula(kind, candidates.get(i), (Block.Paragraph) blocks.get(i), log, "closer"));
        }
        List<Block> out = new ArrayList<>();
        if (!opener.isEmpty()) {
            out.add(new Block.Opener(opener));
        }
        // Headings before the first paragraph are heads; TEI allows head only at the start of a div,
        // so a later heading becomes a bold paragraph.
        boolean text = false;
        for (int i = first; i < last; i++) {
            Block b = blocks.get(i);
            if (b instanceof Block.Head h && text) {
                out.add(new Block.Paragraph(List.of(new Inline.Hi("bold", h.content()))));
                log.info(lines.get(i), 1, "ingest.late-heading",
                        "a heading after the first paragraph is encoded as a bold paragraph (p/hi[@rend='bold'])");
            } else {
                out.add(b);
                text |= !(b instanceof Block.Head);
            }
        }
        if (!closer.isEmpty()) {
            out.add(new Block.Closer(closer));
        }
        return new Body(out, datelineDate);
    }

    private Block.Formula formula(Block.FormulaKind kind, Paragraph source, Block.Paragraph parsed, IngestLog log,
                                  String where) {
        String text = text(source);
        log.interpret(line(source), text, where + "/" + kind.name().toLowerCase(java.util.Locale.ROOT));
        if (kind == Block.FormulaKind.DATELINE) {
            FormulaClassifier.Dateline d = readers.formulas.dateline(text).orElseThrow();
            List<Inline> content = new ArrayList<>();
            if (d.place() != null) {
                content.add(new Inline.PlaceName(d.place()));
                content.add(new Inline.Text(d.separator()));
            }
            content.add(new Inline.DateRef(d.date().date(), List.of(new Inline.Text(d.date().date().text()))));
            return new Block.Formula(kind, content);
        }
        return new Block.Formula(kind, parsed.content());
    }

    private static boolean isSingleLine(Paragraph p) {
        Node only = p.getFirstChild();
        return only instanceof Text && only.getNext() == null;
    }

    private static String text(Paragraph p) {
        return ((Text) p.getFirstChild()).getLiteral();
    }

    /** The inline content of a block node, through commonmark's tree and the shared editorial signs. */
    private List<Inline> inlines(Node parent, IngestLog log) {
        return InlineTidy.tidy(children(parent, log));
    }

    private List<Inline> children(Node parent, IngestLog log) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.addAll(readers.signs.parse(t.getLiteral(), locator(t), OPTIONS, log));
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.add(new Inline.Text(" "));
            } else if (n instanceof Emphasis) {
                out.add(new Inline.Hi("italic", children(n, log)));
            } else if (n instanceof StrongEmphasis) {
                out.add(new Inline.Hi("bold", children(n, log)));
            } else if (n instanceof Code c) {
                out.add(new Inline.Text(c.getLiteral()));
            } else if (n instanceof FootnoteReference ref) {
                out.add(new Inline.NoteCall(ref.getLabel(), "[^" + ref.getLabel() + "]", line(ref), column(ref)));
            } else if (n instanceof EditorialInlineParser.PageBreakNode pb) {
                out.add(new Inline.PageBreak(pb.n));
                log.interpret(line(n), "{pb" + (pb.n == null ? "" : " " + pb.n) + "}", "pb");
            } else if (n instanceof EditorialInlineParser.DateNode d) {
                DateParser.Reading r = readers.dates.parse(d.when);
                TeiDate date = r.kind() == DateParser.Kind.UNREADABLE ? TeiDate.textOnly(d.text)
                        : new TeiDate(d.text, r.date().when(), r.date().from(), r.date().to(), null, null);
                if (r.kind() == DateParser.Kind.UNREADABLE) {
                    log.warn(line(n), column(n), "ingest.date-unreadable", "'" + d.when + "' is not an ISO date");
                }
                out.add(new Inline.DateRef(date, List.of(new Inline.Text(d.text))));
            } else if (n instanceof Link link) {
                out.addAll(children(link, log));
                log.info(line(n), column(n), "ingest.link", "a link's text is kept; its target "
                        + link.getDestination() + " is not part of the document");
            } else if (n instanceof HtmlInline h) {
                out.add(new Inline.Text(h.getLiteral()));
            } else {
                out.addAll(children(n, log));
            }
        }
        return out;
    }

    private static EditorialSigns.Locator locator(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return EditorialSigns.Locator.fixed(0, 0);
        }
        SourceSpan s = spans.get(0);
        return EditorialSigns.Locator.fixed(s.getLineIndex() + 1, s.getColumnIndex() + 1);
    }

    private static int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static int column(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
    }

    private static String literal(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.FencedCodeBlock b) {
                sb.append(b.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.IndentedCodeBlock b) {
                sb.append(b.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.HtmlBlock b) {
                sb.append(b.getLiteral());
            }
        });
        return sb.toString().replaceAll("\\s+", " ");
    }

    private void header(TranscriptionHeader.Parsed header, MetadataBuilder m, IngestLog log) {
        for (TranscriptionHeader.Field f : header.fields()) {
            String v = f.value();
            int line = f.line();
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
                    m.originalLanguage = language(v, line, log);
                    log.interpret(line, v, "langUsage/language[@ident='" + m.originalLanguage.ident() + "']");
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
                case "acquisition" -> {
                    m.acquisition = v;
                    log.interpret(line, v, "msDesc/history/acquisition");
                }
                case "funder" -> {
                    m.funder = v;
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
                        m.summary.add(f.key() + ": " + v);
                    }
                }
                default -> {
                    log.warn(line, 1, "ingest.header-unknown-key", "'" + f.key()
                            + "' is not a header key of the teikit format; the field is kept in the abstract");
                    m.summary.add(f.key() + ": " + v);
                }
            }
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
