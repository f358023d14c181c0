package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

/**
 * A user's Schematron runs arbitrary XPath over the document it validates: it may read files beside the
 * document, and nothing outside its folder.
 */
class SchematronConfinementTest {

    @TempDir
    Path tmp;

    @Test
    void rulesReadTheDocumentsFolderButNothingOutsideIt() throws Exception {
        Path edition = Files.createDirectories(tmp.resolve("edition"));
        Files.writeString(edition.resolve("neighbour.xml"), "<neighbour>ok</neighbour>");
        Files.writeString(tmp.resolve("secret.xml"), "<secret>password</secret>");
        Path document = Files.writeString(edition.resolve("letter.xml"), "<letter/>");
        Path schema = Files.writeString(Files.createDirectories(tmp.resolve("schemas")).resolve("rules.sch"), """
                <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <sch:pattern id="beside">
                    <sch:rule context="/*">
                      <sch:assert id="reads-neighbour" test="doc(resolve-uri('neighbour.xml', base-uri(/))) = 'ok'">the neighbour says ok</sch:assert>
                    </sch:rule>
                  </sch:pattern>
                  <sch:pattern id="outside">
                    <sch:rule context="/*">
                      <sch:assert id="reads-secret" test="doc(resolve-uri('../secret.xml', base-uri(/))) = 'nothing'">the secret is read</sch:assert>
                    </sch:rule>
                  </sch:pattern>
                </sch:schema>""");

        List<Diagnostic> found = TeiValidator.builder().schemaStore(tmp.resolve("store")).schema(schema.toString())
                .build().validate(document).diagnostics();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo(SchematronSchema.NOT_EVALUATED);
            assertThat(d.message()).contains("'outside'").contains("refused").contains("secret.xml")
                    .doesNotContain("password");
        });
    }
}
