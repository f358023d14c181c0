package org.teikit.render;

import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;

import net.sf.saxon.s9api.Message;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XmlProcessingError;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.xml.sax.SAXParseException;

/** Turns what Saxon reports (parse errors, dynamic errors, xsl:message) into teikit diagnostics. */
public final class SaxonDiagnostics {

    /** Namespace of teikit's coded stylesheet errors (tk:E0001 ...). */
    public static final String TEIKIT_XSLT_NS = "https://teikit.org/ns/xslt";

    private SaxonDiagnostics() {
    }

    /** A parse failure: the position of the first well-formedness error. */
    public static Diagnostic fromParse(String file, SaxonApiException e) {
        SAXParseException parse = find(e, SAXParseException.class);
        if (parse != null) {
            return Diagnostic.error(file, Math.max(parse.getLineNumber(), 0), Math.max(parse.getColumnNumber(), 0),
                    ParsedTei.NOT_WELL_FORMED, "not well-formed XML: " + parse.getMessage());
        }
        return Diagnostic.error(file, Math.max(e.getLineNumber(), 0), 0, ParsedTei.NOT_WELL_FORMED,
                "cannot be read as XML: " + rootMessage(e));
    }

    /**
     * A failed transformation. teikit's coded errors ({@code tk:E0001}) become rule
     * {@code xslt.E0001} about the input file; anything else is reported with Saxon's code.
     */
    public static Diagnostic fromTransform(String file, SaxonApiException e) {
        QName code = e.getErrorCode();
        String rule = code == null ? "xslt.error" : "xslt." + code.getLocalName();
        int line = 0;
        if (raisedByTeikit(e)) {
            return Diagnostic.error(file, 0, 0, rule, rootMessage(e));
        }
        TransformerException te = find(e, TransformerException.class);
        SourceLocator locator = te == null ? null : te.getLocator();
        if (locator != null && locator.getSystemId() != null && !locator.getSystemId().contains("teikit/xslt/")) {
            line = Math.max(locator.getLineNumber(), 0);
        }
        return Diagnostic.error(file, line, 0, rule, "cannot be rendered: " + rootMessage(e));
    }

    /** Whether a stylesheet of teikit's raised this error on purpose (a tk:E0001 ... code: not one TEI document ...). */
    public static boolean raisedByTeikit(SaxonApiException e) {
        return e.getErrorCode() != null && TEIKIT_XSLT_NS.equals(e.getErrorCode().getNamespace());
    }

    /** An xsl:message from a stylesheet: a warning (or an error when it terminates). */
    public static Diagnostic fromMessage(String file, Message message) {
        QName code = message.getErrorCode();
        String rule = code == null ? "xslt.message" : "xslt." + code.getLocalName();
        Severity severity = message.isTerminate() ? Severity.ERROR : Severity.WARNING;
        return new Diagnostic(severity, file, 0, 0, rule, message.getStringValue().strip());
    }

    /** A warning Saxon reports while transforming. */
    public static Diagnostic fromWarning(String file, XmlProcessingError error) {
        return Diagnostic.warning(file, 0, 0, "xslt.warning", error.getMessage());
    }

    private static String rootMessage(Throwable t) {
        String message = t.getMessage();
        Throwable cause = t.getCause();
        while (cause != null && cause != t) {
            if (cause.getMessage() != null) {
                message = cause.getMessage();
            }
            t = cause;
            cause = cause.getCause();
        }
        return message == null ? t.getClass().getSimpleName() : message;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        while (t != null) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        return null;
    }
}
