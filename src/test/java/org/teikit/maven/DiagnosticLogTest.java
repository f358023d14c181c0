package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;

class DiagnosticLogTest {

    private final RecordingLog log = new RecordingLog();
    private final DiagnosticLog diagnostics = new DiagnosticLog(log);

    @Test
    void eachDiagnosticIsOneMavenLineWithItsLocationAndRule() {
        diagnostics.report(List.of(
                Diagnostic.error("/ed/src/main/tei/a.xml", 12, 5, "rng.unknown-element", "element 'foo' not allowed here"),
                Diagnostic.warning("/ed/target/tei/b.xml", 3, 0, "teikit.when-plausible", "the date 1066 is early"),
                Diagnostic.info("/ed/target/tei/b.xml", 0, 0, "ingest.format", "read as web-capture")));

        assertThat(log.at("ERROR")).containsExactly(
                "/ed/src/main/tei/a.xml:12:5: element 'foo' not allowed here [rng.unknown-element]");
        assertThat(log.at("WARN")).containsExactly("/ed/target/tei/b.xml:3: the date 1066 is early [teikit.when-plausible]");
        assertThat(log.at("DEBUG")).containsExactly("/ed/target/tei/b.xml: read as web-capture [ingest.format]");
        assertThat(diagnostics.errors()).isEqualTo(1);
        assertThat(diagnostics.warnings()).isEqualTo(1);
    }

    @Test
    void aDiagnosticWithoutFileOrRuleHasNoEmptyParts() {
        assertThat(DiagnosticLog.line(Diagnostic.error("", 0, 0, "", "no schema found")))
                .isEqualTo("no schema found");
    }

    @Test
    void errorsFailTheBuildWithTheirCount() {
        diagnostics.report(List.of(
                Diagnostic.error("a.xml", 1, 1, "r", "one"),
                Diagnostic.error("a.xml", 2, 1, "r", "two"),
                Diagnostic.warning("b.xml", 2, 1, "r", "three")));

        assertThatThrownBy(() -> diagnostics.failIfNeeded("validate", false))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("teikit validate: 2 errors in 1 file (1 warning)");
    }

    @Test
    void warningsFailTheBuildOnlyWithFailOnWarnings() {
        diagnostics.report(List.of(Diagnostic.warning("b.xml", 2, 1, "r", "three")));

        assertThatCode(() -> diagnostics.failIfNeeded("render", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> diagnostics.failIfNeeded("render", true))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("teikit render: 1 warning and failOnWarnings is set");
    }

    @Test
    void noDiagnosticsNoFailure() {
        assertThatCode(() -> diagnostics.failIfNeeded("convert", true)).doesNotThrowAnyException();
        assertThat(log.lines()).isEmpty();
    }
}
