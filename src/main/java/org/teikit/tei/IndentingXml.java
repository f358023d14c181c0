package org.teikit.tei;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over a StAX writer that indents element-only content and never touches mixed
 * content: whitespace is added only between block-level elements, so the text of paragraphs and
 * notes is exactly what the converter put there. All escaping is StAX's.
 */
final class IndentingXml {

    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String INDENT = "  ";

    private final XMLStreamWriter out;
    /** One entry per open block element: whether it has block children (so its end tag needs a newline). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    IndentingXml(XMLStreamWriter out) {
        this.out = out;
    }

    XMLStreamWriter raw() {
        return out;
    }

    /** Opens an element whose children are elements only. Attributes come as name, value pairs; null values are skipped. */
    void start(String name, String... attributes) throws XMLStreamException {
        newLine();
        out.writeStartElement(TEI_NS, name);
        attributes(attributes);
        open.push(new boolean[] {false});
    }

    /** Opens the root element, declaring the TEI namespace as default. */
    void startRoot(String name, String... attributes) throws XMLStreamException {
        out.setDefaultNamespace(TEI_NS);
        out.writeStartElement(TEI_NS, name);
        out.writeDefaultNamespace(TEI_NS);
        attributes(attributes);
        open.push(new boolean[] {false});
    }

    void end() throws XMLStreamException {
        boolean[] hadChildren = open.pop();
        if (hadChildren[0]) {
            out.writeCharacters("\n" + INDENT.repeat(open.size()));
        }
        out.writeEndElement();
    }

    /** Opens a mixed-content element on its own line; the caller writes inline content then calls {@link #endMixed()}. */
    void startMixed(String name, String... attributes) throws XMLStreamException {
        newLine();
        out.writeStartElement(TEI_NS, name);
        attributes(attributes);
    }

    void endMixed() throws XMLStreamException {
        out.writeEndElement();
    }

    /** A whole text-only element on its own line. */
    void leaf(String name, String text, String... attributes) throws XMLStreamException {
        startMixed(name, attributes);
        out.writeCharacters(text);
        endMixed();
    }

    /** An empty element on its own line, between blocks (a {@code pb} between a paragraph and a table). */
    void emptyBlock(String name, String... attributes) throws XMLStreamException {
        newLine();
        out.writeEmptyElement(TEI_NS, name);
        attributes(attributes);
    }

    /** Starts an inline element (no whitespace around it). */
    void inlineStart(String name, String... attributes) throws XMLStreamException {
        out.writeStartElement(TEI_NS, name);
        attributes(attributes);
    }

    void inlineEmpty(String name, String... attributes) throws XMLStreamException {
        out.writeEmptyElement(TEI_NS, name);
        attributes(attributes);
    }

    void text(String text) throws XMLStreamException {
        out.writeCharacters(text);
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        out.writeCharacters("\n" + INDENT.repeat(open.size()));
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String name = attributes[i];
            if (name.startsWith("xml:")) {
                out.writeAttribute("xml", XMLConstants.XML_NS_URI, name.substring(4), value);
            } else {
                out.writeAttribute(name, value);
            }
        }
    }
}
