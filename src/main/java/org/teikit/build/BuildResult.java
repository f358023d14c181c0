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

    public BuildResult {
        documents = List.copyOf(documents);
        corpus = List.copyOf(corpus);
        stageTimes = Map.copyOf(stageTimes);
    }

    public long count(Severity severity) {
        return documents.stream().flatMap(d -> d.diagnostics().stream())
                .filter(d -> d.severity() == severity).count()
                + corpus.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long rebuilt() {
        return documents.stream().filter(d -> !d.upToDate()).count();
    }
}
