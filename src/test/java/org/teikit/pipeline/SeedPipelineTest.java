package org.teikit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;
import org.teikit.render.pdf.PdfAssertions;
import org.teikit.render.pdf.PdfText;
import org.teikit.render.pdf.TeiExpectations;
import org.teikit.validate.TeiValidator;
import org.xmlunit.builder.Input;
import org.teikit.render.html.HtmlTestSupport;
import org.w3c.dom.Document;
import org.xmlunit.xpath.XPathEngine;

/**
 * The two archive exports (read from ../shared/seeds, never copied into the project) go through the
 * whole pipeline through the public facade: TEI valid against the project's schemas, its editorial
 * rules and TEI's own tei_all; an HTML page whose footnotes link to their calls and back; a PDF that
 * holds every paragraph and every footnote, each on its call's page.
 */
class SeedPipelineTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static Path shared;

    @TempDir
    static Path out;

    @BeforeAll
    static void locateShared() {
        shared = Path.of(System.getProperty("teikit.shared", "../shared"));
    }

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("teikit.shared", "../shared"), "seeds"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    private static Path tei(String seed) throws IOException {
        Path tei = out.resolve(seed.replace(".txt", ".xml"));
        if (!Files.exists(tei)) {
            Conversion conversion = TEIKIT.convert(shared.resolve("seeds").resolve(seed));
            assertThat(conversion.succeeded()).as("%s", conversion.report().diagnostics()).isTrue();
            Files.writeString(tei, conversion.tei());
        }
        return tei;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void teiIsValidAgainstTheProjectSchemasAndTeiAll(String seed) throws IOException {
        Path tei = tei(seed);
        assertThat(TEIKIT.validate(tei).diagnostics()).as("project schemas and editorial rules")
                .noneMatch(Diagnostic::isError);
        TeiValidator teiAll = TeiValidator.builder().schemaStore(out.resolve("no-store"))
                .schema(shared.resolve("schemas/tei-4.10.2/tei_all.rng")).build();
        assertThat(teiAll.validate(tei).diagnostics()).as("tei_all").isEmpty();
    }

    @Test
    void theHtmlOfSeed001HasSixFootnotesLinkedBothWays() throws IOException {
        String seed = seeds().filter(s -> s.startsWith("001_")).findFirst().orElseThrow();
        Path html = out.resolve("001.html");
        assertThat(TEIKIT.renderHtml(tei(seed), html)).noneMatch(Diagnostic::isError);
        String page = Files.readString(html);
        Document dom = HtmlTestSupport.parse(page);
        XPathEngine xpath = HtmlTestSupport.xpath();
        List<String> callTargets = new java.util.ArrayList<>();
        xpath.selectNodes("//h:a[@role='doc-noteref']/@href", Input.fromNode(dom).build())
                .forEach(n -> callTargets.add(n.getNodeValue()));
        assertThat(callTargets).containsExactly("#fn-note-1", "#fn-note-2", "#fn-note-3", "#fn-note-4",
                "#fn-note-5", "#fn-note-6");
        for (int n = 1; n <= 6; n++) {
            String note = "fn-note-" + n;
            String call = xpath.evaluate("//h:a[@href='#" + note + "']/@id", Input.fromNode(dom).build());
            assertThat(xpath.evaluate("count(//*[@id='" + note + "'])", Input.fromNode(dom).build())).isEqualTo("1");
            assertThat(xpath.evaluate("count(//*[@id='" + note + "']//h:a[@href='#" + call + "'])",
                    Input.fromNode(dom).build())).as("note %d links back to its call %s", n, call).isEqualTo("1");
        }
        assertThat(HtmlTestSupport.nuErrors(page)).as("Nu HTML Checker").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void thePdfHoldsEveryParagraphAndFootnoteOnItsCallsPage(String seed) throws Exception {
        Path tei = tei(seed);
        Path pdf = out.resolve(seed.replace(".txt", ".pdf"));
        assertThat(TEIKIT.renderPdf(tei, pdf, RenderOptions.defaults())).as("no errors, no missing glyphs")
                .noneMatch(d -> d.isError() || d.rule().equals("pdf.missing-glyph"));
        PdfText text = PdfText.of(Files.readAllBytes(pdf));
        TeiExpectations expected = TeiExpectations.of(tei);
        assertThat(expected.paragraphs()).hasSizeGreaterThan(5);
        assertThat(PdfAssertions.missingText(expected, text)).isEmpty();
        assertThat(PdfAssertions.misplacedFootnotes(expected, text)).isEmpty();
    }

}
