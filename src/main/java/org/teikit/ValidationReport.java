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

    /**
     * Copies the diagnostics, so the report is immutable.
     *
     * @param file        the document validated
     * @param diagnostics all diagnostics
     */
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether the document passed.
     *
     * @return true when there is no error (warnings allowed)
     */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * Counts the errors.
     *
     * @return how many errors there are
     */
    public long errorCount() {
        return count(Severity.ERROR);
    }

    /**
     * Counts the warnings.
     *
     * @return how many warnings there are
     */
    public long warningCount() {
        return count(Severity.WARNING);
    }

    private long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
}
