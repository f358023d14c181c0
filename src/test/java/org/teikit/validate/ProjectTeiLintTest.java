package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.ValidationReport;

/** Every TEI file kept in the project (tei/: the reference shape, samples, golden files) passes teikit's schemas and tei_all. */
class ProjectTeiLintTest {

    private static final Path STORE = Path.of("target/no-schema-store");

    @Test
    void everyTeiFileUnderTeiPassesTheProjectSchemasAndTheEditorialRules() {
        TeiValidator project = TeiValidator.builder().schemaStore(STORE)
                .schema(TeiValidator.PROJECT_RNG).schema(TeiValidator.PROJECT_SCHEMATRON).build();
        List<ValidationReport> reports = project.validateAll(List.of(Fixtures.project("tei")));
        assertThat(reports).isNotEmpty();
        assertThat(reports).allSatisfy(r -> assertThat(r.diagnostics()).as(r.file())
                .allSatisfy(d -> assertThat(d.isError()).as(d.format()).isFalse()));
        // The undated sample is the one document allowed a warning: its date has no machine-readable form.
        assertThat(reports.stream().flatMap(r -> r.diagnostics().stream()).map(d -> d.rule()).toList())
                .containsOnly("teikit.document-date-unread");
    }

    @Test
    void everyTeiFileUnderTeiIsValidAgainstTeiAll() {
        TeiValidator teiAll = TeiValidator.builder().schemaStore(STORE).schema(Fixtures.teiAll()).build();
        assertThat(teiAll.validateAll(List.of(Fixtures.project("tei")))).allSatisfy(r -> assertThat(r.diagnostics()).as(r.file()).isEmpty());
    }
}
