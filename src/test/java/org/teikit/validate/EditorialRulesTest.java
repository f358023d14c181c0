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

    private static List<String> ruleIds() throws IOException {
        String sch = Files.readString(Fixtures.project("schemas/teikit-editorial.sch"));
        return Pattern.compile("id=\"(teikit\\.[a-z-]+)\"").matcher(sch).results().map(r -> r.group(1)).toList();
    }
}
