package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

/** The {@code phase} of an {@code <?xml-model?>} instruction chooses which of a Schematron's phases runs. */
class SchematronPhaseTest {

    @TempDir
    Path tmp;

    private List<String> rulesFired(String phaseAttribute) throws Exception {
        Files.writeString(tmp.resolve("phases.sch"), """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2" defaultPhase="draft">
                  <sch:phase id="draft"><sch:active pattern="p-draft"/></sch:phase>
                  <sch:phase id="final"><sch:active pattern="p-final"/></sch:phase>
                  <sch:pattern id="p-draft"><sch:rule context="/*"><sch:assert id="draft-rule" test="false()">draft</sch:assert></sch:rule></sch:pattern>
                  <sch:pattern id="p-final"><sch:rule context="/*"><sch:assert id="final-rule" test="false()">final</sch:assert></sch:rule></sch:pattern>
                </sch:schema>""");
        Path document = Files.writeString(tmp.resolve("letter.xml"), """
                <?xml-model href="phases.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"%s?>
                <letter/>""".formatted(phaseAttribute));
        return TeiValidator.builder().schemaStore(tmp.resolve("store")).build().validate(document).diagnostics()
                .stream().map(Diagnostic::rule).toList();
    }

    @Test
    void theInstructionsPhaseRunsInsteadOfTheDefaultPhase() throws Exception {
        assertThat(rulesFired("")).containsExactly("draft-rule");
        assertThat(rulesFired(" phase=\"final\"")).containsExactly("final-rule");
        assertThat(rulesFired(" phase=\"#ALL\"")).containsExactlyInAnyOrder("draft-rule", "final-rule");
    }

    @Test
    void aPhaseTheSchemaDoesNotHaveIsAnErrorNamingThePhasesItHas() throws Exception {
        Path document = tmp.resolve("letter.xml");
        assertThat(rulesFired(" phase=\"nosuch\"")).containsExactly("schema.invalid");
        Diagnostic d = TeiValidator.builder().schemaStore(tmp.resolve("store")).build().validate(document).diagnostics().get(0);
        assertThat(d.message()).contains("no phase 'nosuch'").contains("'draft', 'final'");
    }
}
