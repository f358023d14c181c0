package org.teikit.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.teikit.Counted;
import org.teikit.Diagnostic;
import org.teikit.Severity;

/**
 * The outcome of an edition build.
 *
 * @param documents   one outcome per input, in input order
 * @param corpus      diagnostics about the edition as a whole (name clashes, the site pages)
 * @param stageTimes  time spent in each stage, summed over all worker threads
 * @param elapsed     wall-clock time of the whole build
 * @param schemaFiles the schema files on disk the documents' validation depended on (schemas they name,
 *                    whether there or missing, and the schema store's catalog), sorted: inputs of the
 *                    edition as the documents are, which the watch watches too; teikit's own are not among them
 */
public record BuildResult(List<DocumentOutcome> documents, List<Diagnostic> corpus, Map<Stage, Duration> stageTimes,
                          Duration elapsed, List<Path> schemaFiles) {

    /**
     * Copies the collections, so the result is immutable.
     *
     * @param documents   one outcome per input, in input order
     * @param corpus      diagnostics about the edition as a whole
     * @param stageTimes  time spent in each stage, summed over all worker threads
     * @param elapsed     wall-clock time of the whole build
     * @param schemaFiles the schema files on disk the documents' validation depended on
     */
    public BuildResult {
        documents = List.copyOf(documents);
        corpus = List.copyOf(corpus);
        stageTimes = Map.copyOf(stageTimes);
        schemaFiles = List.copyOf(schemaFiles);
    }

    /**
     * A result whose documents depended on no schema file but teikit's own.
     *
     * @param documents  one outcome per input, in input order
     * @param corpus     diagnostics about the edition as a whole
     * @param stageTimes time spent in each stage, summed over all worker threads
     * @param elapsed    wall-clock time of the whole build
     */
    public BuildResult(List<DocumentOutcome> documents, List<Diagnostic> corpus, Map<Stage, Duration> stageTimes,
                       Duration elapsed) {
        this(documents, corpus, stageTimes, elapsed, List.of());
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

    /**
     * The closing summary of the build, as the command line and the Maven plugin print it.
     *
     * @return for example "3 documents (1 rebuilt, 2 up to date, 0 with errors), 0 errors, 1 warning in
     *         2.39s (convert 0.45s, validate 1.20s, html 0.42s, site 0.21s, summed over threads)"; a
     *         teiCorpus counts as one, and the documents it holds are said apart ("...0 with errors; 1
     *         teiCorpus file among them, holding 3 documents)")
     */
    public String summary() {
        String stages = stageTimes.entrySet().stream()
                .filter(e -> !e.getValue().isZero())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " " + seconds(e.getValue()))
                .collect(Collectors.joining(", "));
        long corpora = documents.stream().filter(d -> !d.members().isEmpty()).count();
        String inCorpora = corpora == 0 ? "" : "; " + Counted.of(corpora, "teiCorpus file") + " among them, holding "
                + Counted.of(documents.stream().mapToLong(d -> d.members().size()).sum(), "document");
        return String.format(Locale.ROOT, "%s (%d rebuilt, %d up to date, %d with errors%s), %s, %s in %s%s",
                Counted.of(documents.size(), "document"), rebuilt(), documents.size() - rebuilt(),
                documents.stream().filter(DocumentOutcome::hasErrors).count(), inCorpora,
                Counted.of(count(Severity.ERROR), "error"), Counted.of(count(Severity.WARNING), "warning"),
                seconds(elapsed), stages.isEmpty() ? "" : " (" + stages + ", summed over threads)");
    }

    private static String seconds(Duration time) {
        return String.format(Locale.ROOT, "%.2fs", time.toNanos() / 1e9);
    }
}
