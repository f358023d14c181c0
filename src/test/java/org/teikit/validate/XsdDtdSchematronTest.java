package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;

/** W3C XML Schema and DTD through Xerces, ISO Schematron through SchXslt, and the project's generated XSD. */
class XsdDtdSchematronTest {

    private static final Path SIMPLE = Fixtures.shared().resolve("schemas/tei-simple-2.9.1");
    private static final Path STORE = Path.of("target/no-schema-store");

    private static List<Diagnostic> validate(String schema, String fixture) {
        return TeiValidator.builder().schemaStore(STORE).schema(schema).build().validate(Fixtures.resource(fixture)).diagnostics();
    }

    @Test
    void teiSimpleXsdAcceptsAValidDocument() {
        assertThat(validate(SIMPLE.resolve("teisimple.xsd").toString(), "xsd/simple-valid.xml")).isEmpty();
    }

    @Test
    void teiSimpleXsdReportsAnUnknownElementAtItsStartTagInPlainWords() {
        List<Diagnostic> d = validate(SIMPLE.resolve("teisimple.xsd").toString(), "xsd/simple-invalid.xml");
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("xsd.cvc-complex-type.2.4.a", 13, 37));
        assertThat(d.get(0).message()).startsWith("<emph> is not allowed here inside <p>. Allowed here: <hi>, ")
                .doesNotContain("{\"http").doesNotContain("model.")
                .endsWith("See https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-p.html");
    }

    @Test
    void theProjectSchemaShipsAsXsdGeneratedByTrangAndAgreesWithTheRng() {
        assertThat(Fixtures.project("schemas/teikit.xsd")).as("generated at build time, never kept in schemas/").doesNotExist();
        assertThat(Fixtures.project("target/classes/teikit/schemas/teikit.xsd")).exists();
        String xsd = "https://teikit.org/schema/1/teikit.xsd";
        assertThat(TeiValidator.builder().schemaStore(STORE).schema(xsd).build()
                .validate(Fixtures.project("tei/reference/teikit-shape.xml")).diagnostics()).isEmpty();
        assertThat(validate(xsd, "rng/valid-minimal.xml")).isEmpty();
        assertThat(validate(xsd, "rng/missing-title.xml")).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("xsd.cvc-complex-type.2.4.a", 7, 9));
    }

    @Test
    void aDtdReportsEveryProblemWithItsLocation() {
        List<Diagnostic> d = validate(Fixtures.resource("xsd/letter.dtd").toString(), "xsd/letter-invalid.xml");
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column).containsExactly(
                tuple("dtd.invalid", 3, 1), tuple("dtd.invalid", 5, 3), tuple("dtd.invalid", 7, 1));
        assertThat(d.get(1).message()).isEqualTo("Element type \"from\" must be declared.");
    }

    @Test
    void isoSchematronReportsTheAssertionWithItsIdLocationAndXpath() {
        String sch = SIMPLE.resolve("teisimple.isosch").toString();
        assertThat(validate(sch, "xsd/simple-valid.xml")).isEmpty();
        List<Diagnostic> d = validate(sch, "xsd/simple-schematron.xml");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("teisimple-att.typed-constraint-subtypeTyped-4");
            assertThat(x.line()).isEqualTo(13);
            assertThat(x.column()).isEqualTo(37);
            assertThat(x.xpath()).isEqualTo("/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:p[1]/tei:seg[1]");
            assertThat(x.message()).startsWith("The seg element should not be categorized in detail with @subtype");
        });
    }

    @Test
    void theSchematronEmbeddedInTeiSimplesRngIsExtractedAndRun() {
        List<Diagnostic> d = TeiValidator.builder().schemaStore(STORE)
                .schema(SIMPLE.resolve("teisimple.rng").toString(), SchemaLanguage.EMBEDDED_SCHEMATRON).build()
                .validate(Fixtures.resource("xsd/simple-schematron.xml")).diagnostics();
        assertThat(d).extracting(Diagnostic::line, Diagnostic::column).containsExactly(tuple(13, 37));
    }

    @Test
    void aMissingOrBrokenSchemaIsReportedOnTheDocumentNotThrown(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertThat(validate(dir.resolve("absent.rng").toString(), "rng/valid-minimal.xml")).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo("schema.unavailable"));
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.rng"),
                "<element xmlns='http://relaxng.org/ns/structure/1.0'><text/></element>");
        List<Diagnostic> d = validate(broken.toString(), "rng/valid-minimal.xml");
        assertThat(d).extracting(Diagnostic::rule).containsOnly("schema.invalid");
        assertThat(d.get(0).message()).contains("broken.rng");
    }

    @Test
    void aSchemasOwnProblemsAreReportedAtTheirPlacesInTheSchemaOnOneLineEach(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path schema = java.nio.file.Files.writeString(dir.resolve("self.rng"), """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="self.rng"/>
                  <start><element name="TEI"><text/></element></start>
                </grammar>""");
        Path document = java.nio.file.Files.writeString(dir.resolve("letter.xml"),
                "<?xml-model href='self.rng' type='application/xml'?>\n<TEI/>");
        List<Diagnostic> d = TeiValidator.builder().schemaStore(STORE).build().validate(document).diagnostics();
        assertThat(d).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::column).containsExactly(
                tuple(document.toString(), 1, 0),
                tuple(schema.toString(), 2, 29),
                tuple(schema.toString(), 3, 10));
        assertThat(d).extracting(Diagnostic::rule).containsOnly("schema.invalid");
        assertThat(d.get(0).message()).contains("self.rng is not correct: 2 problems").doesNotContain("\n");
        assertThat(d.get(1).message()).startsWith("recursive inclusion");
    }

    private static final String XSD_HEAD = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
            + " targetNamespace='http://www.tei-c.org/ns/1.0' xmlns:t='http://www.tei-c.org/ns/1.0'>";

    @Test
    void anXsdThatRefersToATypeItDoesNotDefineIsNotCorrectRatherThanSilentlyAccepting(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path xsd = java.nio.file.Files.writeString(dir.resolve("undefined.xsd"), XSD_HEAD + "\n"
                + "<xs:element name='TEI'><xs:complexType><xs:attribute name='n' type='t:nosuch'/></xs:complexType></xs:element>"
                + "</xs:schema>");
        List<Diagnostic> d = validate(xsd.toString(), "rng/valid-minimal.xml");
        assertThat(d).extracting(Diagnostic::rule).containsOnly("schema.invalid");
        assertThat(d.get(0).message()).contains("undefined.xsd is not correct");
        assertThat(d).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo(xsd.toString());
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.message()).contains("'t:nosuch'");
        });
    }

    @Test
    void anXsdPartNamedByAWebAddressIsRefusedWithAdviceAndNeverFetched(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path xsd = java.nio.file.Files.writeString(dir.resolve("remote-part.xsd"), XSD_HEAD
                + "<xs:include schemaLocation='http://example.org/part.xsd'/>"
                + "<xs:element name='TEI' type='xs:anyType'/></xs:schema>");
        try (NoNetwork network = new NoNetwork()) {
            assertThat(validate(xsd.toString(), "rng/valid-minimal.xml")).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("schema.invalid");
                assertThat(x.message()).contains("http://example.org/part.xsd, which is not available offline")
                        .contains("teikit schemas add FILE --as http://example.org/part.xsd").doesNotContain("Premature end");
            });
            assertThat(network.attempts()).isEmpty();
        }
    }

    @Test
    void aDtdPartAtAWebAddressNamesTheCommandThatAddsALocalCopy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path dtd = java.nio.file.Files.writeString(dir.resolve("remote-part.dtd"),
                "<!ENTITY % rest SYSTEM 'http://example.org/rest.ent'>\n%rest;\n<!ELEMENT TEI ANY>\n");
        try (NoNetwork network = new NoNetwork()) {
            assertThat(validate(dtd.toString(), "rng/valid-minimal.xml")).singleElement().satisfies(x ->
                    assertThat(x.message()).contains("http://example.org/rest.ent is not available offline")
                            .contains("teikit schemas add FILE --as http://example.org/rest.ent"));
            assertThat(network.attempts()).isEmpty();
        }
    }
}
