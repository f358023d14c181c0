package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code teikit validate} and {@code teikit build} over a folder of documents naming one broken schema:
 * the schema's problems once, one line per document, and the exit code still says there were errors.
 */
class BrokenSchemaOnceCommandTest {

    private static final String BROKEN_RNG = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="broken.rng"/>
              <start><element name="TEI"><text/></element></start>
            </grammar>""";
    private static final String DOCUMENT = """
            <?xml-model href="../broken.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0"/>
            """;

    @TempDir
    Path tmp;

    private Path schema;
    private Path docs;

    private void threeDocumentsNamingABrokenSchema() throws Exception {
        schema = Files.writeString(tmp.resolve("broken.rng"), BROKEN_RNG);
        docs = Files.createDirectories(tmp.resolve("docs"));
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(docs.resolve(name + ".xml"), DOCUMENT);
        }
    }

    private CliRunner validate(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "--schema-store", tmp.resolve("store").toString(),
                docs.toString()));
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static long count(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).count();
    }

    @Test
    void validateSaysTheSchemasProblemsOnceAndOneLinePerDocument() throws Exception {
        threeDocumentsNamingABrokenSchema();
        CliRunner run = validate();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith(schema + ":")).hasSize(2).doesNotHaveDuplicates();
        for (String name : List.of("a", "b", "c")) {
            assertThat(lines).filteredOn(l -> l.startsWith(docs.resolve(name + ".xml") + ":")).singleElement().asString()
                    .contains("broken.rng").contains("the document was not validated against it").contains("[schema.invalid]");
        }
        assertThat(lines).last().isEqualTo("3 files, 3 with errors: 5 errors, 0 warnings");
    }

    @Test
    void jsonAndSarifHoldTheSchemasProblemsOnce() throws Exception {
        threeDocumentsNamingABrokenSchema();
        String schemaFile = "\"" + schema.toString().replace("\\", "\\\\") + "\"";
        CliRunner json = validate("--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(count(json.out(), "\"file\" : " + schemaFile)).isEqualTo(2);
        assertThat(json.out()).contains("\"invalidFiles\" : 3").contains("\"errors\" : 5");
        CliRunner sarif = validate("--format", "sarif");
        assertThat(sarif.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(count(sarif.out(), "\"uri\" : \"" + schema.toUri())).isEqualTo(2);
        assertThat(count(sarif.out(), "\"ruleId\" : \"schema.invalid\"")).isEqualTo(5);
    }

    @Test
    void buildSaysTheSchemasProblemsOnceAndOneLinePerDocument() throws Exception {
        threeDocumentsNamingABrokenSchema();
        CliRunner run = CliRunner.run("build", docs.toString(), "-o", tmp.resolve("out").toString(), "--no-pdf");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        List<String> lines = run.errLines();
        assertThat(lines).filteredOn(l -> l.startsWith(schema + ":")).hasSize(2).doesNotHaveDuplicates();
        for (String name : List.of("a", "b", "c")) {
            assertThat(lines).filteredOn(l -> l.startsWith(docs.resolve(name + ".xml") + ":") && l.contains("[schema.invalid]"))
                    .singleElement().asString().contains("the document was not validated against it");
        }
        assertThat(run.out()).contains("3 documents (3 rebuilt, 0 up to date, 3 with errors), 5 errors");
        // Again, every document up to date: still once.
        CliRunner again = CliRunner.run("build", docs.toString(), "-o", tmp.resolve("out").toString(), "--no-pdf");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.DOCUMENT_ERRORS);
        assertThat(again.errLines()).filteredOn(l -> l.startsWith(schema + ":")).hasSize(2);
        assertThat(again.out()).contains("3 with errors), 5 errors");
    }
}
