package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;

/**
 * A folder of documents naming one broken schema: the schema's own problems (located in the schema file)
 * are reported once, with the first document; every document has one line saying it was not validated
 * against that schema, and fails. They were repeated under every document.
 */
class BrokenSchemaOnceTest {

    static final String BROKEN_RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="broken.rng"/>
              <start><element name="TEI"><text/></element></start>
            </grammar>""";
    static final String BROKEN_XSD = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
            + " targetNamespace='http://www.tei-c.org/ns/1.0' xmlns:t='http://www.tei-c.org/ns/1.0'>\n"
            + "<xs:element name='TEI'><xs:complexType><xs:attribute name='n' type='t:nosuch'/></xs:complexType></xs:element>"
            + "</xs:schema>";
    static final String BROKEN_SCH = """
            <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
              <sch:pattern><sch:rule context="*"><sch:assert test="count(((">unclosed</sch:assert></sch:rule></sch:pattern>
            </sch:schema>""";

    @TempDir
    Path tmp;

    /** Three documents in {@code docs/}, each naming {@code ../<schema>} in an xml-model (or nothing). */
    static Path documents(Path dir, String xmlModelHref) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String model = xmlModelHref == null ? ""
                : "<?xml-model href=\"" + xmlModelHref + "\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n";
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(docs.resolve(name + ".xml"), model + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>\n");
        }
        return docs;
    }

    private TeiValidator.Builder validator() {
        return TeiValidator.builder().schemaStore(tmp.resolve("store")).threads(3);
    }

    @Test
    void aBrokenRelaxNgNamedByEachDocumentIsReportedOnceAndEachDocumentSaysItWasNotValidated() throws Exception {
        Path schema = Files.writeString(tmp.resolve("broken.rng"), BROKEN_RNG);
        Path docs = documents(tmp, "../broken.rng");
        List<ValidationReport> reports = validator().build().validateAll(List.of(docs));
        assertOnce(reports, schema, 2);
    }

    @Test
    void aBrokenXmlSchemaGivenForEveryDocumentIsReportedOnce() throws Exception {
        Path schema = Files.writeString(tmp.resolve("broken.xsd"), BROKEN_XSD);
        Path docs = documents(tmp, null);
        List<ValidationReport> reports = validator().schema(schema).build().validateAll(List.of(docs));
        assertOnce(reports, schema, 2);
    }

    @Test
    void aSchematronThatDoesNotCompileIsReportedOnceInItsFile() throws Exception {
        Path schema = Files.writeString(tmp.resolve("broken.sch"), BROKEN_SCH);
        Path docs = documents(tmp, null);
        List<ValidationReport> reports = validator().schema(schema).build().validateAll(List.of(docs));
        assertOnce(reports, schema, 1);
        assertThat(reports.get(0).diagnostics()).filteredOn(d -> d.file().equals(schema.toString()))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("expected \")\""));
        assertThat(reports.get(1).diagnostics().get(0).message()).doesNotContain("expected \")\"");
    }

    @Test
    void oneDocumentStillHasTheSchemasProblemsAndTheSameDocumentTwiceKeepsItsOwnLine() throws Exception {
        Path schema = Files.writeString(tmp.resolve("broken.rng"), BROKEN_RNG);
        Path a = documents(tmp, "../broken.rng").resolve("a.xml");
        TeiValidator validator = validator().build();
        assertThat(validator.validate(a).diagnostics()).hasSize(3);
        List<ValidationReport> twice = validator.validateAll(List.of(a, a));
        assertThat(twice).allSatisfy(r -> assertThat(r.diagnostics()).hasSize(3));
    }

    /** The schema's problems with the first document only; one line on each document, naming the schema. */
    static void assertOnce(List<ValidationReport> reports, Path schema, int problemsInSchema) {
        assertThat(reports).hasSize(3).noneMatch(ValidationReport::isValid);
        List<Diagnostic> all = reports.stream().flatMap(r -> r.diagnostics().stream()).toList();
        assertThat(all).extracting(Diagnostic::rule).containsOnly("schema.invalid");
        assertThat(all).filteredOn(d -> d.file().equals(schema.toString())).hasSize(problemsInSchema)
                .doesNotHaveDuplicates();
        assertThat(reports.get(0).diagnostics()).hasSize(1 + problemsInSchema);
        for (ValidationReport r : reports) {
            assertThat(r.diagnostics()).filteredOn(d -> d.file().equals(r.file())).singleElement().satisfies(d -> {
                assertThat(d.message()).contains(schema.getFileName().toString())
                        .contains("the document was not validated against it");
                assertThat(d.isError()).isTrue();
            });
        }
        assertThat(reports.get(1).diagnostics()).hasSize(1);
        assertThat(reports.get(2).diagnostics()).hasSize(1);
    }
}
