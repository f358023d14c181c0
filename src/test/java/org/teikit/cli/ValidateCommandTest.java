package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    @TempDir
    Path store;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/validate/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * TEI's schema by its name, once it is in the store: a document that teikit's own refuses (a pb
     * with xml:id and facs, as in the FRUS volumes) is valid TEI; "tei_all" was taken for a file.
     */
    @Test
    void aTeiSchemaIsNamedByItsNameOnceInTheStore() throws Exception {
        assertThat(org.teikit.validate.SchemaStore.teiSchemaAddress("tei_all")).contains(
                "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng");
        assertThat(org.teikit.validate.SchemaStore.teiSchemaAddress("tei_lite.xsd")).contains(
                "http://www.tei-c.org/release/xml/tei/custom/schema/xsd/tei_lite.xsd");
        assertThat(org.teikit.validate.SchemaStore.teiSchemaAddress("my.rng")).isEmpty();
        assertThat(org.teikit.validate.SchemaStore.teiSchemaAddress("schemas/tei_all.rng")).isEmpty();

        Path teiAll = Path.of(System.getProperty("teikit.shared", "../shared")).resolve("schemas/tei-4.10.2/tei_all.rng");
        new org.teikit.validate.SchemaStore(store).add(teiAll, "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng");
        Path byHand = store.resolve("by-hand.xml");
        java.nio.file.Files.writeString(byHand, java.nio.file.Files.readString(Path.of(fixture("rng/valid-minimal.xml")))
                .replace("<p>An invented", "<pb xml:id=\"p1\" facs=\"p1.png\"/><p>An invented"));
        assertThat(run(new ValidateCommand(), "--schema-store", store.toString(), byHand.toString()).exit()).isEqualTo(1);
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), "--schema", "tei_all", byHand.toString());
        assertThat(r.out()).isEqualTo("1 file, 0 with errors: 0 errors, 0 warnings" + System.lineSeparator());
        assertThat(r.exit()).isZero();
    }

    @Test
    void aValidDocumentExitsZeroWithASummary() {
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), fixture("rng/valid-minimal.xml"));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("1 file, 0 with errors: 0 errors, 0 warnings" + System.lineSeparator());
    }

    @Test
    void errorsArePrintedCompilerStyleAndExitOne() {
        String file = fixture("rng/unknown-element.xml");
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), file, fixture("rng/valid-minimal.xml"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).contains(file + ":7:16: error: @type=\"mian\" on <title> is not an allowed value. Use \"main\". "
                + "See https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-title.html [rng.attribute-value]");
        assertThat(r.out().lines().toList()).last().isEqualTo("2 files, 1 with errors: 3 errors, 0 warnings");
    }

    @Test
    void aMissingFileIsOneLineAndExitOne(@TempDir Path dir) {
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), dir.resolve("nope.xml").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).first().asString().endsWith("nope.xml: error: No such file. [io.missing]");
    }

    @Test
    void aFolderWithoutTeiFilesIsAnErrorOfItsOwn(@TempDir Path dir) {
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(dir + ": error: The folder holds no .xml files to validate. [io.no-documents]")
                .contains("1 file, 1 with errors: 1 error, 0 warnings");
    }

    /** A folder named by a symbolic link to it is validated: it was taken for a file, with nothing to validate in it. */
    @Test
    void aFolderNamedByALinkIsValidated(@TempDir Path dir) throws Exception {
        Path real = java.nio.file.Files.createDirectories(dir.resolve("archive/letters"));
        java.nio.file.Files.copy(Path.of(fixture("rng/valid-minimal.xml")), real.resolve("letter.xml"));
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("letters"), real);
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), link.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("1 file, 0 with errors");
    }

    @Test
    void warningsFailOnlyWithWarningsAsErrors() {
        String file = fixture("xmlmodel/relative.xml");
        String sch = fixture("xmlmodel/tiny.sch");
        assertThat(run(new ValidateCommand(), "--schema-store", store.toString(), "--schema", sch, file).exit()).isZero();
        assertThat(run(new ValidateCommand(), "--schema-store", store.toString(), "--schema", sch, "--warnings-as-errors", file).exit())
                .isEqualTo(1);
    }

    @Test
    void jsonOutputIsOneJsonDocumentWithTheSummaryOnStderr() throws Exception {
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), "--format", "json", fixture("rng/missing-title.xml"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("1 file, 1 with errors");
        try (JsonParser p = new JsonFactory().createParser(r.out())) {
            int rules = 0;
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("rule")) {
                    p.nextToken();
                    rules++;
                }
            }
            assertThat(rules).isEqualTo(4); // with the note that the document names no schema
        }
        assertThat(r.out()).contains("\"rule\" : \"rng.element-too-early\"").contains("\"line\" : 7").contains("\"column\" : 9")
                .contains("\"rule\" : \"validate.default-schema\"");
    }

    @Test
    void sarifOutputHasRulesResultsAndRegions() {
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), "--format", "sarif", fixture("rng/unknown-element.xml"));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"rng.unknown-element\"")
                .contains("\"startLine\" : 20").contains("\"startColumn\" : 19").contains("\"level\" : \"error\"");
    }

    @Test
    void sarifNamesTheBaseOfRelativeFileUris() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(Path.of(fixture("rng/unknown-element.xml")));
        Run r = run(new ValidateCommand(), "--schema-store", store.toString(), "--format", "sarif", relative.toString());
        com.fasterxml.jackson.databind.JsonNode run = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("runs").get(0);
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo(Path.of("").toAbsolutePath().toUri().toString()).endsWith("/");
        com.fasterxml.jackson.databind.JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.get("uri").asText()).isEqualTo(relative.toString().replace('\\', '/'));
        assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void anUnknownFormatIsAUsageMistake() {
        Run r = run(new ValidateCommand(), "--format", "yaml", fixture("rng/valid-minimal.xml"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown --format 'yaml'");
        assertThat(run(new ValidateCommand()).exit()).isEqualTo(2);
    }

    @Test
    void schemasAddMakesTeisAddressResolveOffline() throws Exception {
        Path teiAll = Path.of(System.getProperty("teikit.shared", "../shared")).resolve("schemas/tei-4.10.2/tei_all.rng");
        Run added = run(new SchemasCommand(), "add", teiAll.toString(), "--schema-store", store.toString());
        assertThat(added.exit()).isZero();
        assertThat(added.out()).startsWith("Added http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng -> ");
        assertThat(store.resolve("tei_all.rng")).exists();
        Run listed = run(new SchemasCommand(), "list", "--schema-store", store.toString());
        assertThat(listed.out()).contains("tei_all.rng");
        Run validated = run(new ValidateCommand(), "--schema-store", store.toString(), fixture("xmlmodel/tei-all-twice.xml"));
        assertThat(validated.out()).contains("16:14: ").doesNotContain("schema.unavailable");
    }

    @Test
    void schemasAddRefusesAnXmlSchemaThatIsNotWellFormed(@TempDir Path dir) throws Exception {
        // What a download that saved the server's error page leaves.
        Path page = Files.writeString(dir.resolve("tei_all.rng"), "404 Not Found\n");
        Path fresh = dir.resolve("store");
        Run r = run(new SchemasCommand(), "add", page.toString(), "--schema-store", fresh.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(page + ":1:1: not added: the schema is not well-formed XML");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void schemasAddWithoutAnAddressForAnUnknownFileIsAUsageMistake(@TempDir Path dir) throws Exception {
        Path own = Files.writeString(dir.resolve("mine.rng"), "<element name='x' xmlns='http://relaxng.org/ns/structure/1.0'><empty/></element>");
        Run r = run(new SchemasCommand(), "add", own.toString(), "--schema-store", store.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--as URL");
        assertThat(run(new SchemasCommand(), "add", own.toString(), "--as", "https://example.org/mine.rng",
                "--schema-store", store.toString()).exit()).isZero();
    }
}
