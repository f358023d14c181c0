package org.teikit.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
    private final Overflows lines = new Overflows();
    private final Overflows boxes = new Overflows();

    private static final Pattern SEE_POSITION = Pattern.compile(
            "\\s*\\(See position \\d+:\\d+\\)");

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
            // A character beyond the Basic Multilingual Plane comes as NUL, a surrogate half, or its low
            // 16 bits (U+1F600 as U+F600): reported, with its place, when the coverage check found one.
            if (ch instanceof Character c && alreadyReported.stream().anyMatch(cp -> Character.isSupplementaryCodePoint(cp)
                    && (c == 0 || Character.isSurrogate(c) || (cp & 0xFFFF) == c))) {
                return;
            }
            add(Severity.WARNING, "pdf.missing-glyph", event);
        } else if (id.endsWith("lineOverflows")) {
            lines.add(event);
        } else if (id.endsWith("objectTooWide") || id.endsWith("overconstrainedAdjustEndIndent")) {
            boxes.add(event);
        } else if (id.endsWith("Overflow")) {
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
        // FOP's "(See position 128:56)" is a place in teikit's stylesheet, of no use to the reader.
        String message = visible(SEE_POSITION.matcher(EventFormatter.format(event, Locale.ENGLISH)).replaceAll(""));
        // FOP repeats some events for every line; one diagnostic per distinct message is enough.
        if (!seen.add(rule + '\u0000' + message)) {
            return;
        }
        // FO streamed from the stylesheet has no place of its own (FOP's locator points into the
        // stylesheet), so the diagnostic names the TEI file without a line.
        diagnostics.add(new Diagnostic(severity, file, 0, 0, rule, message));
    }

    /** The message with control characters (a NUL, a line break) written as U+0000: one line of text. */
    private static String visible(String message) {
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "U+%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * The diagnostics, the overflows summed up in words a reader of the PDF knows: FOP says each in
     * its own terms ("fo:block line 1 exceed the available area in the inline-progression
     * direction"), once for every line.
     */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        if (lines.any()) {
            all.add(new Diagnostic(Severity.WARNING, file, 0, 0, "pdf.overflow", "Text in the PDF is wider than its"
                    + " column" + lines.byUpTo() + ": a long word, number or web address with no place to break runs"
                    + " into the margin or out of its table cell."));
        }
        if (boxes.any()) {
            all.add(new Diagnostic(Severity.WARNING, file, 0, 0, "pdf.overflow", "A table or list in the PDF is wider"
                    + " than the page" + boxes.byUpTo() + ": too many columns, or cells that cannot be narrowed, run"
                    + " into the margin."));
        }
        return List.copyOf(all);
    }

    /**
     * Overflows of one kind: whether any, and by how much at most (FOP's amounts are in millipoints).
     * Not how many: FOP lays a line out more than once, and reports it each time.
     */
    private static final class Overflows {
        private boolean any;
        private int most;

        void add(Event event) {
            any = true;
            for (String amount : new String[] {"overflowLength", "overflowAmount", "amount"}) {
                if (event.getParam(amount) instanceof Integer millipoints) {
                    most = Math.max(most, Math.abs(millipoints));
                }
            }
        }

        boolean any() {
            return any;
        }

        String byUpTo() {
            return most == 0 ? "" : String.format(Locale.ROOT, " (by up to %.0f mm)", most / 1000.0 * 25.4 / 72);
        }
    }
}
