package org.teikit.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one ErrorHandler for grammar validators (Jing, Xerces): turns each report into a located,
 * rewritten {@link Diagnostic} and lets validation go on, so every problem is found in one pass. A
 * fatal error (the document is not well-formed) is recorded and ends the parse. Positions are mapped
 * to tag starts in {@link #finish()}, after the parse, so that the document's text is read (if at all)
 * only when no tree is being built from it. One per parse.
 */
final class GrammarErrorCollector implements ErrorHandler {

    enum Dialect { RELAX_NG, XERCES, DTD }

    private final SourceDocument document;
    private final Dialect dialect;
    private final List<Diagnostic> out;
    private final List<Pending> pending = new ArrayList<>();
    /** Jing's reports of elements unknown to the schema, as worded, to tell its repeats from new ones. */
    private final Set<String> unknownReported = new HashSet<>();
    private ElementTracker tracker;

    /** A report whose position is mapped once the parse is over. */
    private record Pending(Severity severity, ElementTracker.Frame at, String attribute, int line, int column,
                           String rule, String message) {
    }

    GrammarErrorCollector(SourceDocument document, Dialect dialect, List<Diagnostic> out) {
        this.document = document;
        this.dialect = dialect;
        this.out = out;
    }

    void track(ElementTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void warning(SAXParseException e) {
        add(Severity.WARNING, e);
    }

    @Override
    public void error(SAXParseException e) {
        add(Severity.ERROR, e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        out.add(WellFormedness.diagnostic(document, e));
        throw e;
    }

    private void add(Severity severity, SAXParseException e) {
        String raw = e.getMessage() == null ? e.toString() : e.getMessage();
        ElementTracker.Frame element = tracker == null ? null : tracker.current();
        ElementTracker.Frame parent = tracker == null ? null : tracker.parent();
        if (dialect == Dialect.RELAX_NG && repeatsUnknownAncestor(raw, element)) {
            return;
        }
        GrammarMessages.Rewritten r = switch (dialect) {
            case RELAX_NG -> GrammarMessages.relaxNg(raw, element, parent);
            case XERCES -> GrammarMessages.xerces(raw, element, parent);
            case DTD -> new GrammarMessages.Rewritten("dtd.invalid", raw, null, false);
        };
        ElementTracker.Frame at = r.atParent() ? parent : element;
        pending.add(new Pending(severity, at, r.attribute(), e.getLineNumber(), e.getColumnNumber(), r.rule(), r.message()));
    }

    /**
     * True for Jing's repeat of an unknown element's report: Jing says it again as each of that element's
     * children ends ({@code <teiCorpus>} against a schema without it: once more for every document in
     * it), which would read as the child being the unknown element, inside itself.
     */
    private boolean repeatsUnknownAncestor(String raw, ElementTracker.Frame element) {
        String unknown = GrammarMessages.unknownElement(raw);
        if (unknown == null) {
            return false;
        }
        boolean ending = tracker != null && tracker.event() == ElementTracker.Event.END;
        if (ending && element != null && !unknown.equals(element.localName()) && unknownReported.contains(raw)) {
            return true;
        }
        unknownReported.add(raw);
        return false;
    }

    /** Adds the reports collected so far to the output, each at the start of the tag it concerns. */
    void finish() {
        for (Pending e : pending) {
            ElementTracker.Frame at = e.at();
            SourceDocument.Position p;
            if (at != null && at.line() > 0) {
                p = e.attribute() != null ? document.attribute(at.line(), at.column(), e.attribute())
                        : document.tagStart(at.line(), at.column());
            } else if (dialect == Dialect.DTD && e.line() > 0) {
                // Xerces checks DTD validity in its scanner, before the tag reaches any handler: the
                // reported position ends the tag concerned.
                p = document.tagStart(e.line(), e.column());
            } else {
                p = new SourceDocument.Position(Math.max(0, e.line()), Math.max(0, e.column()));
            }
            out.add(new Diagnostic(e.severity(), document.displayName(), p.line(), p.column(), e.rule(), e.message()));
        }
        pending.clear();
    }
}
