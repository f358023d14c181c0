package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.teikit.render.html.HtmlTestSupport.nuErrors;
import static org.teikit.render.html.HtmlTestSupport.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.render.ParsedTei;
import org.w3c.dom.Document;

/** The FRUS volumes of ../shared/corpus/frus: hand-encoded TEI of hundreds of documents per file. */
class HtmlFrusTest {

    static HtmlRenderer renderer;

    @BeforeAll
    static void setUp() {
        renderer = new HtmlRenderer();
    }

    static Path volume(String name) {
        Path file = HtmlTestSupport.shared().resolve("corpus/frus").resolve(name + ".xml");
        assumeTrue(Files.isRegularFile(file), "FRUS corpus not found at " + file);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"frus1917-72PubDip", "frus1969-76ve09p1", "frus1964-68v18"})
    void volumeRendersWithEveryFootnoteLinkedAndNoTextLost(String name) throws IOException, SaxonApiException {
        Path file = volume(name);
        byte[] bytes = Files.readAllBytes(file);
        XdmNode tei = ParsedTei.parse(renderer.processor(), name, file.toUri().toString(), bytes).document().orElseThrow();
        int footnotes = renderer.processor().newXPathCompiler().evaluate(
                "count(//*:text//*:note[not(@place = ('inline', 'margin'))][not(ancestor::*:teiHeader)])", tei)
                .itemAt(0).getStringValue().transform(Integer::parseInt);
        String html = renderer.renderToString(file.toUri().toString(), bytes,
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
        Document page = parse(html);

        HtmlAnyTeiTest.assertAllFootnotesLinked(page, footnotes);
        assertThat(TextAccounting.missing(TextAccounting.teiWords(tei), TextAccounting.htmlWords(page))).isEmpty();
        HtmlAnyTeiTest.assertInert(page);
    }

    @Test
    void embeddedVideoPlayerOfPubDipIsInert() throws IOException {
        Path file = volume("frus1917-72PubDip");
        String html = renderer.renderToString(file.toUri().toString(), Files.readAllBytes(file));
        assertThat(html).doesNotContain("brightcove").doesNotContain("BrightcoveExperience").doesNotContain("<object")
                .doesNotContain("<param");
        assertThat(html).contains("[embedded object not shown]");
        HtmlAnyTeiTest.assertInert(parse(html));
    }

    @Test
    void nuHtmlCheckerAcceptsAVolume() throws IOException {
        Path file = volume("frus1917-72PubDip");
        String html = renderer.renderToString(file.toUri().toString(), Files.readAllBytes(file));
        assertThat(nuErrors(html)).isEmpty();
    }
}
