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

    /** Rule of the error for a document that is not well-formed XML: its validation stops there. */
    public static final String NOT_WELL_FORMED = "xml.not-well-formed";

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
     * Whether the document is well-formed XML, so that anything can be made of it.
     *
     * @return false when an error says it is not well-formed
     */
    public boolean isWellFormed() {
        return diagnostics.stream().noneMatch(d -> NOT_WELL_FORMED.equals(d.rule()));
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
