package org.teikit.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.teikit.Diagnostic;
import org.teikit.Severity;

/**
 * The outcome of an edition build.
 *
 * @param documents   one outcome per input, in input order
 * @param corpus      diagnostics about the edition as a whole (name clashes, the site pages)
 * @param stageTimes  time spent in each stage, summed over all worker threads
 * @param elapsed     wall-clock time of the whole build
 */
public record BuildResult(List<DocumentOutcome> documents, List<Diagnostic> corpus, Map<Stage, Duration> stageTimes,
                          Duration elapsed) {

    /**
     * Copies the collections, so the result is immutable.
     *
     * @param documents  one outcome per input, in input order
     * @param corpus     diagnostics about the edition as a whole
     * @param stageTimes time spent in each stage, summed over all worker threads
     * @param elapsed    wall-clock time of the whole build
     */
    public BuildResult {
        documents = List.copyOf(documents);
        corpus = List.copyOf(corpus);
        stageTimes = Map.copyOf(stageTimes);
    }

    /**
     * Counts diagnostics of one severity, over all documents and the corpus.
     *
     * @param severity the severity to count
     * @return how many there are
     */
    public long count(Severity severity) {
        return documents.stream().flatMap(d -> d.diagnostics().stream())
                .filter(d -> d.severity() == severity).count()
                + corpus.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * Whether any document, or the edition as a whole, has an error.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * How many documents this build redid (the others were up to date).
     *
     * @return the number of documents rebuilt
     */
    public long rebuilt() {
        return documents.stream().filter(d -> !d.upToDate()).count();
    }
}
