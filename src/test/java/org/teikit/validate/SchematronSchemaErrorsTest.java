package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

/** A Schematron schema that cannot be compiled is one line on the document, its problem in the schema, and nothing on the standard error. */
class SchematronSchemaErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aSchematronThatIncludesItselfIsOneDiagnosticWithoutSaxonsTraceOnStderr() throws Exception {
        Path schema = Files.writeString(tmp.resolve("self.sch"), """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <sch:include href="self.sch"/>
                </sch:schema>""");
        Path document = Files.writeString(tmp.resolve("letter.xml"), "<letter/>");
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<Diagnostic> d;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            d = TeiValidator.builder().schemaStore(tmp.resolve("store")).schema(schema.toString()).build()
                    .validate(document).diagnostics();
        } finally {
            System.setErr(stderr);
        }
        // One line on the document, and Saxon's problem once in the schema's file (said once for a folder).
        assertThat(d).extracting(Diagnostic::rule).containsExactly("schema.invalid", "schema.invalid");
        assertThat(d.get(0).file()).isEqualTo(document.toString());
        assertThat(d.get(0).message()).contains("self.sch does not compile").contains("not validated against it");
        assertThat(d.get(1).file()).isEqualTo(schema.toString());
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
