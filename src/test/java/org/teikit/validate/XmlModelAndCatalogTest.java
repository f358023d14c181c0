package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Severity;

class XmlModelAndCatalogTest {

    private static final String TEI_ALL_URL = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";

    @TempDir
    static Path store;

    /** Holds tei_all in its store, as a user who ran 'teikit schemas add tei_all.rng' has it. */
    private static TeiValidator withTeiAll;

    @BeforeAll
    static void addTeiAllToTheStore() throws Exception {
        Path stored = new SchemaStore(store).add(Fixtures.teiAll(), SchemaStore.knownAddress("tei_all.rng").orElseThrow()).stored();
        assertThat(stored).hasFileName("tei_all.rng");
        withTeiAll = TeiValidator.builder().schemaStore(store).build();
    }

    @Test
    void theStoreCatalogMapsTeisAddressToTheCopy() throws Exception {
        assertThat(new SchemaStore(store).entries()).isEqualTo(Map.of(TEI_ALL_URL, "tei_all.rng"));
        assertThat(Files.readString(store.resolve("catalog.xml"))).contains("urn:oasis:names:tc:entity:xmlns:xml:catalog");
    }

    /**
     * TEI's schema given by its name, as the command line's --schema and the Maven goals' schemas give
     * it, is the copy in the store: a pb with xml:id and facs, which teikit's own refuses, is valid TEI.
     */
    @Test
    void teiAllGivenByItsNameIsTheCopyInTheStore() throws Exception {
        byte[] byHand = Files.readString(Fixtures.resource("rng/valid-minimal.xml"))
                .replace("<p>An invented", "<pb xml:id=\"p1\" facs=\"p1.png\"/><p>An invented")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (NoNetwork network = new NoNetwork()) {
            assertThat(TeiValidator.builder().schemaStore(store).schema("tei_all").build()
                    .validate("by-hand.xml", byHand).diagnostics()).isEmpty();
            assertThat(network.attempts()).isEmpty();
        }
        assertThat(TeiValidator.builder().schemaStore(store).build().validate("by-hand.xml", byHand).diagnostics())
                .extracting(Diagnostic::rule).contains("rng.attribute-not-allowed");
    }

    @Test
    void teiAllNamedTwiceRunsItsGrammarAndItsEmbeddedSchematronOffline() {
        try (NoNetwork network = new NoNetwork()) {
            List<Diagnostic> d = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> withTeiAll.validate(Fixtures.resource("xmlmodel/tei-all-twice.xml")).diagnostics());
            assertThat(network.attempts()).isEmpty();
            assertThat(d).singleElement().satisfies(x -> {
                assertThat(x.rule()).contains("ptr");
                assertThat(x.line()).isEqualTo(16);
                assertThat(x.column()).isEqualTo(14);
                assertThat(x.xpath()).isEqualTo("/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:p[1]/tei:ptr[1]");
            });
        }
    }

    @Test
    void anAddressNoCatalogMapsIsAClearErrorNamingTheFixAndNeverADownload() {
        try (NoNetwork network = new NoNetwork()) {
            List<Diagnostic> d = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> withTeiAll.validate(Fixtures.resource("xmlmodel/unresolvable.xml")).diagnostics());
            assertThat(network.attempts()).isEmpty();
            assertThat(d).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("schema.unavailable");
                assertThat(x.line()).isEqualTo(2);
                assertThat(x.message()).contains("https://schemas.example.invalid/edition/v3/edition.rng")
                        .contains("teikit schemas add FILE --as https://schemas.example.invalid/edition/v3/edition.rng");
            });
        }
    }

    @Test
    void withoutTheStoreTeiAllIsUnavailableWithTheCommandThatFixesIt(@TempDir Path empty) {
        TeiValidator bare = TeiValidator.builder().schemaStore(empty).build();
        List<Diagnostic> d = bare.validate(Fixtures.resource("xmlmodel/tei-all-twice.xml")).diagnostics();
        assertThat(d).hasSize(2).allSatisfy(x -> {
            assertThat(x.rule()).isEqualTo("schema.unavailable");
            assertThat(x.message()).contains("teikit schemas add FILE --as " + TEI_ALL_URL);
        });
        assertThat(d).extracting(Diagnostic::line).containsExactly(2, 3);
    }

    /**
     * A stored schema whose part is gone (a store from before 'schemas add' brought parts along, or a
     * part deleted) names that part and says to add the schema again, which brings its parts.
     */
    @Test
    void aStoredSchemaWithoutItsPartSaysToAddTheSchemaAgain(@TempDir Path dir) throws Exception {
        Path own = Files.createDirectories(dir.resolve("store"));
        Files.writeString(dir.resolve("main.rnc"), "default namespace = \"http://www.tei-c.org/ns/1.0\"\ninclude \"part.rnc\"\n");
        Files.writeString(dir.resolve("part.rnc"), "default namespace = \"http://www.tei-c.org/ns/1.0\"\nstart = element TEI { text }\n");
        Path doc = Files.writeString(dir.resolve("doc.xml"), "<?xml-model href=\"https://example.org/main.rnc\" "
                + "type=\"application/relax-ng-compact-syntax\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">hi</TEI>\n");
        SchemaStore schemas = new SchemaStore(own);
        Path storedPart = schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc").parts().get(0).stored();
        Files.delete(storedPart);

        List<Diagnostic> missingPart = TeiValidator.builder().schemaStore(own).build().validate(doc).diagnostics();
        assertThat(missingPart).singleElement().satisfies(d -> assertThat(d.message())
                .contains("Schema part part.rnc does not exist (" + storedPart + ")")
                .contains("add the schema again (teikit schemas add FILE --as URL), which brings its parts"));

        schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc");
        assertThat(TeiValidator.builder().schemaStore(own).build().validate(doc).diagnostics()).isEmpty();
    }

    @Test
    void relativeXmlModelsResolveAgainstTheDocumentAndAllRun() {
        List<Diagnostic> d = withTeiAll.validate(Fixtures.resource("xmlmodel/relative.xml")).diagnostics();
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rng.missing-element", 5, 1, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("rng.unknown-element", 7, 3, Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("tiny.from-not-empty", 7, 3, Severity.WARNING));
    }

    @Test
    void theProjectIdentifiersResolveThroughTheProjectCatalog() {
        SchemaLocator locator = new SchemaLocator(List.of(Fixtures.project("target/classes/teikit/schemas/catalog.xml").toUri()));
        assertThat(locator.locate(TeiValidator.PROJECT_RNG, null)).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("/teikit.rng"));
        assertThat(locator.locate(TeiValidator.PROJECT_SCHEMATRON, null)).hasValueSatisfying(u -> assertThat(u.toString()).endsWith("/teikit-editorial.sch"));
        assertThat(locator.locate("https://teikit.org/schema/1/nothing.rng", null)).isEmpty();
    }

    @Test
    void anExplicitSchemaOverridesTheXmlModels() {
        TeiValidator project = TeiValidator.builder().schemaStore(store).schema(TeiValidator.PROJECT_RNG).build();
        List<Diagnostic> d = project.validate(Fixtures.resource("xmlmodel/relative.xml")).diagnostics();
        assertThat(d).singleElement().satisfies(x -> assertThat(x.rule()).isEqualTo("rng.unknown-element"));
    }

    @Test
    void aDamagedStoreCatalogIsNamedWithItsPlaceInsteadOfCallingTheSchemaMissing(@TempDir Path damagedStore) throws Exception {
        Files.writeString(damagedStore.resolve("catalog.xml"), "<catalog\n");
        TeiValidator validator = TeiValidator.builder().schemaStore(damagedStore).build();
        List<Diagnostic> d = validator.validate(Fixtures.resource("xmlmodel/unresolvable.xml")).diagnostics();
        assertThat(d).isNotEmpty().allSatisfy(x -> assertThat(x.message())
                .contains("the schema store was not read: " + damagedStore.resolve("catalog.xml") + ":2:1: the schema store catalog is damaged")
                .doesNotContain("ParseError").doesNotContain("\n"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new SchemaStore(damagedStore).entries()))
                .hasMessageStartingWith(damagedStore.resolve("catalog.xml") + ":2:1: ");
    }
}
