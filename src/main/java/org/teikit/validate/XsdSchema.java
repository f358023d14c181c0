package org.teikit.validate;

import java.io.ByteArrayInputStream;
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
        List<Diagnostic> problems = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        factory.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                if (e.getSystemId() == null && !unavailable.isEmpty()) {
                    return; // the empty stream given for a part that is not available, said already
                }
                problems.add(SchemaProblem.located(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        factory.setResourceResolver(localOnly(locator, unavailable));
        try (InputStream in = LocalResources.open(location)) {
            Schema schema = factory.newSchema(new StreamSource(in, location.toString()));
            // Xerces goes on after an error it reported to the handler (an undefined type, say) and
            // returns a schema that lacks the broken part: such a schema is not correct either.
            if (!unavailable.isEmpty() || !problems.isEmpty()) {
                throw new SchemaException(notCorrect(location, unavailable, problems), null, problems);
            }
            return new XsdSchema(schema);
        } catch (SAXException e) {
            String message = notCorrect(location, unavailable, problems);
            throw new SchemaException(problems.isEmpty() && unavailable.isEmpty() ? message + " " + e.getMessage() : message,
                    e, problems);
        } catch (IOException e) {
            throw new SchemaException("Cannot read the XML Schema " + location + ": " + e.getMessage(), e);
        }
    }

    private static String notCorrect(URI location, List<String> unavailable, List<Diagnostic> problems) {
        StringBuilder message = new StringBuilder("The XML Schema " + location + " is not correct:");
        for (String part : unavailable) {
            URI uri = SchemaLocator.absolute(part, null);
            message.append(" it includes or imports ").append(part).append(uri != null && SchemaLocator.isLocal(uri)
                    ? ", which does not exist;"
                    : notOffline(part) + ";");
        }
        if (!problems.isEmpty()) {
            message.append(' ').append(SchemaProblem.summary(problems));
        }
        return message.toString().replaceAll(";$", "").trim();
    }

    /** The words for a part at a web address that no catalog maps (also said by 'teikit schemas add'). */
    static String notOffline(String part) {
        return ", which is not available offline (teikit never downloads schemas; add a local copy once with: teikit schemas add FILE --as "
                + part + ")";
    }

    /**
     * Opens included and imported parts from local files only. A part that is not local is recorded in
     * {@code unavailable} and given to Xerces as an empty stream: Xerces ignores an input whose only
     * content is an empty string and fetches its system id, so the stream must be set.
     */
    private static LSResourceResolver localOnly(SchemaLocator locator, List<String> unavailable) {
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
            URI absolute = SchemaLocator.absolute(systemId, baseUri);
            synchronized (unavailable) {
                unavailable.add(absolute != null ? absolute.toString() : systemId);
            }
            return new DOMInputImpl(publicId, systemId, baseUri, new ByteArrayInputStream(new byte[0]), null);
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
