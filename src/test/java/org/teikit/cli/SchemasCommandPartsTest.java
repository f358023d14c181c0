package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code teikit schemas add} with a schema made of several files, and {@code schemas list} showing the parts. */
class SchemasCommandPartsTest {

    @TempDir
    Path dir;

    private CliRunner schemas(String... args) {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 1, args.length);
        all[0] = "schemas";
        all[args.length + 1] = "--schema-store";
        all[args.length + 2] = dir.resolve("store").toString();
        return CliRunner.run(all);
    }

    @Test
    void addSaysWhichPartsCameAlongAndListShowsThemUnderTheirSchema() throws Exception {
        Path main = Files.writeString(dir.resolve("main.rnc"), "include \"part.rnc\"\nstart = element TEI { x }\n");
        Files.writeString(dir.resolve("part.rnc"), "x = text\n");

        CliRunner add = schemas("add", main.toString(), "--as", "https://example.org/main.rnc");
        assertThat(add.exitCode()).isZero();
        assertThat(add.err()).isBlank();
        assertThat(add.out().lines()).containsExactly(
                "Added https://example.org/main.rnc -> " + dir.resolve("store/main/main.rnc"),
                "  with its part https://example.org/part.rnc -> " + dir.resolve("store/main/part.rnc"));

        CliRunner list = schemas("list");
        assertThat(list.out().lines()).containsExactly(
                "https://example.org/main.rnc -> " + dir.resolve("store/main/main.rnc"),
                "  part https://example.org/part.rnc -> " + dir.resolve("store/main/part.rnc"));
    }

    @Test
    void listShowsThePartsOfASchemaWhoseAddressIsNoUrlByTheirFile() throws Exception {
        Path main = Files.writeString(dir.resolve("main.rnc"), "include \"sub/part.rnc\"\nstart = element TEI { x }\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/part.rnc"), "x = text\n");

        assertThat(schemas("add", main.toString(), "--as", "urn:example:main").exitCode()).isZero();

        assertThat(schemas("list").out().lines()).containsExactly(
                "urn:example:main -> " + dir.resolve("store/main/main.rnc"),
                "  part " + dir.resolve("store/main/sub/part.rnc"));
    }

    @Test
    void aMissingPartIsOneLineNamingItAndTheStoreStaysEmpty() throws Exception {
        Path main = Files.writeString(dir.resolve("main.rnc"), "start = element TEI { x }\n\ninclude \"gone.rnc\"\n");

        CliRunner add = schemas("add", main.toString(), "--as", "https://example.org/main.rnc");

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.errLines()).containsExactly("teikit schemas add: " + main + ":3: not added: the schema refers to gone.rnc,"
                + " which does not exist (" + dir.resolve("gone.rnc") + "); a schema's parts go beside it");
        assertThat(schemas("list").out()).contains("is empty");
    }

    @Test
    void aReferenceToAnAddressNoCatalogMapsIsAWarningAndTheSchemaIsAdded() throws Exception {
        Path main = Files.writeString(dir.resolve("web.rnc"), "include \"https://elsewhere.example/base.rnc\"\n");

        CliRunner add = schemas("add", main.toString(), "--as", "https://example.org/web.rnc");

        assertThat(add.exitCode()).isZero();
        assertThat(add.errLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(main + ":1: warning: Schema part https://elsewhere.example/base.rnc is not available locally")
                .contains("teikit schemas add FILE --as https://elsewhere.example/base.rnc"));
        assertThat(schemas("list").out()).contains("https://example.org/web.rnc -> ");
    }
}
