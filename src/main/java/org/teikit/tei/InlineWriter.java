package org.teikit.tei;

import java.util.List;

import javax.xml.stream.XMLStreamException;

/** Writes phrase-level content with no added whitespace. */
final class InlineWriter {

    private final IndentingXml xml;

    InlineWriter(IndentingXml xml) {
        this.xml = xml;
    }

    void write(List<Inline> content) throws XMLStreamException {
        for (Inline inline : content) {
            write(inline);
        }
    }

    private void write(Inline inline) throws XMLStreamException {
        if (inline instanceof Inline.Text t) {
            xml.text(t.text());
        } else if (inline instanceof Inline.Supplied s) {
            wrap("supplied", s.content(), "reason", s.reason());
        } else if (inline instanceof Inline.Gap g) {
            xml.inlineEmpty("gap", "reason", g.reason(),
                    "quantity", g.quantity() == null ? null : g.quantity().toString(), "unit", g.unit());
        } else if (inline instanceof Inline.Sic s) {
            xml.inlineStart("sic");
            xml.text(s.text());
            xml.raw().writeEndElement();
        } else if (inline instanceof Inline.Hi h) {
            wrap("hi", h.content(), "rend", h.rend());
        } else if (inline instanceof Inline.Quote q) {
            wrap("quote", q.content());
        } else if (inline instanceof Inline.DateRef d) {
            TeiDate date = d.date();
            wrap("date", d.content(), "when", date.when(), "from", date.from(), "to", date.to(),
                    "notBefore", date.notBefore(), "notAfter", date.notAfter());
        } else if (inline instanceof Inline.PlaceName p) {
            xml.inlineStart("placeName");
            xml.text(p.name());
            xml.raw().writeEndElement();
        } else if (inline instanceof Inline.PageBreak pb) {
            xml.inlineEmpty("pb", "n", pb.n());
        } else if (inline instanceof Inline.Note note) {
            xml.inlineStart("note", "place", "foot", "n", note.n(), "xml:id", note.id());
            if (note.paragraphs().size() == 1) {
                write(note.paragraphs().get(0));
            } else {
                for (List<Inline> p : note.paragraphs()) {
                    wrap("p", p);
                }
            }
            xml.raw().writeEndElement();
        } else if (inline instanceof Inline.NoteCall call) {
            throw new IllegalStateException("Footnote call " + call.n() + " was never linked to its note");
        } else {
            throw new IllegalArgumentException("Unknown inline " + inline);
        }
    }

    private void wrap(String name, List<Inline> content, String... attributes) throws XMLStreamException {
        xml.inlineStart(name, attributes);
        write(content);
        xml.raw().writeEndElement();
    }
}
