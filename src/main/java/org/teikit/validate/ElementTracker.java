package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.Deque;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Passes SAX events to a validator while remembering where each open element's start tag ends, so
 * that an error reported while an element closes ("element incomplete") points at that element's
 * start tag, not at its end tag or the end of the file. One per parse; not thread-safe.
 */
final class ElementTracker implements ContentHandler {

    enum Event { START, END, OTHER }

    private final ContentHandler delegate;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;
    private Event event = Event.OTHER;
    private Frame current;
    private Frame parent;

    /** An open element: its name, where its start tag ends, its attributes. */
    record Frame(String namespace, String localName, int line, int column, Attributes attributes) {
        String attribute(String name) {
            return attributes.getValue("", name) != null ? attributes.getValue("", name) : attributes.getValue(name);
        }
    }

    ElementTracker(ContentHandler delegate) {
        this.delegate = delegate;
    }

    /** The element the current event concerns (just opened or closing), or null between events. */
    Frame current() {
        return event == Event.OTHER ? null : current;
    }

    /** The parent of {@link #current()}, or null. */
    Frame parent() {
        return event == Event.OTHER ? null : parent;
    }

    Event event() {
        return event;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        delegate.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        delegate.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        delegate.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        delegate.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        delegate.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        Frame here = new Frame(uri, localName, locator == null ? 0 : locator.getLineNumber(),
                locator == null ? 0 : locator.getColumnNumber(), new AttributesImpl(atts));
        parent = open.peek();
        open.push(here);
        current = here;
        event = Event.START;
        try {
            delegate.startElement(uri, localName, qName, atts);
        } finally {
            event = Event.OTHER;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        current = open.pop();
        parent = open.peek();
        event = Event.END;
        try {
            delegate.endElement(uri, localName, qName);
        } finally {
            event = Event.OTHER;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        delegate.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        delegate.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        delegate.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        delegate.skippedEntity(name);
    }
}
