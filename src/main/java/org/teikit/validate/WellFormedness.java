package org.teikit.validate;

import org.teikit.Diagnostic;
import org.teikit.ValidationReport;
import org.xml.sax.SAXParseException;

/** The diagnostic for a document that is not well-formed XML: its file stops there, others go on. */
final class WellFormedness {

    static final String RULE = ValidationReport.NOT_WELL_FORMED;

    private WellFormedness() {
    }

    static Diagnostic diagnostic(SourceDocument document, SAXParseException e) {
        String message = e.getMessage() == null ? "The document is not well-formed XML." : e.getMessage().strip();
        // The parser's messages end with a full stop, teikit's own (an external entity refused) may not.
        String sentence = message.endsWith(".") ? message : message + ".";
        return Diagnostic.error(document.displayName(), Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                RULE, "Not well-formed XML: " + sentence + " Validation of this file stopped here.");
    }
}
