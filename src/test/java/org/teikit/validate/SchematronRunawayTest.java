package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;

/**
 * A Schematron that overruns its time limit leaves at most one evaluation running (none when it can be
 * stopped), and later documents are told so rather than each starting another.
 */
class SchematronRunawayTest {

    @TempDir
    Path tmp;

    /**
     * A loop inside one XPath expression, which Saxon runs without telling a listener; it ends once
     * release0.txt exists (the name is made of the item, so that Saxon asks each time).
     */
    private static final String UNTIL_RELEASED =
            "exists((1 to 2000000000)[unparsed-text-available('release' || (. mod 1) || '.txt')][1])";

    private static final String FUNCTIONS = """
            <xsl:function name="f:loop"><xsl:param name="n"/>
              <xsl:sequence select="if (unparsed-text-available('release' || ($n mod 1) || '.txt')) then true() else f:loop($n + 1)"/>
            </xsl:function>
            <xsl:function name="f:iterate">
              <xsl:iterate select="1 to 2000000000">
                <xsl:param name="sum" select="0"/>
                <xsl:next-iteration><xsl:with-param name="sum" select="$sum + ."/></xsl:next-iteration>
              </xsl:iterate>
            </xsl:function>""";

    @AfterEach
    void releaseTheLoopsThatWaitForIt() throws Exception {
        Files.writeString(tmp.resolve("release0.txt"), "go");
    }

    @Test
    void aLoopNoListenerSeesLeavesOneRunawayAndTheLaterDocumentsAreToldWhereItRuns() throws Exception {
        long before = busyWorkers();
        TeiValidator validator = validator(schema(UNTIL_RELEASED));

        List<List<Diagnostic>> reports = new ArrayList<>();
        for (String name : List.of("a.xml", "b.xml", "c.xml", "d.xml")) {
            reports.add(validator.validate(document(name)).diagnostics());
        }

        assertThat(reports.get(0)).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SchematronSchema.TIME_LIMIT);
            assertThat(d.message()).contains("goes on running");
        });
        for (List<Diagnostic> later : reports.subList(1, 4)) {
            assertThat(later).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(SchematronSchema.STILL_RUNNING);
                assertThat(d.severity()).isEqualTo(org.teikit.Severity.ERROR);
                assertThat(d.message()).contains("loops.sch").contains("stopped on " + tmp.resolve("a.xml") + ",").contains("not checked on this document");
            });
        }
        assertThat(busyWorkers() - before).isEqualTo(1);

        // Once the runaway ends after all, the schema is used again.
        Files.writeString(tmp.resolve("release0.txt"), "go");
        awaitBusyWorkers(before);
        assertThat(validator.validate(document("e.xml")).diagnostics()).isEmpty();
    }

    @Test
    void withSeveralValidatingThreadsTheRunawaysAreBoundedByTheThreadsNotTheDocuments() throws Exception {
        long before = busyWorkers();
        Path folder = Files.createDirectories(tmp.resolve("many"));
        Path schema = Files.writeString(folder.resolve("loops.sch"), schemaText(UNTIL_RELEASED));
        for (int i = 0; i < 12; i++) {
            Files.writeString(folder.resolve("doc" + i + ".xml"), "<letter/>");
        }
        TeiValidator validator = TeiValidator.builder().schemaStore(tmp.resolve("store")).schema(schema.toString())
                .schematronTimeLimit(Duration.ofSeconds(1)).threads(2).build();

        List<ValidationReport> reports = validator.validateAll(List.of(folder));

        long overran = reports.stream().filter(r -> rules(r).equals(List.of(SchematronSchema.TIME_LIMIT))).count();
        long told = reports.stream().filter(r -> rules(r).equals(List.of(SchematronSchema.STILL_RUNNING))).count();
        assertThat(overran).isBetween(1L, 2L);
        assertThat(overran + told).isEqualTo(12);
        assertThat(busyWorkers() - before).isBetween(1L, 2L);
        Files.writeString(folder.resolve("release0.txt"), "go");
        awaitBusyWorkers(before);
    }

    @Test
    void aTailRecursiveFunctionThatLoopsIsLeftRunningOnceNotOncePerDocument() throws Exception {
        long before = busyWorkers();
        TeiValidator validator = validator(schema("f:loop(1)"));

        List<String> rules = new ArrayList<>();
        for (String name : List.of("a.xml", "b.xml", "c.xml")) {
            validator.validate(document(name)).diagnostics().forEach(d -> rules.add(d.rule()));
        }

        assertThat(rules).containsExactly(SchematronSchema.TIME_LIMIT, SchematronSchema.STILL_RUNNING,
                SchematronSchema.STILL_RUNNING);
        assertThat(busyWorkers() - before).isEqualTo(1);
        Files.writeString(tmp.resolve("release0.txt"), "go");
        awaitBusyWorkers(before);
    }

    @Test
    void anXslIterateThatRunsTooLongIsStoppedOnEachDocument() throws Exception {
        stoppedOnEachDocument("f:iterate() = 0");
    }

    @Test
    void aRuleSlowOnEveryElementIsStoppedBetweenElements() throws Exception {
        long before = busyWorkers();
        TeiValidator validator = validator(Files.writeString(tmp.resolve("slow.sch"), """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <sch:pattern><sch:rule context="*"><sch:assert test="sum((1 to 200000) ! (. * 2)) gt 0">x</sch:assert></sch:rule></sch:pattern>
                </sch:schema>"""));
        Path many = Files.writeString(tmp.resolve("many.xml"), "<letter>" + "<p/>".repeat(100_000) + "</letter>");

        assertThat(validator.validate(many).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SchematronSchema.TIME_LIMIT);
            assertThat(d.message()).doesNotContain("goes on running");
        });
        assertThat(busyWorkers()).isEqualTo(before);
    }

    private void stoppedOnEachDocument(String test) throws Exception {
        long before = busyWorkers();
        TeiValidator validator = validator(schema(test));

        for (String name : List.of("a.xml", "b.xml")) {
            assertThat(validator.validate(document(name)).diagnostics()).singleElement().satisfies(d -> {
                assertThat(d.rule()).isEqualTo(SchematronSchema.TIME_LIMIT);
                assertThat(d.message()).doesNotContain("goes on running");
            });
            assertThat(busyWorkers()).isEqualTo(before);
        }
    }

    @Test
    void aSchemaSlowOnOneDocumentIsStillCheckedOnTheOthers() throws Exception {
        TeiValidator validator = validator(schema("not(@slow) or f:iterate() = 0"));
        Path slow = Files.writeString(tmp.resolve("slow.xml"), "<letter slow='yes'/>");

        assertThat(validator.validate(slow).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo(SchematronSchema.TIME_LIMIT));
        Path unsigned = Files.writeString(tmp.resolve("unsigned.xml"), "<letter/>");
        assertThat(validator.validate(unsigned).diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("unsigned"));
        assertThat(validator.validate(document("signed.xml")).diagnostics()).isEmpty();
    }

    private TeiValidator validator(Path schema) {
        return TeiValidator.builder().schemaStore(tmp.resolve("store")).schema(schema.toString())
                .schematronTimeLimit(Duration.ofSeconds(1)).build();
    }

    private Path document(String name) throws Exception {
        return Files.writeString(tmp.resolve(name), "<letter signed='yes'/>");
    }

    private Path schema(String test) throws Exception {
        return Files.writeString(tmp.resolve("loops.sch"), schemaText(test));
    }

    /** A schema whose one rule asserts {@code test} on the root, and another that the root is signed. */
    private static String schemaText(String test) {
        return """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"
                            xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:f">
                  <sch:ns prefix="f" uri="urn:f"/>
                  %s
                  <sch:pattern id="loops">
                    <sch:rule context="/*"><sch:assert test="%s">never</sch:assert></sch:rule>
                  </sch:pattern>
                  <sch:pattern id="signed">
                    <sch:rule context="/*"><sch:assert test="@signed">unsigned</sch:assert></sch:rule>
                  </sch:pattern>
                </sch:schema>""".formatted(FUNCTIONS, test);
    }

    private static List<String> rules(ValidationReport report) {
        return report.diagnostics().stream().map(Diagnostic::rule).toList();
    }

    /** Schematron workers evaluating (in Saxon), not idle in the pool. */
    static long busyWorkers() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("teikit-schematron"))
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("net.sf.saxon")))
                .count();
    }

    private static void awaitBusyWorkers(long count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (busyWorkers() > count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(busyWorkers()).isEqualTo(count);
    }
}
