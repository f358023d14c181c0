package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.ValidationReport;

/**
 * Real hand-encoded TEI (FRUS volumes, ../shared/corpus/frus) against tei_all and against the
 * edition's own frus.rnc + frus.sch. Each schema set is compiled once for the class.
 */
class FrusCorpusTest {

    private static final Path STORE = Path.of("target/no-schema-store");
    private static TeiValidator teiAll;
    private static TeiValidator frusSchemas;

    @BeforeAll
    static void compileOnce() {
        teiAll = TeiValidator.builder().schemaStore(STORE).schema(Fixtures.teiAll()).build();
        frusSchemas = TeiValidator.builder().schemaStore(STORE)
                .schema(Fixtures.frus("schema/frus.rnc")).schema(Fixtures.frus("schema/frus.sch")).build();
    }

    private static Map<String, Integer> byRule(ValidationReport r, Severity severity) {
        Map<String, Integer> counts = new TreeMap<>();
        r.diagnostics().stream().filter(d -> d.severity() == severity).forEach(d -> counts.merge(d.rule(), 1, Integer::sum));
        return counts;
    }

    @Test
    void twoVolumesAreValidAgainstTeiAllAsTheCorpusReadmeSays() {
        List<ValidationReport> reports = teiAll.validateAll(List.of(Fixtures.frus("frus1964-68v18.xml"), Fixtures.frus("frus1969-76ve09p1.xml")));
        assertThat(reports).allSatisfy(r -> assertThat(r.diagnostics()).as(r.file()).isEmpty());
    }

    @Test
    void thePublicDiplomacyVolumeHasItsFiftyTwoErrorsAgainstTeiAllIncludingTheActiveContent() {
        ValidationReport r = teiAll.validate(Fixtures.frus("frus1917-72PubDip.xml"));
        assertThat(r.errorCount()).isEqualTo(52);
        assertThat(byRule(r, Severity.ERROR)).isEqualTo(Map.of("rng.attribute-value", 12, "rng.element-not-allowed", 40));
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).startsWith("<script> is not allowed here inside <figure>."));
        assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).startsWith("<object> is not allowed here inside <figure>."));
        assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.line()).isPositive());
        assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("rng.attribute-value")).first().satisfies(d -> assertThat(d.message())
                .startsWith("@url=\"Document A.1\" on <graphic> is not an allowed value. It must be a URI without spaces.")
                .endsWith("See https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-graphic.html"));
    }

    @Test
    void theEditionsOwnSchemasRunOfflineAndNameTheRulesTheyCouldNotEvaluate() {
        try (NoNetwork network = new NoNetwork()) {
            ValidationReport r = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> frusSchemas.validate(Fixtures.frus("frus1969-76ve09p1.xml")));
            assertThat(network.attempts()).isEmpty();
            // frus.rnc accepts the volume; frus.sch finds the missing volume id and the .jpg image names.
            assertThat(byRule(r, Severity.ERROR)).isEqualTo(Map.of("filename-id-check", 1, "image-url-checks", 8));
            assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("filename-id-check")).singleElement().satisfies(d -> {
                assertThat(d.message()).isEqualTo("Volume's root element is missing an @xml:id; it should correspond to the volume ID.");
                assertThat(d.xpath()).isEqualTo("/tei:TEI[1]");
                assertThat(d.line()).isPositive();
            });
            List<Diagnostic> notEvaluated = r.diagnostics().stream().filter(d -> d.rule().equals(SchematronSchema.NOT_EVALUATED)).toList();
            assertThat(notEvaluated).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
            assertThat(notEvaluated).extracting(Diagnostic::message).satisfiesExactlyInAnyOrder(
                    m -> assertThat(m).startsWith("The Schematron pattern 'tei-header-checks' of frus.sch")
                            .contains("It needs http://history.state.gov/services/volume-ids, and teikit never reads from the network."),
                    m -> assertThat(m).startsWith("The Schematron pattern 'pointer-checks' of frus.sch")
                            .contains("http://history.state.gov/services/volume-ids"),
                    m -> assertThat(m).startsWith("The Schematron pattern 'image-s3-checks' of frus.sch")
                            .contains("http://history.state.gov/services/volume-images?volume="));
        }
    }

    @Test
    void theLargestVolumeBreaksTheRncsListOfRendValuesWhichItsSchematronTolerates() {
        ValidationReport r = frusSchemas.validate(Fixtures.frus("frus1964-68v18.xml"));
        Map<String, Integer> errors = byRule(r, Severity.ERROR);
        assertThat(errors).containsEntry("rng.attribute-value", 183).containsEntry("filename-id-check", 1)
                .containsEntry("table-rows-cols-checks", 1);
        assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("rng.attribute-value"))
                .allSatisfy(d -> assertThat(d.message()).containsAnyOf("@rend=", "@type="));
        assertThat(byRule(r, Severity.WARNING)).isEqualTo(Map.of(SchematronSchema.NOT_EVALUATED, 2));
    }
}
