package org.teikit.tei;

import java.util.List;

/** Phrase-level content of a paragraph, heading, note or formula line. */
public sealed interface Inline {

    /** Plain text of the document. */
    record Text(String text) implements Inline {
    }

    /** An editor's or translator's insertion (source square brackets): {@code supplied[@reason]}. */
    record Supplied(String reason, List<Inline> content) implements Inline {
        public Supplied {
            content = List.copyOf(content);
        }
    }

    /** Omitted or illegible material: {@code gap[@reason][@quantity][@unit]}; quantity and unit may be null. */
    record Gap(String reason, Integer quantity, String unit) implements Inline {
    }

    /** A reading the source marks as erroneous ("[sic]"). */
    record Sic(String text) implements Inline {
    }

    /** Highlighted text ({@code hi[@rend]}: bold, italic, underline). */
    record Hi(String rend, List<Inline> content) implements Inline {
        public Hi {
            content = List.copyOf(content);
        }
    }

    /** An inline quotation. */
    record Quote(List<Inline> content) implements Inline {
        public Quote {
            content = List.copyOf(content);
        }
    }

    /** A date in the text. */
    record DateRef(TeiDate date, List<Inline> content) implements Inline {
        public DateRef {
            content = List.copyOf(content);
        }
    }

    /** A place name (in datelines). */
    record PlaceName(String name) implements Inline {
    }

    /** A page break of the source; n may be null. */
    record PageBreak(String n) implements Inline {
    }

    /**
     * A footnote, placed at its call: {@code note[@place=foot][@n][@xml:id]} holding one paragraph, or
     * {@code p} children when it has several.
     */
    record Note(String n, String id, List<List<Inline>> paragraphs) implements Inline {
        public Note {
            paragraphs = paragraphs.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A footnote call as read from the source, before it is joined with its note. Readers emit it;
     * the note linker replaces it; the writer never sees it.
     */
    record NoteCall(String n, String marker, int line, int column) implements Inline {
    }
}
