package org.teikit.tei;

import java.util.List;

/** Block-level content of the document's {@code div}. */
public sealed interface Block {

    /** A heading line of the record. */
    record Head(List<Inline> content) implements Block {
        public Head {
            content = List.copyOf(content);
        }
    }

    /** A paragraph (possibly joined across a page break, which is then a {@link Inline.PageBreak} inside). */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A page break between two blocks ({@code pb} in the {@code div}): where the source's page marker
     * stands next to a block that cannot take it, a table for one; beside a paragraph it goes inside
     * the paragraph ({@link Inline.PageBreak}). {@code n} may be null.
     */
    record PageBreak(String n) implements Block {
    }

    /** A quotation set apart as a block, one or more paragraphs. */
    record BlockQuote(List<List<Inline>> paragraphs) implements Block {
        public BlockQuote {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }
    }

    /** A list of items. */
    /**
     * A list; {@code numbered} when the source numbers its items ("1.", "2."): list[@rend='numbered'];
     * {@code start} the number of its first item (1 but for a list that goes on from an earlier one,
     * "4. …": then each item/@n is written).
     */
    record ItemList(List<List<Inline>> items, boolean numbered, int start) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }

        /** A list whose items are not numbered. */
        public ItemList(List<List<Inline>> items) {
            this(items, false, 1);
        }
    }

    /** A table, row by row; a row of column labels (the source's header row) is {@code row[@role='label']}. */
    record Table(List<Row> rows) implements Block {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** A row of a {@link Table}: its cells' content, and whether it labels the columns. */
    record Row(boolean label, List<List<Inline>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /** Material at the top of the document: dateline, copy and registration numbers, classification. */
    record Opener(List<Formula> lines) implements Block {
        public Opener {
            lines = List.copyOf(lines);
        }
    }

    /** Material at the end of the document: signature, recorded-by line, distribution, numbers. */
    record Closer(List<Formula> lines) implements Block {
        public Closer {
            lines = List.copyOf(lines);
        }
    }

    /** One line of an opener or closer and what kind of line it is. */
    record Formula(FormulaKind kind, List<Inline> content) {
        public Formula {
            content = List.copyOf(content);
        }
    }

    /** The kinds of opener/closer lines teikit recognises, with the TEI each becomes. */
    enum FormulaKind {
        /** {@code dateline} (with {@code placeName} and {@code date} inside). */
        DATELINE,
        /** {@code seg[@type=copy]}. */
        COPY,
        /** {@code idno[@type=registration]}. */
        REGISTRATION,
        /** {@code seg[@type=classification]}. */
        CLASSIFICATION,
        /** {@code signed}. */
        SIGNED,
        /** {@code seg[@type=recorded-by]}. */
        RECORDED_BY,
        /** {@code note[@type=distribution]}. */
        DISTRIBUTION
    }
}
