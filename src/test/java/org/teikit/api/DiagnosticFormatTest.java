package org.teikit.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;

/** The compiler-style line of a diagnostic, which editors and CI annotations read line by line. */
class DiagnosticFormatTest {

    @Test
    void everyKnownPartIsGivenAndTheUnknownOnesLeftOut() {
        assertThat(Diagnostic.error("a.xml", 3, 7, "rng.element", "Unknown element.").format())
                .isEqualTo("a.xml:3:7: error: Unknown element. [rng.element]");
        assertThat(Diagnostic.warning("a.xml", 0, 0, "", "No place.").format()).isEqualTo("a.xml: warning: No place.");
    }

    /** A message of several lines (a user's Schematron assertion as written) printed as two lines, the second not linked to any place. */
    @Test
    void aMessageOfSeveralLinesIsOneLine() {
        Diagnostic d = Diagnostic.error("a.xml", 3, 7, "sch.rule", "The title must\n      be given.\r\n");
        assertThat(d.format()).isEqualTo("a.xml:3:7: error: The title must be given. [sch.rule]").doesNotContain("\n");
        assertThat(d.message()).contains("\n");
    }
}
