package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.util.ProcInstParser;
import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.LexicalHandler;

/**
 * The one parse of a document: it checks that the document is well-formed, reads the schemas its
 * {@code <?xml-model?>} instructions name (those before the root element), and, from the root element
 * on, sends the same events to every schema's {@link CompiledSchema.Check} (a tee), so that RELAX NG,
 * XML Schema and the tree Schematron runs on are fed by one parser instead of one parse each. Events
 * before the root element are kept and replayed to the checks once the schemas are known. One per
 * document; not thread-safe.
 */
final class DocumentParse implements ContentHandler, LexicalHandler, DTDHandler, ErrorHandler {

    /** Chooses the checks once the prolog's xml-model instructions are known. */
    @FunctionalInterface
    interface Chooser {
        List<CompiledSchema.Check> checks(List<SchemaRequest> xmlModels);
    }

    /** The outcome: a diagnostic when the document could not be read whole (else null), and the checks fed. */
    record Result(Diagnostic notWellFormed, List<CompiledSchema.Check> checks) {
    }

    /** An event kept until the checks are chosen. */
    @FunctionalInterface
    private interface Event {
        void replay(CompiledSchema.Check check) throws SAXException;
    }

    private final SourceDocument document;
    private final Chooser chooser;
    private final List<SchemaRequest> models = new ArrayList<>();
    private List<Event> prolog = new ArrayList<>();
    private List<CompiledSchema.Check> checks;
    private ContentHandler[] content = new ContentHandler[0];
    private LexicalHandler[] lexical = new LexicalHandler[0];
    private Locator locator;

    private DocumentParse(SourceDocument document, Chooser chooser) {
        this.document = document;
        this.chooser = chooser;
    }

    static Result run(SourceDocument document, Chooser chooser) {
        DocumentParse parse = new DocumentParse(document, chooser);
        // Making a parser costs about as much as parsing a small document: each thread keeps one, and
        // a parse started while it is busy (none today) takes a fresh one.
        XMLReader reader = READER.get();
        boolean kept = reader != null;
        READER.set(null);
        if (!kept) {
            reader = SecureXml.newDocumentReader();
        }
        try {
            return parse.parse(reader);
        } finally {
            // The reader must not keep this document's checks (and the tree they build) alive.
            handle(reader, IDLE, IDLE);
            READER.set(reader);
        }
    }

    private static final ThreadLocal<XMLReader> READER = new ThreadLocal<>();
    private static final DefaultHandler2 IDLE = new DefaultHandler2();

    private static <H extends ContentHandler & DTDHandler & ErrorHandler & LexicalHandler> void handle(
            XMLReader reader, H handler, LexicalHandler lexical) {
        reader.setContentHandler(handler);
        reader.setDTDHandler(handler);
        reader.setErrorHandler(handler);
        try {
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", lexical);
        } catch (SAXException e) {
            // Without a lexical handler, comments are not passed on; the checks still run.
        }
    }

    private Result parse(XMLReader reader) {
        handle(reader, this, this);
        try (InputStream in = document.open()) {
            InputSource source = new InputSource(in);
            source.setSystemId(document.systemId());
            reader.parse(source);
            choose();
            return new Result(null, checks);
        } catch (SAXParseException e) {
            return new Result(WellFormedness.diagnostic(document, e), List.of());
        } catch (SAXException e) {
            return new Result(Diagnostic.error(document.displayName(), 0, 0, WellFormedness.RULE,
                    "Not well-formed XML: " + e.getMessage()), List.of());
        } catch (IOException e) {
            return new Result(Diagnostic.error(document.displayName(), 0, 0, "io.read",
                    "Cannot read the document: " + e.getMessage()), List.of());
        }
    }

    /** Chooses the checks (at the root element) and replays the prolog to them. */
    private void choose() throws SAXException {
        if (checks != null) {
            return;
        }
        checks = List.copyOf(chooser.checks(List.copyOf(models)));
        content = checks.stream().map(CompiledSchema.Check::content).filter(h -> h != null).toArray(ContentHandler[]::new);
        lexical = checks.stream().map(CompiledSchema.Check::lexical).filter(h -> h != null).toArray(LexicalHandler[]::new);
        for (Event e : prolog) {
            for (CompiledSchema.Check check : checks) {
                e.replay(check);
            }
        }
        prolog = null;
    }

    private void keep(Event e) {
        prolog.add(e);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        keep(c -> {
            if (c.content() != null) {
                c.content().setDocumentLocator(locator);
            }
        });
    }

    @Override
    public void startDocument() {
        keep(c -> {
            if (c.content() != null) {
                c.content().startDocument();
            }
        });
    }

    @Override
    public void endDocument() throws SAXException {
        choose();
        for (ContentHandler h : content) {
            h.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (checks == null) {
            keep(c -> {
                if (c.content() != null) {
                    c.content().startPrefixMapping(prefix, uri);
                }
            });
            return;
        }
        for (ContentHandler h : content) {
            h.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        for (ContentHandler h : content) {
            h.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        choose();
        for (ContentHandler h : content) {
            h.startElement(uri, localName, qName, atts);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        for (ContentHandler h : content) {
            h.endElement(uri, localName, qName);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        for (ContentHandler h : content) {
            h.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (checks == null) {
            return; // none before the root element
        }
        for (ContentHandler h : content) {
            h.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (checks == null) {
            xmlModel(target, data);
            keep(c -> {
                if (c.content() != null) {
                    c.content().processingInstruction(target, data);
                }
            });
            return;
        }
        for (ContentHandler h : content) {
            h.processingInstruction(target, data);
        }
    }

    private void xmlModel(String target, String data) {
        if (!"xml-model".equals(target)) {
            return;
        }
        try {
            String href = ProcInstParser.getPseudoAttribute(data, "href");
            if (href == null || href.isBlank()) {
                return;
            }
            String type = ProcInstParser.getPseudoAttribute(data, "type");
            String ns = ProcInstParser.getPseudoAttribute(data, "schematypens");
            String phase = ProcInstParser.getPseudoAttribute(data, "phase");
            models.add(new SchemaRequest(href, document.systemId(), SchemaLanguage.fromXmlModel(href, type, ns),
                    "xml-model", locator == null ? 0 : locator.getLineNumber(),
                    phase == null || phase.isBlank() ? null : phase.trim()));
        } catch (XPathException e) {
            // A malformed instruction names no schema.
        }
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        if (checks == null) {
            keep(c -> {
                if (c.content() != null) {
                    c.content().skippedEntity(name);
                }
            });
            return;
        }
        for (ContentHandler h : content) {
            h.skippedEntity(name);
        }
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
        if (checks == null) {
            String text = new String(ch, start, length);
            keep(c -> {
                if (c.lexical() != null) {
                    c.lexical().comment(text.toCharArray(), 0, text.length());
                }
            });
            return;
        }
        for (LexicalHandler h : lexical) {
            h.comment(ch, start, length);
        }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) {
        keep(c -> {
            if (c.lexical() != null) {
                c.lexical().startDTD(name, publicId, systemId);
            }
        });
    }

    @Override
    public void endDTD() {
        keep(c -> {
            if (c.lexical() != null) {
                c.lexical().endDTD();
            }
        });
    }

    @Override
    public void startEntity(String name) throws SAXException {
        if (checks == null) {
            return;
        }
        for (LexicalHandler h : lexical) {
            h.startEntity(name);
        }
    }

    @Override
    public void endEntity(String name) throws SAXException {
        if (checks == null) {
            return;
        }
        for (LexicalHandler h : lexical) {
            h.endEntity(name);
        }
    }

    @Override
    public void startCDATA() throws SAXException {
        for (LexicalHandler h : lexical) {
            h.startCDATA();
        }
    }

    @Override
    public void endCDATA() throws SAXException {
        for (LexicalHandler h : lexical) {
            h.endCDATA();
        }
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) {
        keep(c -> {
            if (c.dtd() != null) {
                c.dtd().notationDecl(name, publicId, systemId);
            }
        });
    }

    @Override
    public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) {
        keep(c -> {
            if (c.dtd() != null) {
                c.dtd().unparsedEntityDecl(name, publicId, systemId, notationName);
            }
        });
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        toParserErrors(handler -> handler.warning(e));
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        toParserErrors(handler -> handler.error(e));
    }

    private interface ErrorReport {
        void to(org.xml.sax.ErrorHandler handler) throws SAXException;
    }

    /** A parser error goes to every check that hears them: now, or when the checks are chosen. */
    private void toParserErrors(ErrorReport report) throws SAXException {
        Event event = c -> {
            if (c.parserErrors() != null) {
                report.to(c.parserErrors());
            }
        };
        if (checks == null) {
            keep(event);
            return;
        }
        for (CompiledSchema.Check c : checks) {
            event.replay(c);
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }
}
