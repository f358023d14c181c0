package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

/** A Schematron whose own function loops for ever is stopped at the time limit and reported, not waited for. */
class SchematronTimeLimitTest {

    @TempDir
    Path tmp;

    /** Ends the loop once the test is done (it looks for release0.txt), so that no thread spins on. */
    @AfterEach
    void releaseTheLoop() throws Exception {
        Files.writeString(tmp.resolve("release0.txt"), "go");
    }

    @Test
    void aSchematronThatLoopsIsStoppedAndReportedInsteadOfHangingTheValidation() throws Exception {
        Path document = Files.writeString(tmp.resolve("letter.xml"), "<letter/>");
        // A tail call: Saxon runs it as a loop, so the stack never runs out. It runs until the test ends
        // (the file's name is made of $n, so that Saxon asks each time).
        Path schema = Files.writeString(tmp.resolve("loops.sch"), """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2"
                            xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:f">
                  <sch:ns prefix="f" uri="urn:f"/>
                  <xsl:function name="f:loop"><xsl:param name="n"/>
                    <xsl:sequence select="if (unparsed-text-available('release' || ($n mod 1) || '.txt')) then true() else f:loop($n + 1)"/>
                  </xsl:function>
                  <sch:pattern id="loops">
                    <sch:rule context="/*"><sch:assert test="f:loop(1)">never</sch:assert></sch:rule>
                  </sch:pattern>
                </sch:schema>""");
        TeiValidator validator = TeiValidator.builder().schemaStore(tmp.resolve("store")).schema(schema.toString())
                .schematronTimeLimit(Duration.ofSeconds(2)).build();

        List<Diagnostic> d = CompletableFuture.supplyAsync(() -> validator.validate(document).diagnostics())
                .get(120, TimeUnit.SECONDS);

        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(SchematronSchema.TIME_LIMIT);
            assertThat(x.severity()).isEqualTo(org.teikit.Severity.ERROR);
            assertThat(x.message()).contains("loops.sch").contains("did not finish within 2 s").contains("not checked");
        });
    }
}
