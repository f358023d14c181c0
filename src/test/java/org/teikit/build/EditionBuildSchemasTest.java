package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.bench.CorpusGenerator;

/**
 * A rebuild validates again a document whose schema changed, though the document did not: the
 * schema it names, a part that schema includes, a schema that was missing and is now written. Before,
 * the rebuild took the document for up to date and kept the last verdict. One teikit serves every
 * build here, as in a watched build, so its compiled schemas must be compiled again too.
 */
class EditionBuildSchemasTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static final BuildOptions OPTIONS = BuildOptions.defaults().withPdf(false).withThreads(2);

    /** Any TEI element, with any attributes, below a TEI root that must (or need not) have @n. */
    static String schema(boolean nRequired) {
        return "default namespace = \"http://www.tei-c.org/ns/1.0\"\n"
                + "start = element TEI { " + (nRequired ? "attribute n { text }, " : "") + "attribute xml:lang { text }?, any* }\n"
                + "include \"any.rnc\"\n";
    }

    static final String ANY = "any = element * { (attribute * { text } | text | any)* }\n";

    static void document(Path in, String name, String schemaHref) throws IOException {
        Files.writeString(in.resolve(name), "<?xml-model href=\"" + schemaHref + "\" type=\"application/relax-ng-compact-syntax\"?>\n"
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"><teiHeader><fileDesc><titleStmt><title>T</title>"
                + "</titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>"
                + "</teiHeader><text><body><p>Text.</p></body></text></TEI>\n");
    }

    /** A build by one teikit with its own schema store, run again and again as a watched build is. */
    private static EditionBuild buildWithStore(Path store) {
        return new EditionBuild(Teikit.builder().schemaStore(store).changeDate(Instant.parse("2026-01-01T00:00:00Z"))
                .build(), OPTIONS);
    }

    private static BuildResult build(Path in, Path out) throws IOException {
        return new EditionBuild(TEIKIT, OPTIONS).run(in, out, BuildListener.NONE);
    }

    static List<String> errorRules(BuildResult result, String name) {
        return result.documents().stream().filter(d -> d.name().equals(name))
                .flatMap(d -> d.diagnostics().stream()).filter(Diagnostic::isError).map(Diagnostic::rule).toList();
    }

    @Test
    void aChangedSchemaOrPartValidatesItsDocumentsAgain(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 2, 3_000, 7L); // transcriptions, which name teikit's own schemas
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("mine.rnc"), schema(false));
        Files.writeString(schemas.resolve("any.rnc"), ANY);
        document(in, "letter.xml", "../schemas/mine.rnc");
        Path out = dir.resolve("out");

        BuildResult first = build(in, out);
        assertThat(errorRules(first, "letter")).isEmpty();
        assertThat(first.schemaFiles()).contains(schemas.resolve("mine.rnc").toAbsolutePath().normalize());
        assertThat(build(in, out).rebuilt()).isZero();

        // the schema now asks for @n: the letter is validated again (only it), and fails
        Files.writeString(schemas.resolve("mine.rnc"), schema(true));
        BuildResult stricter = build(in, out);
        assertThat(stricter.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(stricter, "letter")).containsExactly("rng.missing-attribute");
        // and stays failed while nothing changes
        BuildResult again = build(in, out);
        assertThat(again.rebuilt()).isZero();
        assertThat(errorRules(again, "letter")).containsExactly("rng.missing-attribute");

        // a part the schema includes changes: validated again (every element now refused)
        Files.writeString(schemas.resolve("mine.rnc"), schema(false));
        build(in, out);
        Files.writeString(schemas.resolve("any.rnc"), "any = element teiHeader { empty }\n");
        BuildResult partChanged = build(in, out);
        assertThat(partChanged.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(partChanged, "letter")).isNotEmpty();
    }

    @Test
    void aSchemaWrittenAfterTheBuildThatMissedItValidatesItsDocumentsAgain(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        document(in, "letter.xml", "later.rnc");
        Path out = dir.resolve("out");
        assertThat(errorRules(build(in, out), "letter")).containsExactly("schema.unavailable");
        assertThat(errorRules(build(in, out), "letter")).containsExactly("schema.unavailable");

        Files.writeString(in.resolve("later.rnc"), schema(false).replace("include \"any.rnc\"\n", ANY));
        BuildResult written = build(in, out);
        assertThat(written.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(written, "letter")).isEmpty();
    }

    /**
     * A schema added to the store after a build that could not find it: the next build (of the same
     * teikit, as in a watched build) validates the document again and finds it, as a new process would.
     */
    @Test
    void aSchemaAddedToTheStoreAfterTheBuildThatMissedItIsFound(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        EditionBuild build = buildWithStore(store);
        Path in = Files.createDirectories(dir.resolve("in"));
        document(in, "letter.xml", "https://example.org/schemas/later.rnc");
        Path out = dir.resolve("out");
        assertThat(errorRules(build.run(in, out, BuildListener.NONE), "letter")).containsExactly("schema.unavailable");

        Path schema = Files.writeString(dir.resolve("later.rnc"), schema(false).replace("include \"any.rnc\"\n", ANY));
        new org.teikit.validate.SchemaStore(store).add(schema, "https://example.org/schemas/later.rnc");
        BuildResult found = build.run(in, out, BuildListener.NONE);
        assertThat(found.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(found, "letter")).isEmpty();
    }

    /**
     * A schema's part that the store maps at an address (its schema includes it by URL) added again with
     * other content: the documents are validated again, by the same teikit too. Before, the store's catalog
     * stayed the same bytes, so neither the build nor a running validator saw the change.
     */
    @Test
    void aPartTheStoreMapsAtAnAddressAddedAgainValidatesItsDocumentsAgain(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        EditionBuild build = buildWithStore(store);
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("mine.rnc"), schema(false).replace("include \"any.rnc\"",
                "include \"https://example.org/schemas/any.rnc\""));
        org.teikit.validate.SchemaStore stored = new org.teikit.validate.SchemaStore(store);
        stored.add(Files.writeString(dir.resolve("any.rnc"), ANY), "https://example.org/schemas/any.rnc");
        Path in = Files.createDirectories(dir.resolve("in"));
        document(in, "letter.xml", "../schemas/mine.rnc");
        Path out = dir.resolve("out");
        assertThat(errorRules(build.run(in, out, BuildListener.NONE), "letter")).isEmpty();
        assertThat(build.run(in, out, BuildListener.NONE).rebuilt()).isZero();

        stored.add(Files.writeString(dir.resolve("any.rnc"), "any = element teiHeader { empty }\n"),
                "https://example.org/schemas/any.rnc");
        BuildResult partChanged = build.run(in, out, BuildListener.NONE);

        assertThat(partChanged.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(partChanged, "letter")).isNotEmpty();
    }

    /**
     * Schemas given to teikit for every document (the Maven goals' schemas) are part of the build's
     * fingerprint: another schema rebuilds every document. Before, a build with other schemas took the
     * documents for up to date and kept their verdicts against the old ones.
     */
    @Test
    void otherSchemasGivenForEveryDocumentRebuildEveryDocument(@TempDir Path dir) throws IOException {
        Path lenient = Files.writeString(dir.resolve("lenient.rnc"), schema(false).replace("include \"any.rnc\"\n", ANY));
        Path strict = Files.writeString(dir.resolve("strict.rnc"), schema(true).replace("include \"any.rnc\"\n", ANY));
        Path in = Files.createDirectories(dir.resolve("in"));
        document(in, "letter.xml", "lenient.rnc");
        Path out = dir.resolve("out");
        Instant date = Instant.parse("2026-01-01T00:00:00Z");
        BuildResult first = new EditionBuild(Teikit.builder().changeDate(date).schema(lenient.toString()).build(), OPTIONS)
                .run(in, out, BuildListener.NONE);
        assertThat(errorRules(first, "letter")).isEmpty();

        BuildResult stricter = new EditionBuild(Teikit.builder().changeDate(date).schema(strict.toString()).build(), OPTIONS)
                .run(in, out, BuildListener.NONE);
        assertThat(stricter.rebuilt()).isEqualTo(1L);
        assertThat(errorRules(stricter, "letter")).containsExactly("rng.missing-attribute");
    }

    @Test
    void transcriptionsRecordNoSchemaFilesTeikitsOwnAreInItsFingerprint(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        CorpusGenerator.generate(in, 3, 3_000, 7L);
        Path out = dir.resolve("out");
        build(in, out);
        BuildState state = BuildState.load(out, Fingerprint.of(OPTIONS));
        assertThat(state.documents()).hasSize(3).allSatisfy((name, entry) -> assertThat(entry.schemas()).isNull());
    }
}
