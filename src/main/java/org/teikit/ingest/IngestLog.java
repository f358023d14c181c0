package org.teikit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.teikit.ConversionReport;
import org.teikit.ConversionReport.Dropped;
import org.teikit.ConversionReport.Interpretation;
import org.teikit.Diagnostic;
import org.teikit.Severity;

/**
 * Collects what one conversion decides, drops and warns about, in source order. One log per
 * conversion; not shared between threads.
 */
final class IngestLog {

    private static final int EXCERPT = 48;

    private final String source;
    private final List<Interpretation> interpretations = new ArrayList<>();
    private final Map<String, DropKind> dropped = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    IngestLog(String source) {
        this.source = source;
    }

    /** Records that a source passage was read as a TEI construct. */
    void interpret(int line, String excerpt, String as) {
        interpretations.add(new Interpretation(line, abbreviate(excerpt), as));
    }

    /** Records material left out of the TEI, grouped by kind. */
    void drop(String kind, String why, int line, String text) {
        DropKind k = dropped.computeIfAbsent(kind, x -> new DropKind(why));
        k.lines.add(line);
        k.texts.add(text);
    }

    void warn(int line, int column, String rule, String message) {
        diagnostics.add(new Diagnostic(Severity.WARNING, source, line, column, rule, message));
    }

    void info(int line, int column, String rule, String message) {
        diagnostics.add(new Diagnostic(Severity.INFO, source, line, column, rule, message));
    }

    ConversionReport report(String format) {
        List<Dropped> drops = new ArrayList<>();
        dropped.forEach((kind, k) -> {
            // Occurrences in source order (readers visit notes and text in different orders).
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < k.lines.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparingInt(k.lines::get));
            drops.add(new Dropped(kind, k.why, order.stream().map(k.lines::get).toList(),
                    order.stream().map(k.texts::get).toList()));
        });
        List<Interpretation> sorted = new ArrayList<>(interpretations);
        sorted.sort(java.util.Comparator.comparingInt(Interpretation::line));
        List<Diagnostic> diags = new ArrayList<>(diagnostics);
        diags.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return new ConversionReport(source, format, sorted, drops, diags);
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }

    private static final class DropKind {
        final String why;
        final List<Integer> lines = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        DropKind(String why) {
            this.why = why;
        }
    }
}
