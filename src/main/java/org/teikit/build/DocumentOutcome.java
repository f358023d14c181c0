package org.teikit.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.teikit.Diagnostic;

/**
 * What the build did with one input.
 *
 * @param input       the input file
 * @param name        the document's name in the edition ({@code <name>.xml}, {@code <name>.html}, …)
 * @param diagnostics everything reported for it, by every stage
 * @param upToDate    true when an incremental build found nothing to redo
 * @param siteEntry   the document's entry for the corpus pages (opaque), when it has a page; for an up-to-date
 *                    document only when the build wrote the corpus pages again (else it stays in the build's files);
 *                    for a teiCorpus, the entries of its documents
 * @param members     for a teiCorpus input, the names of its documents, whose pages are
 *                    {@code <name>/<member>.html}; empty for an input that is one document
 */
public record DocumentOutcome(Path input, String name, List<Diagnostic> diagnostics, boolean upToDate,
                              Optional<String> siteEntry, List<String> members) {

    /**
     * Copies the diagnostics, so the outcome is immutable; a diagnostic said twice in the same words
     * at the same place (by the HTML and the PDF stages, say) is kept once.
     *
     * @param input       the input file
     * @param name        the document's name in the edition
     * @param diagnostics everything reported for it, by every stage
     * @param upToDate    true when an incremental build found nothing to redo
     * @param siteEntry   the document's entry for the corpus pages, when it has a page (see the class comment)
     * @param members     the names of a teiCorpus's documents (see the class comment)
     */
    public DocumentOutcome {
        diagnostics = diagnostics.stream().distinct().toList();
        members = List.copyOf(members);
    }

    /**
     * The outcome of an input that is one document.
     *
     * @param input       the input file
     * @param name        the document's name in the edition
     * @param diagnostics everything reported for it, by every stage
     * @param upToDate    true when an incremental build found nothing to redo
     * @param siteEntry   the document's entry for the corpus pages, when it has a page (see the class comment)
     */
    public DocumentOutcome(Path input, String name, List<Diagnostic> diagnostics, boolean upToDate,
                           Optional<String> siteEntry) {
        this(input, name, diagnostics, upToDate, siteEntry, List.of());
    }

    /**
     * An outcome without a page in the site.
     *
     * @param input       the input file
     * @param name        the document's name in the edition
     * @param diagnostics everything reported for it, by every stage
     * @param upToDate    true when an incremental build found nothing to redo
     */
    public DocumentOutcome(Path input, String name, List<Diagnostic> diagnostics, boolean upToDate) {
        this(input, name, diagnostics, upToDate, Optional.empty());
    }

    /**
     * Whether any stage reported an error for this document.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
