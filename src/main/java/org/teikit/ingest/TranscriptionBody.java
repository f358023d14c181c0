package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.teikit.tei.Block;
import org.teikit.tei.Inline;
import org.teikit.tei.TeiDate;

/**
 * The Markdown body of one teikit-format transcription, read in two passes over its pieces
 * ({@link MarkdownChunks}). The first pass reads the notes (they must all be known before any call
 * is linked) and the outline: each top-level block's type and line, and which single-line paragraphs
 * are formulas. The second pass, as the TEI is written, parses each piece again and builds its
 * blocks; only the outline, the notes and one piece's tree are held. One instance per conversion.
 */
final class TranscriptionBody {

    private static final EditorialSigns.Options OPTIONS = new EditorialSigns.Options(false, Set.of());
    /** The marker that opens a list item as written: "-", "*", "+", "1." or "1)". */
    private static final Pattern LIST_MARKER = Pattern.compile("\\s*([-*+]|\\d{1,9}[.)])");

    /** A top-level block of the body: where its node is, and what the outline knows of it. */
    private record Entry(int chunk, int node, Class<? extends Block> type, boolean heading, int line,
                         String formula, String page, List<Entry> pagesBefore, List<Entry> pagesAfter) {

        /** A paragraph that takes the page markers around it. */
        boolean takesPages() {
            return type == Block.Paragraph.class && !heading && formula == null && page == null;
        }

        Entry withPages(List<Entry> before, List<Entry> after) {
            return new Entry(chunk, node, type, heading, line, formula, page, before, after);
        }

        /** A table, list or quote: a block that takes no page marker, which then stands beside it. */
        boolean standsApart() {
            return type == Block.Table.class || type == Block.ItemList.class || type == Block.BlockQuote.class;
        }

        /** This page marker as a pb of its own between two blocks. */
        Entry asPageBreak() {
            return new Entry(chunk, node, Block.PageBreak.class, heading, line, formula, page, pagesBefore, pagesAfter);
        }
    }

    private final Readers readers;
    private final Parser markdown;
    private final MarkdownChunks chunks;
    private final IngestLog log;
    private int parsedIndex = -1;
    /** The last piece whose too deep blocks were reported (the first pass parses every piece, in order). */
    private int warnedUpTo = -1;
    private MarkdownChunks.Chunk parsed;
    private List<Node> nodes;

    TranscriptionBody(Readers readers, Parser markdown, MarkdownChunks chunks, IngestLog log) {
        this.readers = readers;
        this.markdown = markdown;
        this.chunks = chunks;
        this.log = log;
    }

    /** The body parts (deferred), the notes (read now) and the opener's dateline date. */
    record Result(List<BodyPart> parts, List<NoteLinker.SourceNote> notes, TeiDate datelineDate) {
    }

    Result read() {
        List<NoteLinker.SourceNote> notes = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int c = 0; c < chunks.count(); c++) {
            List<Node> top = nodes(c);
            for (int k = 0; k < top.size(); k++) {
                Node n = top.get(k);
                if (isStub(n)) {
                    continue;
                }
                if (n instanceof FootnoteDefinition def) {
                    notes.add(note(def));
                } else if (n instanceof ThematicBreak) {
                    log.drop("thematic-break", "a horizontal rule between paragraphs is layout, not text", line(n), "---");
                } else if (n instanceof Paragraph p && withoutText(p)) {
                    dropTextless(p);
                } else if (n instanceof LinkReferenceDefinition def) {
                    dropLinkDefinition(def);
                } else if (isLiteralBlock(n) && literal(n).isBlank()) {
                    dropSource(n, "empty-code-block", "a code block with no text holds nothing of the document");
                    log.warn(line(n), column(n), "ingest.unsupported-block", "an empty "
                            + n.getClass().getSimpleName() + " is not part of the teikit format; it holds no text "
                            + "and is left out");
                } else {
                    entries.add(entry(c, k, n));
                }
            }
        }
        return outline(withPageMarkers(entries), notes);
    }

    /**
     * A link reference definition ({@code [r1]: https://example.org "Title"}) gives links elsewhere their
     * target; links keep their text only (ingest.link), so the definition is not text of the document.
     * It is left out, each of its lines listed as dropped, with a located note of what it said.
     */
    private void dropLinkDefinition(LinkReferenceDefinition def) {
        dropSource(def, "link-definition", "a link reference definition gives the target of links, which are "
                + "not part of the document (the links' text is kept)");
        log.info(line(def), column(def), "ingest.link-definition", "the link reference definition [" + def.getLabel()
                + "] (target " + def.getDestination() + (def.getTitle() == null || def.getTitle().isEmpty() ? ""
                : ", title \"" + def.getTitle() + "\"") + ") is not part of the document; it is left out and listed "
                + "as dropped");
    }

    /**
     * A paragraph of nothing but images and links without a description or text ({@code ![](scan.png)}):
     * it would be an empty p.
     */
    private static boolean withoutText(Paragraph p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            boolean blank = c instanceof SoftLineBreak || c instanceof HardLineBreak
                    || c instanceof Text t && t.getLiteral().isBlank()
                    || (c instanceof Image || c instanceof Link) && c.getFirstChild() == null;
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** Reports what a paragraph without text held, and leaves it out. */
    private void dropTextless(Paragraph p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Image image) {
                dropImage(image, List.of());
            } else if (c instanceof Link link) {
                dropSource(link, "empty-link", "a link with no text holds nothing of the document");
                log.info(line(link), column(link), "ingest.link", "a link with no text is left out; its target "
                        + link.getDestination() + titled(link.getTitle()) + " is not part of the document");
            }
        }
    }

    private static boolean isLiteralBlock(Node n) {
        return n instanceof org.commonmark.node.FencedCodeBlock || n instanceof org.commonmark.node.IndentedCodeBlock
                || n instanceof org.commonmark.node.HtmlBlock;
    }

    /**
     * Lists the markers of a list's items ("-", "1.") as dropped: they are markup (an item is an item;
     * numbering is the list's rend), and were left out without a word. Lists nested in its items are
     * met, and said, as their items' blocks are read ({@link #blockInlines}).
     */
    private void dropListMarkers(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            List<SourceSpan> spans = item.getSourceSpans();
            if (!spans.isEmpty()) {
                SourceSpan first = spans.get(0);
                Matcher marker = LIST_MARKER.matcher(parsed.text().substring(first.getInputIndex(),
                        first.getInputIndex() + first.getLength()));
                if (marker.lookingAt()) {
                    log.drop("list-marker", "the marker of a list item is markup: the item is an item, and a numbered"
                            + " list is list[@rend='numbered']", parsed.fileLine(first.getLineIndex()), marker.group(1));
                }
            }
        }
    }

    /** A table or a part of one that holds cells (a cell itself holds inlines). */
    private static boolean isTableContainer(Node n) {
        return n instanceof TableBlock || n instanceof TableHead || n instanceof TableBody || n instanceof TableRow;
    }

    /**
     * Lists a table's layout as dropped, as list markers are: the pipes between its cells (once per row
     * that has them), and its delimiter row ("|---|:---:|"), which holds nothing else.
     */
    private void dropTableMarkup(TableBlock table) {
        List<SourceSpan> spans = table.getSourceSpans();
        for (int i = 0; i < spans.size(); i++) {
            SourceSpan s = spans.get(i);
            String written = parsed.text().substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
            int line = parsed.fileLine(s.getLineIndex());
            if (i == 1) {
                PipeTable.dropDelimiterRow(log, line, written);
            } else if (PipeTable.CELL_PIPE.matcher(written).find()) {
                PipeTable.dropPipes(log, line);
            }
        }
    }

    /** Lists a node's source as dropped, each line of its spans as written in the file. */
    private void dropSource(Node n, String kind, String why) {
        for (SourceSpan s : n.getSourceSpans()) {
            log.drop(kind, why, parsed.fileLine(s.getLineIndex()),
                    parsed.text().substring(s.getInputIndex(), s.getInputIndex() + s.getLength()));
        }
    }

    private Entry entry(int chunk, int index, Node n) {
        Class<? extends Block> type = n instanceof Heading ? Block.Head.class
                : n instanceof BlockQuote ? Block.BlockQuote.class
                : n instanceof ListBlock ? Block.ItemList.class
                : n instanceof TableBlock ? Block.Table.class
                : Block.Paragraph.class;
        String formula = n instanceof Paragraph p && isSingleLine(p)
                && readers.formulas.classify(text(p)).isPresent() ? text(p) : null;
        String page = n instanceof Paragraph p && isSingleLine(p) && EditorialSigns.pageMarker(text(p)) != null
                ? text(p) : null; // the marker as written
        return new Entry(chunk, index, type, n instanceof Heading, line(n), page == null ? formula : null, page,
                List.of(), List.of());
    }

    /**
     * A paragraph that is nothing but a page marker ("(p. 3)") is a {@code pb[@n]} at the start of the
     * next paragraph, or at the end of the last one when none follows; just before or after a table,
     * list or quote, or a heading after the text (a bold paragraph, see {@link #outline}), and just
     * before the first heading, a {@code pb} of its own between the blocks (it waited for the next
     * paragraph, after the table or heading: the reading order was wrong); with no block to stand by,
     * it stays a paragraph of its text.
     */
    private static List<Entry> withPageMarkers(List<Entry> entries) {
        List<Entry> out = new ArrayList<>();
        List<Entry> pending = new ArrayList<>();
        Set<Entry> apart = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean opening = true; // the formula lines at the start, the opener
        boolean text = false;   // some text before: a heading now is a late one (outline)
        boolean headed = false; // a heading before: markers before a second one wait (teikit.rng: pb+ head+ only)
        for (Entry e : entries) {
            if (e.page() != null) {
                pending.add(e);
                continue;
            }
            opening &= e.formula() != null;
            if (e.standsApart() || e.heading() && text) {
                apart.add(e);
            }
            if (e.takesPages() && !pending.isEmpty()) {
                out.add(e.withPages(List.copyOf(pending), List.of()));
                pending.clear();
            } else if (apart.contains(e) || e.heading() && !headed) {
                pending.forEach(marker -> out.add(marker.asPageBreak()));
                pending.clear();
                out.add(e);
            } else {
                out.add(e);
            }
            text |= !opening && !e.heading();
            headed |= e.heading();
        }
        if (!pending.isEmpty()) {
            int last = out.size() - 1;
            while (last >= 0 && !out.get(last).takesPages() && !apart.contains(out.get(last))) {
                last--;
            }
            if (last >= 0 && apart.contains(out.get(last))) {
                out.addAll(last + 1, pending.stream().map(Entry::asPageBreak).toList());
                pending.clear();
            } else if (last >= 0) {
                out.set(last, out.get(last).withPages(out.get(last).pagesBefore(), List.copyOf(pending)));
                pending.clear();
            }
        }
        // Markers with no paragraph to take them are paragraphs of their own, in their place.
        for (Entry marker : pending) {
            int at = 0;
            while (at < out.size() && out.get(at).line() < marker.line()) {
                at++;
            }
            out.add(at, marker);
        }
        return out;
    }

    /**
     * Single-line formula paragraphs at the start and end become opener and closer lines; headings
     * before the first paragraph are heads, and a later one (TEI allows head only at the start of a
     * div) a bold paragraph.
     */
    private Result outline(List<Entry> entries, List<NoteLinker.SourceNote> notes) {
        TeiDate datelineDate = null;
        int first = 0;
        while (first < entries.size() - 1 && entries.get(first).formula() != null) {
            String text = entries.get(first).formula();
            if (datelineDate == null && readers.formulas.classify(text).orElseThrow() == Block.FormulaKind.DATELINE) {
                datelineDate = readers.formulas.dateline(text).orElseThrow().date().date();
            }
            first++;
        }
        int last = entries.size();
        while (last - 1 > first && entries.get(last - 1).formula() != null) {
            last--;
        }
        // TEI allows a closer only after some text: with headings alone before it, the closing lines
        // stay paragraphs (found by fuzzing: heads followed by a dateline made invalid TEI).
        if (entries.subList(first, last).stream().allMatch(e -> e.heading() || e.type() == Block.PageBreak.class)) {
            last = entries.size();
        }
        List<BodyPart> parts = new ArrayList<>();
        if (first > 0) {
            List<Entry> lines = List.copyOf(entries.subList(0, first));
            parts.add(new BodyPart.Deferred(Block.Opener.class, () -> new Block.Opener(formulas(lines, "opener"))));
        }
        boolean text = false;
        for (int i = first; i < last; i++) {
            Entry e = entries.get(i);
            boolean late = e.heading() && text;
            parts.add(new BodyPart.Deferred(late ? Block.Paragraph.class : e.type(), () -> block(e, late)));
            text |= !e.heading() && e.type() != Block.PageBreak.class; // a pb before a head keeps it a head
        }
        if (last < entries.size()) {
            List<Entry> lines = List.copyOf(entries.subList(last, entries.size()));
            parts.add(new BodyPart.Deferred(Block.Closer.class, () -> new Block.Closer(formulas(lines, "closer"))));
        }
        return new Result(parts, notes, datelineDate);
    }

    private List<Block.Formula> formulas(List<Entry> lines, String where) {
        List<Block.Formula> out = new ArrayList<>();
        for (Entry e : lines) {
            Paragraph p = (Paragraph) node(e);
            Block.Paragraph parsedParagraph = new Block.Paragraph(inlines(p));
            out.add(formula(readers.formulas.classify(e.formula()).orElseThrow(), p, parsedParagraph, where));
        }
        return out;
    }

    private Block block(Entry e, boolean lateHeading) {
        if (e.type() == Block.PageBreak.class) {
            return new Block.PageBreak(pageBreak(e, "of its own, beside a table, list, quote or heading").n());
        }
        Block b = block(node(e));
        if (!e.pagesBefore().isEmpty() || !e.pagesAfter().isEmpty()) {
            List<Inline> content = new ArrayList<>();
            for (Entry marker : e.pagesBefore()) {
                content.add(pageBreak(marker, "at the start of the paragraph of line " + e.line()));
            }
            content.addAll(((Block.Paragraph) b).content());
            for (Entry marker : e.pagesAfter()) {
                content.add(pageBreak(marker, "at the end of the paragraph of line " + e.line()));
            }
            return new Block.Paragraph(content);
        }
        if (!lateHeading) {
            return b;
        }
        log.info(e.line(), 1, "ingest.late-heading",
                "a heading after the first paragraph is encoded as a bold paragraph (p/hi[@rend='bold'])");
        return new Block.Paragraph(List.of(new Inline.Hi("bold", ((Block.Head) b).content())));
    }

    private Inline.PageBreak pageBreak(Entry marker, String where) {
        String n = EditorialSigns.pageMarker(marker.page());
        log.interpret(marker.line(), marker.page(), "pb[@n='" + n + "'] (" + where + ")");
        return new Inline.PageBreak(n);
    }

    /** The node of an entry, its piece parsed again when another piece was parsed last. */
    private Node node(Entry e) {
        return nodes(e.chunk()).get(e.node());
    }

    private List<Node> nodes(int chunk) {
        if (chunk != parsedIndex) {
            nodes = null; // the previous piece's tree can go before the next is parsed
            parsed = chunks.chunk(chunk);
            List<Node> top = new ArrayList<>();
            Node document = markdown.parse(parsed.text());
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                top.add(n);
            }
            for (int k = 0; k < top.size(); k++) {
                int depth = DeepMarkdown.depth(top.get(k));
                if (depth > DeepMarkdown.MAX_DEPTH) {
                    Node deep = top.get(k);
                    Node flat = DeepMarkdown.flattened(deep);
                    if (deep instanceof FootnoteDefinition) { // a note stays a note, of its text
                        while (deep.getFirstChild() != null) {
                            deep.getFirstChild().unlink();
                        }
                        deep.appendChild(flat);
                    } else {
                        top.set(k, flat);
                    }
                    if (chunk > warnedUpTo) { // each piece is parsed in both passes: say it once
                        log.warn(line(flat), 1, "ingest.too-deep", "Markdown nested " + depth + " levels deep here "
                                + "(quotes, lists or emphasis; teikit reads up to " + DeepMarkdown.MAX_DEPTH
                                + ") is read as one paragraph of its text: every character is kept, not its nesting");
                    }
                }
            }
            warnedUpTo = Math.max(warnedUpTo, chunk);
            nodes = top;
            parsedIndex = chunk;
        }
        return nodes;
    }

    private boolean isStub(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return !spans.isEmpty() && parsed.isStub(spans.get(0).getLineIndex());
    }

    private NoteLinker.SourceNote note(FootnoteDefinition def) {
        List<List<Inline>> paragraphs = new ArrayList<>();
        for (Node c = def.getFirstChild(); c != null; c = c.getNext()) {
            noteParagraphs(c, paragraphs);
        }
        log.interpret(line(def), "[^" + def.getLabel() + "]:", NoteLinker.isNumber(def.getLabel())
                ? "note[@place='foot'][@n='" + def.getLabel() + "']"
                : "note[@place='foot'] (label '" + def.getLabel() + "': numbered by its place among the notes)");
        return new NoteLinker.SourceNote(def.getLabel(), paragraphs, line(def), column(def));
    }

    /**
     * The paragraphs a block of a note makes: a note holds only paragraphs, so a list gives one per
     * item and a quote one per block it holds (read as one run of inlines, their words ran together).
     */
    private void noteParagraphs(Node block, List<List<Inline>> out) {
        if (block instanceof ListBlock list) {
            dropListMarkers(list);
        }
        if (block instanceof TableBlock table) {
            dropTableMarkup(table);
        }
        if (block instanceof ListBlock || block instanceof BlockQuote || block instanceof TableBlock
                || block instanceof TableHead || block instanceof TableBody) {
            for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem) {
                    addUnlessEmpty(blockInlines(c), out);
                } else {
                    noteParagraphs(c, out);
                }
            }
        } else {
            addUnlessEmpty(blockInlines(block), out);
        }
    }

    private static void addUnlessEmpty(List<Inline> paragraph, List<List<Inline>> out) {
        if (!paragraph.isEmpty()) {
            out.add(paragraph);
        }
    }

    /**
     * The inlines of a block; those of a container (list, item, quote) are its blocks' inlines with a
     * space between them, so that the words of two items or paragraphs are not joined into one.
     */
    private List<Inline> blockInlines(Node block) {
        if (isLiteralBlock(block)) { // a code or HTML block has no inlines: its text, as at the top level
            log.warn(line(block), column(block), "ingest.unsupported-block", "a " + block.getClass().getSimpleName()
                    + " is not part of the teikit format; its text is kept as text");
            return List.of(new Inline.Text(literal(block).strip()));
        }
        if (block instanceof ThematicBreak) {
            log.drop("thematic-break", "a horizontal rule between paragraphs is layout, not text", line(block), "---");
            return List.of();
        }
        if (!(block instanceof ListBlock || block instanceof ListItem || block instanceof BlockQuote
                || isTableContainer(block))) {
            return inlines(block);
        }
        if (block instanceof ListBlock list) {
            dropListMarkers(list);
        }
        if (block instanceof TableBlock table) {
            dropTableMarkup(table);
        }
        List<Inline> content = new ArrayList<>();
        for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
            if (!content.isEmpty()) {
                content.add(new Inline.Text(" "));
            }
            content.addAll(blockInlines(c));
        }
        return InlineTidy.tidy(content);
    }

    private Block block(Node n) {
        if (n instanceof Heading h) {
            List<Inline> content = inlines(h);
            log.interpret(line(h), InlineTidy.plainText(content), "head");
            return new Block.Head(content);
        } else if (n instanceof Paragraph p) {
            return new Block.Paragraph(inlines(p));
        } else if (n instanceof BlockQuote q) {
            List<List<Inline>> paragraphs = new ArrayList<>();
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                paragraphs.add(blockInlines(c));
            }
            log.interpret(line(q), "> …", "quote (block)");
            return new Block.BlockQuote(paragraphs);
        } else if (n instanceof ListBlock list) {
            List<List<Inline>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                items.add(blockInlines(item));
            }
            boolean numbered = list instanceof OrderedList;
            log.interpret(line(list), numbered ? "1. …" : "- …", numbered ? "list[@rend='numbered']/item" : "list/item");
            dropListMarkers(list);
            int start = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                    ? ordered.getMarkerStartNumber() : 1;
            return new Block.ItemList(items, numbered, start);
        } else if (n instanceof TableBlock table) {
            log.interpret(line(table), "| … |", "table/row/cell");
            dropTableMarkup(table);
            List<Block.Row> rows = new ArrayList<>();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    List<List<Inline>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(inlines(cell));
                    }
                    rows.add(new Block.Row(section instanceof TableHead, cells));
                }
            }
            return new Block.Table(rows);
        }
        // Code blocks, HTML blocks: not part of the format; their text is kept as a paragraph.
        String text = literal(n);
        log.warn(line(n), 1, "ingest.unsupported-block", "a " + n.getClass().getSimpleName()
                + " is not part of the teikit format; its text is kept as a paragraph");
        return new Block.Paragraph(List.of(new Inline.Text(text.strip())));
    }

    private Block.Formula formula(Block.FormulaKind kind, Paragraph source, Block.Paragraph parsedParagraph,
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
        return new Block.Formula(kind, parsedParagraph.content());
    }

    private static boolean isSingleLine(Paragraph p) {
        Node only = p.getFirstChild();
        return only instanceof Text && only.getNext() == null;
    }

    private static String text(Paragraph p) {
        return ((Text) p.getFirstChild()).getLiteral();
    }

    /** The inline content of a block node, through commonmark's tree and the shared editorial signs. */
    private List<Inline> inlines(Node parent) {
        return InlineTidy.tidy(children(parent));
    }

    private List<Inline> children(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.addAll(readers.signs.parse(t.getLiteral(), locator(t), OPTIONS, log));
            } else if (n instanceof SoftLineBreak) {
                out.add(new Inline.Text(" "));
            } else if (n instanceof HardLineBreak) {
                // teikit's TEI keeps the lines of a paragraph as one run of text: the break is said, not kept.
                log.drop("hard-line-break", "a hard line break (a backslash or two spaces at the end of a line) is"
                        + " layout: the lines are joined by a space", line(n), "\\ (line break)");
                out.add(new Inline.Text(" "));
            } else if (n instanceof Emphasis) {
                out.add(new Inline.Hi("italic", children(n)));
            } else if (n instanceof StrongEmphasis) {
                out.add(new Inline.Hi("bold", children(n)));
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
                out.addAll(children(link));
                log.info(line(n), column(n), "ingest.link", "a link's text is kept; its target "
                        + link.getDestination() + titled(link.getTitle()) + " is not part of the document");
            } else if (n instanceof Image image) {
                List<Inline> alt = children(image);
                out.addAll(alt);
                dropImage(image, alt);
            } else if (n instanceof SlicedInlineParser.Sliced s) {
                log.warn(line(n), column(n), "ingest.long-block", String.format(java.util.Locale.ROOT,
                        "a block of %,d characters is read in pieces of about %,d, to bound the memory it takes: "
                        + "emphasis, a link or a brace that crosses from one piece to the next is kept as text "
                        + "with its signs", s.characters, SlicedInlineParser.SLICE));
            } else if (n instanceof HtmlInline h) {
                out.add(new Inline.Text(h.getLiteral()));
                // Kept as its characters, as an HTML block is; said, so that <u>…</u> is not taken for encoded.
                log.warn(line(n), column(n), "ingest.html-inline", "inline HTML " + h.getLiteral()
                        + " is not part of the teikit format; it is kept as text (for emphasis write *word* or **word**)");
            } else {
                out.addAll(children(n));
            }
        }
        return out;
    }

    /**
     * teikit's TEI has no figure: an image keeps its description (the alt text) as text, and its file and
     * title are listed as dropped (the source after the description's closing bracket), with a warning.
     */
    private void dropImage(Image image, List<Inline> description) {
        List<SourceSpan> spans = image.getSourceSpans();
        String target = null;
        if (spans.size() == 1) {
            SourceSpan s = spans.get(0);
            String source = parsed.text().substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
            int altEnd = 2; // after "!["
            for (Node c = image.getFirstChild(); c != null; c = c.getNext()) {
                for (SourceSpan cs : c.getSourceSpans()) {
                    altEnd = Math.max(altEnd, cs.getInputIndex() + cs.getLength() - s.getInputIndex());
                }
            }
            int close = source.indexOf(']', altEnd);
            if (close >= 0 && close + 1 < source.length()) {
                target = source.substring(close + 1);
            }
        }
        log.drop("image-target", "an image's file and title are not text of the document (teikit's TEI has no "
                + "figure); its description, the alt text, is kept", line(image),
                target != null ? target : image.getDestination());
        String alt = InlineTidy.plainText(InlineTidy.tidy(new ArrayList<>(description)));
        log.warn(line(image), column(image), "ingest.image", "an image is not part of teikit's TEI: its description '"
                + alt + "' is kept as text; its file " + image.getDestination() + titled(image.getTitle())
                + " is left out (listed as dropped)");
    }

    private static String titled(String title) {
        return title == null || title.isEmpty() ? "" : " (title \"" + title + "\")";
    }

    // Lines are the file's: commonmark counts from the start of the parsed piece (stubs included).

    private EditorialSigns.Locator locator(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        if (spans.isEmpty()) {
            return EditorialSigns.Locator.fixed(0, 0);
        }
        SourceSpan s = spans.get(0);
        return EditorialSigns.Locator.fixed(parsed.fileLine(s.getLineIndex()), s.getColumnIndex() + 1);
    }

    private int line(Node n) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? 0 : parsed.fileLine(spans.get(0).getLineIndex());
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
}
