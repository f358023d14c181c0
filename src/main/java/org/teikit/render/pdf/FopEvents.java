package org.teikit.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.teikit.Diagnostic;
import org.teikit.Severity;

/**
 * Turns FOP's events for one rendering into diagnostics: missing glyphs (unless already reported with
 * their place in the TEI), lines and boxes that overflow, and FOP's own errors. One per rendering,
 * not thread-safe.
 */
final class FopEvents implements EventListener {

    private static final String GLYPH_EVENT = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";

    private final String file;
    private final Set<Integer> alreadyReported;
    private final Set<String> seen = new HashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /**
     * @param file            the TEI file the rendering is of, for the diagnostics
     * @param alreadyReported characters already reported as uncovered, with their location
     */
    FopEvents(String file, Set<Integer> alreadyReported) {
        this.file = file;
        this.alreadyReported = alreadyReported;
    }

    @Override
    public void processEvent(Event event) {
        String id = event.getEventID();
        EventSeverity severity = event.getSeverity();
        if (GLYPH_EVENT.equals(id)) {
            Object ch = event.getParam("ch");
            // Characters reported with their place in the TEI are not reported again; nor are spaces,
            // which FOP sets without a glyph (and tries while looking for a font for other characters).
            if (ch instanceof Character c && (alreadyReported.contains((int) c) || Character.isSpaceChar(c))) {
                return;
            }
            add(Severity.WARNING, "pdf.missing-glyph", event);
        } else if (id.endsWith("Overflow") || id.endsWith("lineOverflows") || id.endsWith("objectTooWide")
                || id.endsWith("overconstrainedAdjustEndIndent")) {
            add(Severity.WARNING, "pdf.overflow", event);
        } else if (severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) {
            add(Severity.ERROR, "pdf.fop", event);
        } else if (severity == EventSeverity.WARN && !id.endsWith("hyphenationNotFound")) {
            add(Severity.WARNING, "pdf.fop", event);
        } else if (id.endsWith("hyphenationNotFound")) {
            add(Severity.INFO, "pdf.no-hyphenation", event);
        }
    }

    private void add(Severity severity, String rule, Event event) {
        String message = EventFormatter.format(event, Locale.ENGLISH);
        // FOP repeats some events for every line; one diagnostic per distinct message is enough.
        if (!seen.add(rule + '\u0000' + message)) {
            return;
        }
        // FO streamed from the stylesheet has no place of its own (FOP's locator points into the
        // stylesheet), so the diagnostic names the TEI file without a line.
        diagnostics.add(new Diagnostic(severity, file, 0, 0, rule, message));
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
