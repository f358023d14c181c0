package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import net.sf.saxon.trans.XPathException;
import net.sf.saxon.tree.util.ProcInstParser;
import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first pass over a document: is it well-formed, and which schemas do its
 * {@code <?xml-model?>} instructions name (those before the root element)?
 */
final class DocumentScan {

    private DocumentScan() {
    }

    /** The outcome: a well-formedness diagnostic (null when well-formed) and the schemas named. */
    record Result(Diagnostic notWellFormed, List<SchemaRequest> xmlModels) {
    }

    static Result scan(SourceDocument document) {
        List<SchemaRequest> models = new ArrayList<>();
        XMLReader reader = SecureXml.newXmlReader();
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;
            private boolean inProlog = true;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
                inProlog = false;
            }

            @Override
            public void processingInstruction(String target, String data) {
                if (!inProlog || !"xml-model".equals(target)) {
                    return;
                }
                try {
                    String href = ProcInstParser.getPseudoAttribute(data, "href");
                    if (href == null || href.isBlank()) {
                        return;
                    }
                    String type = ProcInstParser.getPseudoAttribute(data, "type");
                    String ns = ProcInstParser.getPseudoAttribute(data, "schematypens");
                    models.add(new SchemaRequest(href, document.systemId(), SchemaLanguage.fromXmlModel(href, type, ns),
                            "xml-model", locator == null ? 0 : locator.getLineNumber()));
                } catch (XPathException e) {
                    // A malformed instruction names no schema.
                }
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        };
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        InputSource source = new InputSource(new ByteArrayInputStream(document.content()));
        source.setSystemId(document.systemId());
        try {
            reader.parse(source);
            return new Result(null, models);
        } catch (SAXParseException e) {
            return new Result(WellFormedness.diagnostic(document, e), models);
        } catch (SAXException | IOException e) {
            return new Result(Diagnostic.error(document.displayName(), 0, 0, WellFormedness.RULE,
                    "Not well-formed XML: " + e.getMessage()), models);
        }
    }
}
