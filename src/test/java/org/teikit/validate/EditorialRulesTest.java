package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Diagnostic;

/**
 * Each fixture under validate/editorial/ triggers one rule of teikit-editorial.sch and says, in a
 * {@code <?teikit-expect RULE LINE:COLUMN [warning]?>} instruction, where the first report must be
 * (an error unless it says warning).
 */
class EditorialRulesTest {

    private static final Pattern EXPECT = Pattern.compile("<\\?teikit-expect (\\S+) (\\d+):(\\d+)(?: (warning))?\\?>");
    private static final TeiValidator EDITORIAL = TeiValidator.builder().schemaStore(Path.of("target/no-schema-store"))
            .schema(TeiValidator.PROJECT_SCHEMATRON).build();

    @TestFactory
    Stream<DynamicTest> everyRuleHasAFixtureThatTriggersItWhereExpected() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(Fixtures.resource("editorial"))) {
            fixtures = s.sorted().toList();
        }
        assertThat(fixtures).hasSize(ruleIds().size());
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Matcher m = EXPECT.matcher(Files.readString(f));
            assertThat(m.find()).as("expectation in " + f).isTrue();
            List<Diagnostic> d = EDITORIAL.validate(f).diagnostics();
            assertThat(d).isNotEmpty();
            assertThat(d).allSatisfy(x -> assertThat(x.rule()).isEqualTo(m.group(1)));
            assertThat(d.get(0).line()).isEqualTo(Integer.parseInt(m.group(2)));
            assertThat(d.get(0).column()).isEqualTo(Integer.parseInt(m.group(3)));
            assertThat(d.get(0).xpath()).startsWith("/tei:TEI[1]");
            assertThat(d.get(0).severity()).isEqualTo(
                    m.group(4) == null ? org.teikit.Severity.ERROR : org.teikit.Severity.WARNING);
        }));
    }

    @Test
    void everyRuleIdHasAFixture() throws IOException {
        for (String id : ruleIds()) {
            assertThat(Fixtures.resource("editorial").resolve(id + ".xml")).exists();
        }
    }

    @Test
    void theReferenceShapeAndTheMinimalDocumentPassTheEditorialRules() {
        assertThat(EDITORIAL.validate(Fixtures.project("tei/reference/teikit-shape.xml")).diagnostics()).isEmpty();
        assertThat(EDITORIAL.validate(Fixtures.resource("rng/valid-minimal.xml")).diagnostics()).isEmpty();
    }

    /**
     * Findings name their place as XPath's path() would (teikit's schema writes it with a table of
     * element positions made once per document, where path() counts siblings for every finding):
     * same-named siblings only are counted, attributes and namespaces as path() writes them.
     */
    @Test
    void findingsAreLocatedAsPathWouldLocateThem(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path tei = Files.writeString(tmp.resolve("places.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><div>
                <p>one</p><head>h</head><p>two <date when="1956-02-30">then</date></p>
                <p><name>n</name><persName ref="#nobody">A</persName> and <persName ref="#none">B</persName></p>
                </div></body></text></TEI>
                """);

        List<Diagnostic> found = EDITORIAL.validate(tei).diagnostics();

        String div = "/tei:TEI[1]/tei:text[1]/tei:body[1]/tei:div[1]";
        assertThat(found).filteredOn(d -> d.rule().equals("teikit.when-iso")).singleElement()
                .satisfies(d -> assertThat(d.xpath()).isEqualTo(div + "/tei:p[2]/tei:date[1]/@when"));
        assertThat(found).filteredOn(d -> d.rule().equals("teikit.name-ref-resolves")).extracting(Diagnostic::xpath)
                .containsExactly(div + "/tei:p[3]/tei:persName[1]", div + "/tei:p[3]/tei:persName[2]");
        assertThat(found).filteredOn(d -> d.rule().equals("teikit.name-ref-resolves")).extracting(Diagnostic::line)
                .containsOnly(3);
    }

    private static List<String> ruleIds() throws IOException {
        String sch = Files.readString(Fixtures.project("schemas/teikit-editorial.sch"));
        return Pattern.compile("id=\"(teikit\\.[a-z-]+)\"").matcher(sch).results().map(r -> r.group(1)).toList();
    }
}
