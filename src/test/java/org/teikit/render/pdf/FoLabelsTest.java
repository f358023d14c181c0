package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** The FO's fixed words in the language of the labels option. */
class FoLabelsTest {

    private static final PdfRenderer RENDERER = PdfRenderer.create();
    private static final Path SHAPE = Path.of("tei/reference/teikit-shape.xml");

    private static XPathEngine xpath() {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"));
        return engine;
    }

    private static String fo(Path tei, String labels) throws Exception {
        PdfResult result = RENDERER.renderFo(tei, PdfOptions.builder().labels(labels).build());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        return new String(result.bytes(), StandardCharsets.UTF_8);
    }

    private static String at(String fo, String path) {
        return xpath().evaluate(path, Input.fromString(fo).build()).strip();
    }

    @Test
    void theGermanFoHasGermanLabels() throws Exception {
        String fo = fo(SHAPE, "de");
        assertThat(at(fo, "normalize-space(//fo:static-content[@flow-name = 'xsl-region-after']/fo:block)"))
                .isEqualTo("Seite von");
        assertThat(at(fo, "count(//fo:block[. = 'Regest'])")).isEqualTo("1");
        assertThat(at(fo, "count(//fo:block[. = 'Summary'])")).isEqualTo("0");
        assertThat(at(fo, "count(//fo:block[starts-with(., 'Datum')])")).isNotEqualTo("0");
        assertThat(at(fo, "/fo:root/@xml:lang")).isNotEqualTo("de"); // the text's language, not the labels'
    }

    /** The text's quoted phrases are in the marks of the text's language, not of the labels'. */
    @Test
    void quotedPhrasesHaveTheMarksOfTheTextsLanguage(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("q.xml");
        Files.writeString(tei, "<TEI xmlns='http://www.tei-c.org/ns/1.0' xml:lang='de'><teiHeader><fileDesc><titleStmt>"
                + "<title>Q</title></titleStmt><publicationStmt><p>QA.</p></publicationStmt><sourceDesc><p>QA.</p>"
                + "</sourceDesc></fileDesc></teiHeader><text><body><p>Er sagte <q>ja</q>, <q>sie sagte <q>nein</q></q>.</p>"
                + "</body></text></TEI>");
        // a phrase quoted inside another in the inner marks, as on the page
        assertThat(at(fo(tei, "en"), "normalize-space(//fo:flow)"))
                .contains("Er sagte \u201eja\u201c, \u201esie sagte \u201anein\u2018\u201c.");
    }

    @Test
    void anUnknownLanguageGivesTheEnglishFo() throws Exception {
        String english = fo(SHAPE, "en");
        assertThat(at(english, "normalize-space(//fo:static-content[@flow-name = 'xsl-region-after']/fo:block)"))
                .isEqualTo("Page of");
        assertThat(fo(SHAPE, "zz")).isEqualTo(english);
    }

    @Test
    void aDateBeforeYearOneIsBceAndInFrench(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("idus.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Idus</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>
                <profileDesc><creation><date when="-0044-03-15"/></creation></profileDesc></teiHeader>
                <text><body><p>Text.</p></body></text></TEI>""");
        assertThat(at(fo(tei, "en"), "count(//fo:block[. = '15 March 44 BCE'])")).isEqualTo("1");
        assertThat(at(fo(tei, "fr"), "count(//fo:block[. = '15 mars 44 av. J.-C.'])")).isEqualTo("1");
    }
}
