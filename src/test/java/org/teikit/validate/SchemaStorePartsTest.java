package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

/**
 * 'teikit schemas add' brings a schema's parts along: each part it refers to by a relative reference
 * (recursively) is stored where the stored schema finds it and mapped at the address the reference
 * resolves to, so that a document naming the schema's address validates offline.
 */
class SchemaStorePartsTest {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String RNG_MODEL = "schematypens=\"http://relaxng.org/ns/structure/1.0";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path store() {
        return dir.resolve("store");
    }

    private List<Diagnostic> validate(Path doc) {
        try (NoNetwork network = new NoNetwork()) {
            List<Diagnostic> d = TeiValidator.builder().schemaStore(store()).build().validate(doc).diagnostics();
            assertThat(network.attempts()).isEmpty();
            return d;
        }
    }

    private Path document(String name, String model, String body) throws IOException {
        return write("docs/" + name, "<?xml-model href=\"" + model + "\"?>\n<TEI xmlns=\"" + TEI + "\">" + body + "</TEI>\n");
    }

    @Test
    void anRngWithAnIncludeAndAnExternalRefBringsBothPartsInTheirLayout() throws Exception {
        write("src/my.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="parts/common.rng"/>
                  <start><element name="TEI" ns="http://www.tei-c.org/ns/1.0"><ref name="body"/><externalRef href="../shared/note.rng"/></element></start>
                </grammar>
                """);
        write("src/parts/common.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <define name="body"><element name="body" ns="http://www.tei-c.org/ns/1.0"><text/></element></define>
                </grammar>
                """);
        write("shared/note.rng", """
                <element name="note" ns="http://www.tei-c.org/ns/1.0" xmlns="http://relaxng.org/ns/structure/1.0"><text/></element>
                """);

        SchemaStore.Added added = new SchemaStore(store()).add(dir.resolve("src/my.rng"), "https://example.org/schemas/my.rng");

        assertThat(added.warnings()).isEmpty();
        assertThat(added.parts()).extracting(SchemaStore.Part::address).containsExactly(
                "https://example.org/schemas/parts/common.rng", "https://example.org/shared/note.rng");
        assertThat(new SchemaStore(store()).entries()).containsEntry("https://example.org/schemas/my.rng", "my/src/my.rng")
                .containsEntry("https://example.org/schemas/parts/common.rng", "my/src/parts/common.rng")
                .containsEntry("https://example.org/shared/note.rng", "my/shared/note.rng");
        assertThat(new SchemaStore(store()).partsOf()).isEqualTo(Map.of(
                "https://example.org/schemas/parts/common.rng", "https://example.org/schemas/my.rng",
                "https://example.org/shared/note.rng", "https://example.org/schemas/my.rng"));

        String model = "https://example.org/schemas/my.rng\" " + RNG_MODEL;
        assertThat(validate(document("valid.xml", model, "<body>x</body><note>y</note>"))).isEmpty();
        // the parts are really used: a document the included part's definitions reject fails
        assertThat(validate(document("invalid.xml", model, "<body>x</body>"))).isNotEmpty()
                .noneSatisfy(d -> assertThat(d.rule()).startsWith("schema."));
        // a part's address is mapped too: a document naming it directly finds the stored part
        Path note = write("docs/note.xml", "<?xml-model href=\"https://example.org/shared/note.rng\" " + RNG_MODEL + "\"?>\n"
                + "<note xmlns=\"" + TEI + "\">n</note>\n");
        assertThat(validate(note)).isEmpty();
    }

    @Test
    void anRncWithAnIncludeBringsThePartAndPassesOverCommentsAndStrings() throws Exception {
        write("main.rnc", """
                default namespace = "http://www.tei-c.org/ns/1.0"
                # include "commented-out.rnc" is no reference
                include "part.rnc" {
                  start = element TEI { body }
                }
                x = element include { "external \\"nothing.rnc\\"" }
                """.replace("\\\"", "'"));
        write("part.rnc", """
                default namespace = "http://www.tei-c.org/ns/1.0"
                start = notAllowed
                body = element body { text }
                """);

        SchemaStore.Added added = new SchemaStore(store()).add(dir.resolve("main.rnc"), "https://example.org/main.rnc");

        assertThat(added.parts()).extracting(SchemaStore.Part::address).containsExactly("https://example.org/part.rnc");
        String model = "https://example.org/main.rnc\" type=\"application/relax-ng-compact-syntax";
        assertThat(validate(document("valid.xml", model, "<body>x</body>"))).isEmpty();
        assertThat(validate(document("invalid.xml", model, "<note/>"))).isNotEmpty()
                .noneSatisfy(d -> assertThat(d.rule()).startsWith("schema."));
    }

    @Test
    void anXsdWithAnIncludeAndAnImportBringsBothParts() throws Exception {
        write("tei.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.tei-c.org/ns/1.0"
                    xmlns:t="http://www.tei-c.org/ns/1.0" xmlns:o="urn:example:other" elementFormDefault="qualified">
                  <xs:include schemaLocation="tei-types.xsd"/>
                  <xs:import namespace="urn:example:other" schemaLocation="other/other.xsd"/>
                  <xs:element name="TEI"><xs:complexType><xs:sequence>
                    <xs:element name="body" type="t:bodyType"/><xs:element ref="o:extra"/>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """);
        write("tei-types.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.tei-c.org/ns/1.0">
                  <xs:simpleType name="bodyType"><xs:restriction base="xs:string"><xs:maxLength value="5"/></xs:restriction></xs:simpleType>
                </xs:schema>
                """);
        write("other/other.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:example:other">
                  <xs:element name="extra" type="xs:string"/>
                </xs:schema>
                """);

        SchemaStore.Added added = new SchemaStore(store()).add(dir.resolve("tei.xsd"), "https://example.org/xsd/tei.xsd");

        assertThat(added.parts()).extracting(SchemaStore.Part::address).containsExactly(
                "https://example.org/xsd/tei-types.xsd", "https://example.org/xsd/other/other.xsd");
        String model = "https://example.org/xsd/tei.xsd\" schematypens=\"http://www.w3.org/2001/XMLSchema";
        String other = "<o:extra xmlns:o=\"urn:example:other\">e</o:extra>";
        assertThat(validate(document("valid.xml", model, "<body>x</body>" + other))).isEmpty();
        assertThat(validate(document("invalid.xml", model, "<body>too long</body>" + other))).isNotEmpty()
                .noneSatisfy(d -> assertThat(d.rule()).startsWith("schema."));
    }

    @Test
    void aSchematronWithAnIncludeBringsThePart() throws Exception {
        write("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
                  <pattern><include href="rules/needs-body.sch"/></pattern>
                </schema>
                """);
        write("rules/needs-body.sch", """
                <rule xmlns="http://purl.oclc.org/dsdl/schematron" context="tei:TEI">
                  <assert test="tei:body" id="needs-body">A TEI needs a body.</assert>
                </rule>
                """);

        SchemaStore.Added added = new SchemaStore(store()).add(dir.resolve("rules.sch"), "https://example.org/rules.sch");

        assertThat(added.parts()).extracting(SchemaStore.Part::address).containsExactly("https://example.org/rules/needs-body.sch");
        String model = "https://example.org/rules.sch\" schematypens=\"http://purl.oclc.org/dsdl/schematron";
        assertThat(validate(document("valid.xml", model, "<body/>"))).isEmpty();
        assertThat(validate(document("invalid.xml", model, "<note/>"))).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("A TEI needs a body."));
    }

    @Test
    void aMissingPartFailsNamingItsPlaceAndLeavesTheStoreAsItWas() throws Exception {
        write("first.rnc", "start = element a { text }\n");
        SchemaStore schemas = new SchemaStore(store());
        schemas.add(dir.resolve("first.rnc"), "https://example.org/first.rnc");
        Map<Path, String> before = snapshot(store());
        Path main = write("main.rnc", "start = element a { b }\ninclude \"present.rnc\"\n");
        write("present.rnc", "b = text\ninclude \"sub/missing.rnc\"\n");

        Throwable failure = catchThrowable(() -> schemas.add(main, "https://example.org/main.rnc"));

        assertThat(failure).isInstanceOf(IOException.class).hasMessage(dir.resolve("present.rnc") + ":2: not added: the schema refers to "
                + "sub/missing.rnc, which does not exist (" + dir.resolve("sub/missing.rnc") + "); a schema's parts go beside it");
        assertThat(snapshot(store())).isEqualTo(before);
    }

    @Test
    void anAbsoluteReferenceIsNeverFetchedAndIsAWarningUnlessACatalogMapsIt() throws Exception {
        Path main = write("web.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="https://elsewhere.example/base.rng"/>
                  <start><externalRef href="%s"/></start>
                </grammar>
                """.formatted(TeiValidator.PROJECT_RNG));
        SchemaStore.Added added;
        try (NoNetwork network = new NoNetwork()) {
            added = new SchemaStore(store()).add(main, "https://example.org/web.rng");
            assertThat(network.attempts()).isEmpty();
        }
        // the project's own schema is mapped by the project catalog: only the unmapped address is named
        assertThat(added.warnings()).containsExactly(main + ":2: warning: Schema part https://elsewhere.example/base.rng is not "
                + "available locally (teikit never reads from the network; add a local copy once with: "
                + "teikit schemas add FILE --as https://elsewhere.example/base.rng)");
        assertThat(added.parts()).isEmpty();
    }

    @Test
    void anXsdImportOfAnAddressIsWarnedInTheXsdValidatorsWords() throws Exception {
        Path main = write("web.xsd", """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:import namespace="urn:x" schemaLocation="http://example.org/part.xsd"/>
                </xs:schema>
                """);
        assertThat(new SchemaStore(store()).add(main, "https://example.org/web.xsd").warnings()).singleElement()
                .satisfies(w -> assertThat(w).startsWith(main + ":2: warning: ")
                        .contains("http://example.org/part.xsd, which is not available offline")
                        .contains("teikit schemas add FILE --as http://example.org/part.xsd"));
    }

    @Test
    void aCycleEndsAndAPartNamedTwiceIsStoredOnce() throws Exception {
        Path a = write("a.rnc", "include \"b.rnc\"\ninclude \"./b.rnc\"\nstart = element a { text }\n");
        write("b.rnc", "include \"a.rnc\"\ninclude \"c/../a.rnc\"\n");
        SchemaStore.Added added = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new SchemaStore(store()).add(a, "https://example.org/a.rnc"));
        assertThat(added.parts()).extracting(SchemaStore.Part::address).containsExactly("https://example.org/b.rnc");
        try (Stream<Path> files = Files.walk(store())) {
            assertThat(files.filter(Files::isRegularFile).map(p -> store().relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrder("catalog.xml", ".lock", "a/a.rnc", "a/b.rnc"); // .lock: adds take turns
        }
    }

    @Test
    void addingASchemaAgainReplacesItsFolderAndItsParts() throws Exception {
        write("main.rnc", "include \"old.rnc\"\nstart = element a { text }\n");
        write("old.rnc", "x = text\n");
        SchemaStore schemas = new SchemaStore(store());
        schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc");
        write("main.rnc", "include \"new.rnc\"\nstart = element a { text }\n");
        write("new.rnc", "x = text\n");

        schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc");

        assertThat(schemas.entries()).isEqualTo(Map.of("https://example.org/main.rnc", "main/main.rnc",
                "https://example.org/new.rnc", "main/new.rnc"));
        assertThat(store().resolve("main/old.rnc")).doesNotExist();
        try (Stream<Path> top = Files.list(store())) {
            assertThat(top.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("catalog.xml", ".lock", "main");
        }
    }

    @Test
    void aSchemaAddedAgainWithoutItsPartsLeavesNoFolderBehind() throws Exception {
        write("main.rnc", "include \"old.rnc\"\nstart = element a { text }\n");
        write("old.rnc", "x = text\n");
        SchemaStore schemas = new SchemaStore(store());
        schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc");
        write("main.rnc", "start = element a { text }\n");

        schemas.add(dir.resolve("main.rnc"), "https://example.org/main.rnc");

        assertThat(schemas.entries()).isEqualTo(Map.of("https://example.org/main.rnc", "main.rnc"));
        assertThat(store().resolve("main")).doesNotExist();
    }

    private static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                files.put(folder.relativize(p), Files.isRegularFile(p) ? Files.readString(p) : "(folder)");
            }
        }
        return files;
    }
}
