package org.teikit.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import javax.xml.transform.sax.SAXSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * A TEI document parsed for rendering, or the reason it could not be: a document that is not
 * well-formed XML is a result (an error diagnostic with line and column), not an exception.
 *
 * @param document    the parsed tree (line numbers kept), empty when parsing failed
 * @param diagnostics the parse errors; empty when the document was parsed
 */
public record ParsedTei(Optional<XdmNode> document, List<Diagnostic> diagnostics) {

    /** Rule id of a document that cannot be parsed: the one validation gives it, whichever command reads it. */
    public static final String NOT_WELL_FORMED = ValidationReport.NOT_WELL_FORMED;

    /**
     * One secure reader per thread, reused parse after parse: making a reader looks the parser up
     * through the class path, which cost more than parsing a 10 KB document. A SAX reader may be
     * reused once a parse has ended, and never by two threads at once.
     */
    private static final ThreadLocal<org.xml.sax.XMLReader> READERS = ThreadLocal.withInitial(SecureXml::newDocumentReader);

    public ParsedTei {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Parses {@code bytes} with teikit's secure parser (no DTD or external entity is fetched).
     *
     * @param fileLabel how diagnostics name the file (a path as the user gave it)
     * @param systemId  the document's base URI, for resolving relative references
     */
    public static ParsedTei parse(Processor processor, String fileLabel, String systemId, byte[] bytes) {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        InputSource input = new InputSource(new ByteArrayInputStream(bytes));
        input.setSystemId(systemId);
        try {
            XdmNode node = builder.build(new SAXSource(READERS.get(), input));
            return new ParsedTei(Optional.of(node), List.of());
        } catch (SaxonApiException e) {
            // Saxon leaves its error handler, with the errors counted, on the reader: a fresh one next time.
            READERS.remove();
            return new ParsedTei(Optional.empty(), List.of(SaxonDiagnostics.fromParse(fileLabel, e)));
        }
    }

    public boolean ok() {
        return document.isPresent();
    }
}
