package org.teikit.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.teikit.Diagnostic;
import org.teikit.ValidationReport;

/**
 * Says a broken schema's own problems once in a run over many documents. Validating one document
 * reports the schema's problems (located in the schema's files) with it, after the document's one line
 * saying it was not validated against that schema; over a folder of documents naming the same schema,
 * those problems stay with the first document, in the order given, and every other document keeps its
 * one line (it still fails: it was not validated). Not thread-safe: feed it documents in their order.
 */
public final class SchemaProblemsOnce {

    /** Each schema problem said so far, and the document it was said with. */
    private final Map<Diagnostic, String> saidWith = new HashMap<>();

    /**
     * The diagnostics of {@code document} without the schema problems said already with another document.
     * A document's own line names that document, so it is never taken for one said before.
     *
     * @param document    the document's name (any key unique to it in the run)
     * @param diagnostics everything reported for it
     * @return the diagnostics, those said with an earlier document left out
     */
    public List<Diagnostic> firstTime(String document, List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .filter(d -> !SchemaProblem.RULE.equals(d.rule()) || saidWith.computeIfAbsent(d, k -> document).equals(document))
                .toList();
    }

    /**
     * The reports of one run, in their order, each broken schema's problems said with the first only.
     *
     * @param reports one report per document, in the order given
     * @return the same reports, a schema's problems said with an earlier document left out of the later ones
     */
    public static List<ValidationReport> inRun(List<ValidationReport> reports) {
        SchemaProblemsOnce once = new SchemaProblemsOnce();
        return reports.stream().map(r -> new ValidationReport(r.file(), once.firstTime(r.file(), r.diagnostics()))).toList();
    }
}
