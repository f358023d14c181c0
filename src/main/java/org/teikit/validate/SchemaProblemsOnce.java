package org.teikit.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.teikit.Diagnostic;
import org.teikit.ValidationReport;

/**
 * Says a broken schema's own problems once in a run over many documents. Validating one document
 * reports the schema's problems (located in the schema's files) with it, after the document's one line
 * saying it was not validated against that schema; over a folder of documents naming the same schema,
 * those problems stay with the first document, in the order given, and every other document keeps its
 * one line (it still fails: it was not validated). A function of the run's results, in their order.
 */
public final class SchemaProblemsOnce {

    private SchemaProblemsOnce() {
    }

    /**
     * The reports of one run, in their order, each broken schema's problems said with the first only.
     *
     * @param reports one report per document, in the order given
     * @return the same reports, a schema's problems said with an earlier document left out of the later ones
     */
    public static List<ValidationReport> inRun(List<ValidationReport> reports) {
        return inRun(reports, ValidationReport::file, ValidationReport::diagnostics,
                (report, kept) -> new ValidationReport(report.file(), kept));
    }

    /**
     * As {@link #inRun(List)}, for any kind of per-document result: {@code document} names each (a
     * document's own line names that document, so it is never taken for one said before),
     * {@code diagnostics} gives what was reported for it, {@code with} makes it again with fewer.
     */
    public static <T> List<T> inRun(List<T> results, Function<T, String> document,
                                    Function<T, List<Diagnostic>> diagnostics, BiFunction<T, List<Diagnostic>, T> with) {
        Map<Diagnostic, String> saidWith = new HashMap<>();
        List<T> out = new ArrayList<>(results.size());
        for (T result : results) {
            String name = document.apply(result);
            out.add(with.apply(result, diagnostics.apply(result).stream()
                    .filter(d -> !SchemaProblem.RULE.equals(d.rule()) || saidWith.computeIfAbsent(d, k -> name).equals(name))
                    .toList()));
        }
        return out;
    }
}
