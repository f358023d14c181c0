package org.teikit;

import java.util.List;

/**
 * The outcome of validating one document: every diagnostic found, in document order. An invalid
 * document is a report with errors, not an exception.
 *
 * @param file        the document validated
 * @param diagnostics all diagnostics, never null
 */
public record ValidationReport(String file, List<Diagnostic> diagnostics) {

    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return count(Severity.ERROR);
    }

    public long warningCount() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
