package org.teikit.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.teikit.tei.Block;
import org.teikit.tei.Inline;

/**
 * Puts each footnote at its call: the n-th call of a number takes the n-th note with that number.
 * A call with no note, or of a note already placed, stays in the text as written, a note with no
 * call is placed at the end of the last paragraph, a note number used twice keeps both notes; each
 * is a located warning, never a silent drop.
 */
final class NoteLinker {

    /** A note as read from the source, before it is placed. */
    record SourceNote(String n, List<List<Inline>> paragraphs, int line, int column) {
    }

    private final Map<String, Deque<SourceNote>> unused = new LinkedHashMap<>();
    private final Map<String, Integer> placed = new HashMap<>();
    /** The line of the first call that took each note number, for a call of it that comes again. */
    private final Map<String, Integer> calledLines = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final IngestLog log;
    /** Notes placed so far: the place in the text of the next one. */
    private int ordinal;
    private boolean sequenceWarned;

    NoteLinker(List<SourceNote> notes, IngestLog log) {
        this.log = log;
        for (SourceNote note : notes) {
            Deque<SourceNote> same = unused.computeIfAbsent(note.n(), k -> new ArrayDeque<>());
            if (!same.isEmpty()) {
                log.warn(note.line(), note.column(), "ingest.duplicate-note",
                        "note number " + note.n() + " is used again (first at line " + same.peekFirst().line()
                                + "); both notes are kept");
            }
            same.add(note);
        }
    }

    /**
     * The blocks with every call replaced by its note, and unplaced notes appended to the last
     * paragraph. Linked (and pending paragraphs read) one by one as the iterator is advanced, so the
     * body is never held whole; the blocks from the last paragraph on are linked together at the end,
     * once it is known which notes no call took. Iterate once.
     */
    Iterator<Block> link(List<BodyPart> parts) {
        int lastParagraph = parts.size() - 1;
        while (lastParagraph >= 0 && !parts.get(lastParagraph).isParagraph()) {
            lastParagraph--;
        }
        // With no paragraph, the last block stays in the tail: orphan notes go before a closing closer.
        int tailStart = lastParagraph >= 0 ? lastParagraph : Math.max(0, parts.size() - 1);
        return new Iterator<>() {
            private int next;
            private Iterator<Block> tail;

            @Override
            public boolean hasNext() {
                return next < tailStart || tail().hasNext();
            }

            @Override
            public Block next() {
                return next < tailStart ? linkBlock(parts.get(next++).block()) : tail().next();
            }

            private Iterator<Block> tail() {
                if (tail == null) {
                    tail = linkTail(parts.subList(tailStart, parts.size())).iterator();
                }
                return tail;
            }
        };
    }

    private List<Block> linkTail(List<BodyPart> parts) {
        List<Block> out = new ArrayList<>();
        for (BodyPart part : parts) {
            out.add(linkBlock(part.block()));
        }
        List<SourceNote> orphans = new ArrayList<>();
        unused.values().forEach(orphans::addAll);
        if (!orphans.isEmpty()) {
            List<Inline> notes = new ArrayList<>();
            for (SourceNote note : orphans) {
                log.warn(note.line(), note.column(), "ingest.note-without-call",
                        "note " + note.n() + " has no call in the text; it is placed at the end of the last paragraph");
                notes.add(toNote(note, note.line(), note.column(), false));
            }
            appendToLastParagraph(out, notes);
        }
        return out;
    }

    private Block linkBlock(Block b) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(linkInlines(p.content()));
        }
        if (b instanceof Block.Head h) {
            return new Block.Head(linkInlines(h.content()));
        }
        if (b instanceof Block.BlockQuote q) {
            return new Block.BlockQuote(q.paragraphs().stream().map(this::linkInlines).toList());
        }
        if (b instanceof Block.Table t) {
            return new Block.Table(t.rows().stream().map(r -> new Block.Row(r.label(),
                    r.cells().stream().map(this::linkInlines).toList())).toList());
        }
        if (b instanceof Block.ItemList l) {
            return new Block.ItemList(l.items().stream().map(this::linkInlines).toList(), l.numbered(), l.start());
        }
        if (b instanceof Block.Opener o) {
            return new Block.Opener(linkFormulas(o.lines()));
        }
        if (b instanceof Block.Closer c) {
            return new Block.Closer(linkFormulas(c.lines()));
        }
        return b;
    }

    private List<Block.Formula> linkFormulas(List<Block.Formula> lines) {
        return lines.stream().map(f -> new Block.Formula(f.kind(), linkInlines(f.content()))).toList();
    }

    private List<Inline> linkInlines(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.NoteCall call) {
                Deque<SourceNote> candidates = unused.get(call.n());
                Integer calledAt = calledLines.get(call.n());
                if ((candidates == null || candidates.isEmpty()) && calledAt != null) {
                    // Its note exists: saying it has none would send the editor looking for a lost note.
                    log.warn(call.line(), call.column(), "ingest.note-called-again", "footnote call " + call.marker()
                            + " calls note " + call.n() + " again; the note stands once, at its call on line "
                            + calledAt + ", and this call is kept as text");
                    out.add(new Inline.Text(call.marker()));
                } else if (candidates == null || candidates.isEmpty()) {
                    log.warn(call.line(), call.column(), "ingest.call-without-note",
                            "footnote call " + call.marker() + " has no note; the call is kept as text");
                    out.add(new Inline.Text(call.marker()));
                } else {
                    stripTrailingSpace(out);
                    calledLines.putIfAbsent(call.n(), call.line());
                    out.add(toNote(candidates.poll(), call.line(), call.column(), true));
                }
            } else {
                out.add(withContent(i, this::linkInlines));
            }
        }
        return InlineTidy.tidy(out);
    }

    /** {@code i} with its content (if it has any) passed through {@code link}: calls may sit at any depth. */
    private static Inline withContent(Inline i, java.util.function.UnaryOperator<List<Inline>> link) {
        if (i instanceof Inline.Hi h) {
            return new Inline.Hi(h.rend(), link.apply(h.content()));
        } else if (i instanceof Inline.Quote q) {
            return new Inline.Quote(link.apply(q.content()));
        } else if (i instanceof Inline.Supplied s) {
            return new Inline.Supplied(s.reason(), link.apply(s.content()));
        } else if (i instanceof Inline.DateRef d) {
            return new Inline.DateRef(d.date(), link.apply(d.content()));
        }
        return i;
    }

    /** The space before a call is typography of the export; the note sits right after the word. */
    private static void stripTrailingSpace(List<Inline> out) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing()));
        }
    }

    /**
     * The note placed at {@code line:column} (its call's, or its own when no call took it). A source
     * number stays in {@code @n}; a label that is not a number ({@code [^a]}) is numbered by the
     * note's place among the notes, the label kept in the xml:id. When a source number is not the
     * note's place, the TEI fails the editorial rule on note numbering: said once, at the first such
     * call (a repeated number and a note without a call have warnings of their own).
     */
    private Inline.Note toNote(SourceNote note, int line, int column, boolean atCall) {
        ordinal++;
        int k = placed.merge(note.n(), 1, Integer::sum);
        String base = "note-" + note.n().replaceAll("[^A-Za-z0-9_.-]", "_");
        String id = k == 1 ? base : base + "-" + k;
        while (!ids.add(id)) {
            id = id + "x";
        }
        String n = note.n();
        if (!isNumber(n)) {
            n = Integer.toString(ordinal);
            log.info(line, column, "ingest.note-label", "footnote label '" + note.n() + "' is not a number: the note "
                    + "is numbered " + n + ", its place among the notes, and its label kept in xml:id='" + id + "'");
        } else if (!n.equals(Integer.toString(ordinal)) && k == 1 && atCall && !sequenceWarned) {
            sequenceWarned = true;
            log.warn(line, column, "ingest.note-sequence", "footnote " + n + " is note " + ordinal + " of the text: "
                    + "@n keeps the source's number, and notes that are not numbered 1, 2, 3… in order fail "
                    + "teikit's editorial rules (teikit.note-sequence)");
        }
        List<List<Inline>> paragraphs = note.paragraphs().stream().map(this::linkInlinesInNote).toList();
        return new Inline.Note(n, id, paragraphs);
    }

    /** A source note number that can stay in @n (a positive integer). */
    static boolean isNumber(String label) {
        return label.matches("0*[1-9][0-9]{0,8}");
    }

    /** Calls inside a note are not followed (notes do not nest); their markers stay as text. */
    private List<Inline> linkInlinesInNote(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.NoteCall call) {
                log.warn(call.line(), call.column(), "ingest.call-in-note",
                        "footnote call " + call.marker() + " inside a note is kept as text");
                out.add(new Inline.Text(call.marker()));
            } else {
                out.add(withContent(i, this::linkInlinesInNote));
            }
        }
        return InlineTidy.tidy(out);
    }

    private static void appendToLastParagraph(List<Block> blocks, List<Inline> notes) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Paragraph p) {
                List<Inline> content = new ArrayList<>(p.content());
                content.addAll(notes);
                blocks.set(i, new Block.Paragraph(content));
                return;
            }
        }
        int at = blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Block.Closer)
                ? blocks.size() : blocks.size() - 1;
        blocks.add(at, new Block.Paragraph(notes));
    }
}
