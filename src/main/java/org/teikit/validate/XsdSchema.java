package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

import org.apache.xerces.dom.DOMInputImpl;
import org.apache.xerces.jaxp.validation.XMLSchemaFactory;
import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * A W3C XML Schema compiled by Xerces-J (named directly, not looked up, so the JDK's internal copy is
 * never picked by accident). The JAXP {@link Schema} is safe to share; each validation takes a fresh
 * {@link ValidatorHandler}. Imports and includes come from local files only, through the catalog.
 */
final class XsdSchema implements CompiledSchema {

    private final Schema schema;

    private XsdSchema(Schema schema) {
        this.schema = schema;
    }

    static XsdSchema compile(URI location, SchemaLocator locator) throws SchemaException {
        XMLSchemaFactory factory = new XMLSchemaFactory();
        StringBuilder problems = new StringBuilder();
        factory.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.append(e.getSystemId()).append(':').append(e.getLineNumber()).append(": ").append(e.getMessage()).append('\n');
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        factory.setResourceResolver(localOnly(locator));
        try (InputStream in = LocalResources.open(location)) {
            return new XsdSchema(factory.newSchema(new StreamSource(in, location.toString())));
        } catch (SAXException e) {
            throw new SchemaException("The XML Schema " + location + " is not correct: "
                    + (problems.length() > 0 ? problems.toString().trim() : e.getMessage()), e);
        } catch (IOException e) {
            throw new SchemaException("Cannot read the XML Schema " + location + ": " + e.getMessage(), e);
        }
    }

    private static LSResourceResolver localOnly(SchemaLocator locator) {
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                return null;
            }
            URI local = locator.locate(systemId, baseUri).orElse(null);
            try {
                if (local != null) {
                    return new DOMInputImpl(publicId, local.toString(), baseUri, LocalResources.open(local), null);
                }
            } catch (IOException e) {
                // Falls through to the empty input below.
            }
            // An empty input makes Xerces report the missing component instead of fetching it.
            LSInput nothing = new DOMInputImpl(publicId, systemId, baseUri);
            nothing.setStringData("");
            return nothing;
        };
    }

    @Override
    public Check begin(SourceDocument document) {
        List<Diagnostic> found = new ArrayList<>();
        GrammarErrorCollector errors = new GrammarErrorCollector(document, GrammarErrorCollector.Dialect.XERCES, found);
        ValidatorHandler handler = schema.newValidatorHandler();
        handler.setErrorHandler(errors);
        ElementTracker tracker = new ElementTracker(handler);
        errors.track(tracker);
        return new Check(tracker, null, null, errors, out -> {
            errors.finish();
            out.addAll(found);
        });
    }
}
