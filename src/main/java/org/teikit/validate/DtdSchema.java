package org.teikit.validate;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.EntityResolver2;

/**
 * Validation against a DTD with Xerces. The DTD is given (not taken from the document's DOCTYPE,
 * which is never fetched); parts it refers to come from local files through the catalog. Xerces
 * re-reads the DTD per document, so "compiling" here only checks that the DTD is there.
 */
final class DtdSchema implements CompiledSchema {

    private final URI location;
    private final SchemaLocator locator;

    private DtdSchema(URI location, SchemaLocator locator) {
        this.location = location;
        this.locator = locator;
    }

    static DtdSchema compile(URI location, SchemaLocator locator) throws SchemaException {
        try {
            LocalResources.open(location).close();
        } catch (IOException e) {
            throw new SchemaException("Cannot read the DTD " + location + ": " + e.getMessage(), e);
        }
        return new DtdSchema(location, locator);
    }

    /** Xerces checks a DTD inside its parser, so this check parses the document once more, on its own. */
    @Override
    public Check begin(SourceDocument document) {
        return Check.afterParse(out -> validate(document, out));
    }

    private void validate(SourceDocument document, List<Diagnostic> out) {
        GrammarErrorCollector errors = new GrammarErrorCollector(document, GrammarErrorCollector.Dialect.DTD, out);
        XMLReader reader = SecureXml.newDtdValidatingReader(new EntityResolver2() {
            @Override
            public InputSource getExternalSubset(String name, String baseUri) throws IOException {
                return open(location);
            }

            @Override
            public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
                    throws SAXException, IOException {
                if ("[dtd]".equals(name)) {
                    return open(location);
                }
                URI local = systemId == null ? null : locator.locate(systemId, baseUri).orElse(null);
                if (local == null) {
                    URI absolute = systemId == null ? null : SchemaLocator.absolute(systemId, baseUri);
                    String named = absolute == null ? String.valueOf(systemId) : absolute.toString();
                    throw new SAXException(absolute != null && SchemaLocator.isLocal(absolute)
                            ? "The DTD part " + named + " does not exist"
                            : "The DTD part " + named + " is not available offline, and teikit never downloads schemas."
                                    + " Add a local copy once with: teikit schemas add FILE --as " + named);
                }
                return open(local);
            }

            @Override
            public InputSource resolveEntity(String publicId, String systemId) throws SAXException, IOException {
                return resolveEntity(null, publicId, null, systemId);
            }
        });
        ElementTracker tracker = new ElementTracker(new org.xml.sax.helpers.DefaultHandler());
        errors.track(tracker);
        reader.setContentHandler(tracker);
        reader.setErrorHandler(errors);
        RelaxNgSchema.Parsing.parse(reader, document, out);
        errors.finish();
    }

    private static InputSource open(URI uri) throws IOException {
        InputSource source = new InputSource(LocalResources.open(uri));
        source.setSystemId(uri.toString());
        return source;
    }
}
