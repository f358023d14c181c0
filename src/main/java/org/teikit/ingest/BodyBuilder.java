package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.teikit.tei.Block;
import org.teikit.tei.Block.FormulaKind;
import org.teikit.tei.Inline;
import org.teikit.tei.TeiDate;

/**
 * Shapes the document text of the export formats into blocks: opener lines at the top, heading
 * lines, paragraphs (re-joined where the export broke one mid-sentence at a page break), closer
 * lines at the end. Shared by the web-capture and Markdown-export readers.
 */
final class BodyBuilder {

    /** A paragraph of document text: its source block and where its content starts (after a box marker). */
    record Piece(SourceBlock block, int start) {
        String content() {
            return block.text().substring(start);
        }

        boolean singleLine() {
            return block.lines().size() == 1;
        }
    }

    /** The shaped body, with what the opener says about the document for the header. */
    record Result(List<BodyPart> blocks, TeiDate datelineDate, String classification) {
    }

    private static final int MAX_HEAD = 160;

    private final EditorialSigns signs;
    private final FormulaClassifier formulas;

    BodyBuilder(EditorialSigns signs, FormulaClassifier formulas) {
        this.signs = signs;
        this.formulas = formulas;
    }

    Result build(List<Piece> pieces, EditorialSigns.Options options, IngestLog log) {
        int first = 0;
        int last = pieces.size();
        List<Block.Formula> opener = new ArrayList<>();
        TeiDate datelineDate = null;
        String classification = null;
        while (first < last - 1 && pieces.get(first).singleLine()) {
            Piece p = pieces.get(first);
            Optional<FormulaKind> kind = formulas.classify(p.content());
            if (kind.isEmpty()) {
                break;
            }
            Block.Formula f = formula(kind.get(), p, options, log, "opener");
            if (kind.get() == FormulaKind.DATELINE && datelineDate == null) {
                datelineDate = formulas.dateline(p.content()).orElseThrow().date().date();
            }
            if (kind.get() == FormulaKind.CLASSIFICATION && classification == null) {
                classification = p.content().strip();
            }
            opener.add(f);
            first++;
        }
        List<Block> heads = new ArrayList<>();
        while (first < last - 1 && isHeadLine(pieces.get(first))) {
            Piece p = pieces.get(first);
            heads.add(new Block.Head(inlines(p, options, log)));
            log.interpret(p.block().firstLine(), p.content(), "head");
            first++;
        }
        List<Block.Formula> closer = new ArrayList<>();
        int closerStart = last;
        while (closerStart - 1 > first && pieces.get(closerStart - 1).singleLine()
                && formulas.classify(pieces.get(closerStart - 1).content()).isPresent()) {
            closerStart--;
        }
        for (int i = closerStart; i < last; i++) {
            Piece p = pieces.get(i);
            closer.add(formula(formulas.classify(p.content()).orElseThrow(), p, options, log, "closer"));
        }
        List<BodyPart> blocks = new ArrayList<>();
        if (!opener.isEmpty()) {
            blocks.add(new BodyPart.Ready(new Block.Opener(opener)));
        }
        heads.forEach(h -> blocks.add(new BodyPart.Ready(h)));
        blocks.addAll(paragraphs(pieces.subList(first, closerStart), options, log));
        if (!closer.isEmpty()) {
            blocks.add(new BodyPart.Ready(new Block.Closer(closer)));
        }
        return new Result(blocks, datelineDate, classification);
    }

    /**
     * Paragraphs (and tables: {@link PipeTable}), joining two that a page break split mid-sentence into one with a {@code pb}. A
     * paragraph that is nothing but a page marker ("(p. 3)") is a {@code pb[@n]}: between the halves
     * of a sentence it split, it joins them; else it goes at the start of the next paragraph (at the
     * end of the last one when none follows); next to a table, it is a {@code pb} between the blocks.
     * Which pieces join is decided now; each paragraph's text is read when it is written.
     */
    List<BodyPart> paragraphs(List<Piece> pieces, EditorialSigns.Options options, IngestLog log) {
        List<BodyPart> out = new ArrayList<>();
        List<Piece> group = new ArrayList<>();
        List<Piece> joins = new ArrayList<>();
        List<Piece> leading = List.of();
        List<Piece> pending = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.start() == 0 && PipeTable.is(p.block())) {
                // A table stands apart: the paragraph before it ends. Page markers before it stand between
                // the two as pb of their own (they waited for the next paragraph, after the table: the
                // reading order was wrong).
                if (!group.isEmpty()) {
                    out.add(pending(group, leading, joins, List.of(), options, log));
                    group = new ArrayList<>();
                    joins = new ArrayList<>();
                    leading = List.of();
                }
                out.addAll(pageBreaksBeside(pending, "before the table of line " + p.block().firstLine(), log));
                pending.clear();
                out.add(new BodyPart.Deferred(Block.Table.class, () -> PipeTable.read(p.block(), signs, options, log)));
            } else if (EditorialSigns.pageMarker(p.content()) != null) {
                pending.add(p);
            } else if (!group.isEmpty() && pending.size() <= 1 && brokenAtPageEnd(group.get(group.size() - 1), p)) {
                joins.add(pending.isEmpty() ? null : pending.get(0));
                group.add(p);
                pending.clear();
            } else {
                if (!group.isEmpty()) {
                    out.add(pending(group, leading, joins, List.of(), options, log));
                }
                leading = List.copyOf(pending);
                pending.clear();
                group = new ArrayList<>(List.of(p));
                joins = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            out.add(pending(group, leading, joins, pending, options, log));
        } else if (!out.isEmpty()) { // the text ends with a table: the markers after it stand after it
            out.addAll(pageBreaksBeside(pending, "after the table that ends the text", log));
        } else {
            for (Piece marker : pending) { // markers alone, with no paragraph to go to: kept as text
                out.add(pending(List.of(marker), List.of(), List.of(), List.of(), options, log));
            }
        }
        return out;
    }

    private BodyPart pending(List<Piece> group, List<Piece> leading, List<Piece> joins, List<Piece> trailing,
                             EditorialSigns.Options options, IngestLog log) {
        List<Piece> g = List.copyOf(group);
        List<Piece> before = List.copyOf(leading);
        List<Piece> between = java.util.Collections.unmodifiableList(new ArrayList<>(joins)); // may hold nulls
        List<Piece> after = List.copyOf(trailing);
        return new BodyPart.Pending(() -> paragraph(g, before, between, after, options, log));
    }

    /** One paragraph from its pieces (more than one when page breaks split it), with its page markers. */
    private Block.Paragraph paragraph(List<Piece> group, List<Piece> leading, List<Piece> joins, List<Piece> trailing,
                                      EditorialSigns.Options options, IngestLog log) {
        List<Inline> current = new ArrayList<>();
        for (Piece marker : leading) {
            current.add(pageBreak(marker, "at the start of the paragraph of line " + group.get(0).block().firstLine(), log));
        }
        current.addAll(inlines(group.get(0), options, log));
        for (int k = 1; k < group.size(); k++) {
            Piece p = group.get(k);
            Piece marker = joins.get(k - 1);
            List<Inline> content = inlines(p, options, log);
            current.add(new Inline.Text(" "));
            current.add(marker == null ? new Inline.PageBreak(null) : pageBreak(marker,
                    "joins the paragraphs of lines " + group.get(k - 1).block().firstLine() + " and "
                            + p.block().firstLine(), log));
            current.add(new Inline.Text(" "));
            current.addAll(content);
            log.interpret(p.block().firstLine(), p.content(),
                    "pb (continues the paragraph of line " + group.get(k - 1).block().firstLine() + ")");
        }
        for (Piece marker : trailing) {
            current.add(pageBreak(marker, "at the end of the paragraph of line "
                    + group.get(group.size() - 1).block().firstLine(), log));
        }
        return new Block.Paragraph(InlineTidy.tidy(current));
    }

    /** Page markers next to a table, each a pb between the blocks (a table takes no pb), read when written. */
    private static List<BodyPart> pageBreaksBeside(List<Piece> markers, String where, IngestLog log) {
        return markers.stream().<BodyPart>map(marker -> new BodyPart.Deferred(Block.PageBreak.class,
                () -> new Block.PageBreak(pageBreak(marker, where, log).n()))).toList();
    }

    private static Inline.PageBreak pageBreak(Piece marker, String where, IngestLog log) {
        String n = EditorialSigns.pageMarker(marker.content());
        log.interpret(marker.block().firstLine(), marker.content(), "pb[@n='" + n + "'] (" + where + ")");
        return new Inline.PageBreak(n);
    }

    List<Inline> inlines(Piece p, EditorialSigns.Options options, IngestLog log) {
        return InlineTidy.tidy(signs.parse(p.content(), EditorialSigns.Locator.of(p.block(), p.start()), options, log));
    }

    private Block.Formula formula(FormulaKind kind, Piece p, EditorialSigns.Options options, IngestLog log,
                                  String where) {
        log.interpret(p.block().firstLine(), p.content(), where + "/" + teiName(kind));
        if (kind == FormulaKind.DATELINE) {
            FormulaClassifier.Dateline d = formulas.dateline(p.content()).orElseThrow();
            List<Inline> content = new ArrayList<>();
            if (d.place() != null) {
                content.add(new Inline.PlaceName(d.place()));
                content.add(new Inline.Text(d.separator()));
            }
            TeiDate date = d.date().date();
            content.add(new Inline.DateRef(date, List.of(new Inline.Text(date.text()))));
            return new Block.Formula(kind, content);
        }
        return new Block.Formula(kind, inlines(p, options, log));
    }

    private static String teiName(FormulaKind kind) {
        return switch (kind) {
            case DATELINE -> "dateline";
            case COPY -> "seg[@type='copy']";
            case REGISTRATION -> "idno[@type='registration']";
            case CLASSIFICATION -> "seg[@type='classification']";
            case SIGNED -> "signed";
            case RECORDED_BY -> "seg[@type='recorded-by']";
            case DISTRIBUTION -> "note[@type='distribution']";
        };
    }

    private static boolean isHeadLine(Piece p) {
        String s = p.content().strip();
        return p.singleLine() && s.length() <= MAX_HEAD && !s.matches(".*[.!?:;,\"”)\\]]$")
                && !s.startsWith("[");
    }

    /** A paragraph that ends without closing punctuation, followed by one that opens in lower case. */
    private static boolean brokenAtPageEnd(Piece before, Piece after) {
        String end = before.content().stripTrailing();
        String start = after.content().stripLeading();
        return !end.isEmpty() && !start.isEmpty() && Character.isLetter(end.charAt(end.length() - 1))
                && Character.isLowerCase(start.codePointAt(0));
    }
}
