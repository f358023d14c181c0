package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.teikit.render.html.HtmlTestSupport.nuErrors;
import static org.teikit.render.html.HtmlTestSupport.parse;
import static org.teikit.render.html.HtmlTestSupport.xpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.render.RenderException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.xpath.XPathEngine;

/** The HTML edition of teikit's own TEI shape (tei/reference/teikit-shape.xml). */
class HtmlRendererTest {

    static final Path SHAPE = Path.of("tei/reference/teikit-shape.xml");
    static final Path FIXTURES = Path.of("src/test/resources/render/html");

    static HtmlRenderer renderer;
    static String shapeHtml;
    static Document shape;
    final XPathEngine xp = xpath();

    @BeforeAll
    static void renderShape() throws IOException {
        renderer = new HtmlRenderer();
        shapeHtml = renderer.renderToString(SHAPE.toUri().toString(), Files.readAllBytes(SHAPE),
                HtmlOptions.defaults().withTeiHref("teikit-shape.xml").withPdfHref("teikit-shape.pdf")
                        .withAccessDate(LocalDate.of(2026, 2, 3)));
        shape = parse(shapeHtml);
    }

    private String text(String expr) {
        return xp.evaluate(expr, shape).replaceAll("\\s+", " ").strip();
    }

    private int count(String expr) {
        return Integer.parseInt(xp.evaluate("count(" + expr + ")", shape));
    }

    @Test
    void headerPanelShowsEveryHeaderField() {
        assertThat(text("//h:h1")).startsWith("Telegram, Ambassador Ilse Varga");
        assertThat(text("//h:title")).isEqualTo(text("//h:h1"));
        assertThat(text("//h:div[@class='field field-date']/h:dd/h:time/@datetime")).isEqualTo("1958-05-03");
        assertThat(text("//h:div[@class='field field-date']/h:dd")).isEqualTo("3 May 1958");
        assertThat(text("//h:div[@class='field field-doc-type']/h:dd")).isEqualTo("Telegram");
        assertThat(text("//h:div[@class='field field-archive']/h:dd")).isEqualTo("Archive of Foreign Policy of the Russian Federation (AVPRF)");
        assertThat(text("//h:div[@class='field field-reference']/h:dd")).isEqualTo("AVPRF f. 0200, op. 12, 1958, p. 7, d. 3, l. 14-15");
        assertThat(text("//h:div[@class='field field-language']/h:dd")).isEqualTo("German");
        assertThat(text("//h:div[@class='field field-translator']/h:dd")).isEqualTo("Marta Kowalczyk");
        assertThat(text("//h:div[@class='field field-source']/h:dd")).contains("Collected Invented Telegrams");
        assertThat(text("//h:div[@class='field field-funder']/h:dd")).isEqualTo("The Example Foundation");
        assertThat(text("//h:div[@class='field field-rights']/h:dd")).contains("welcomes reuse");
        assertThat(text("//h:div[@class='field field-classification']/h:dd")).isEqualTo("Top Secret");
        assertThat(text("//h:section[@class='summary']/h:p")).startsWith("An invented telegram");
    }

    @Test
    void textKeepsTheStructureOfTheDocument() {
        assertThat(count("//h:section[contains(@class,'div-document')]")).isEqualTo(1);
        assertThat(text("//h:div[@class='opener']/h:p[@class='dateline']")).isEqualTo("Lorvan, 3 May 1958");
        assertThat(text("//h:div[@class='opener']//h:span[contains(@class,'seg-copy')]")).isEqualTo("Copy No. 2");
        assertThat(text("//h:section[contains(@class,'div-document')]/h:h2")).isEqualTo("Ambassador Varga to the Ministry, 3 May 1958");
        assertThat(count("//h:div[@id='tk-text']//h:p[@class='p']")).isEqualTo(6);
        assertThat(text("//h:blockquote/h:p")).startsWith("A quoted block");
        assertThat(count("//h:div[@id='tk-text']//h:ul/h:li")).isEqualTo(2);
        assertThat(text("//h:div[@class='closer']/h:p[@class='signed']")).isEqualTo("I. Varga");
        assertThat(text("//h:div[@class='closer']//*[contains(@class,'note-distribution')]")).startsWith("Sent to comrades");
        assertThat(text("//h:time[@datetime='1957-11-02']")).isEqualTo("2 November 1957");
        assertThat(text("//h:span[@class='name placeName']")).isEqualTo("Lorvan");
    }

    @Test
    void editorialMarkupIsDrawnForTheReader() {
        String supplied = "//h:span[contains(@class,'supplied')]";
        assertThat(text(supplied)).isEqualTo("[Lorvanian]");
        assertThat(text(supplied + "/@title")).contains("Supplied by").contains("clarification");
        assertThat(text("//h:span[contains(@class,'gap-omitted')]")).isEqualTo("[…]");
        assertThat(text("//h:span[contains(@class,'gap-illegible')]")).isEqualTo("[… illegible, 1 word]");
        assertThat(text("//h:span[contains(@class,'gap-illegible')]/@title")).contains("illegible");
        assertThat(text("//h:span[@class='sic']")).isEqualTo("recieved [sic]");
        assertThat(text("//h:span[@class='pb']/h:span[@class='marker']")).isEqualTo("p. 2");
        assertThat(text("//h:span[@class='hi rend-underline']")).isEqualTo("trade");
    }

    @Test
    void everyFootnoteCallLinksToItsNoteAndBack() {
        List<Node> calls = new ArrayList<>();
        xp.selectNodes("//h:sup[@class='fn-call']/h:a", shape).forEach(calls::add);
        assertThat(calls).hasSize(2);
        for (Node call : calls) {
            String href = xp.evaluate("@href", call);
            String id = xp.evaluate("@id", call);
            assertThat(href).startsWith("#");
            Node note = xp.selectNodes("//h:li[@id='" + href.substring(1) + "']", shape).iterator().next();
            assertThat(xp.evaluate("h:a[@class='fn-back']/@href", note)).isEqualTo("#" + id);
            assertThat(xp.evaluate("h:a[@class='fn-back']", note)).isEqualTo(xp.evaluate(".", call));
        }
        assertThat(text("//h:li[@id='fn-note-1']/h:div")).isEqualTo("An invented office; no such ministry existed.");
        assertThat(count("//h:li[@id='fn-note-2']/h:div/h:p")).isEqualTo(2);
        assertThat(text("//h:sup/h:a[@href='#fn-note-2']")).isEqualTo("2");
    }

    @Test
    void citationProvenanceAndLinks() {
        assertThat(text("//h:meta[@name='citation_title']/@content")).startsWith("Telegram, Ambassador");
        assertThat(text("//h:meta[@name='citation_date']/@content")).isEqualTo("1958/05/03");
        assertThat(text("//h:meta[@name='citation_publisher']/@content")).isEqualTo("Invented Digital Archive");
        assertThat(text("//h:meta[@name='citation_pdf_url']/@content")).isEqualTo("teikit-shape.pdf");
        assertThat(text("//h:p[@id='tk-citation-text']"))
                .contains("“Telegram, Ambassador Ilse Varga")
                .contains("Translated by Marta Kowalczyk")
                .contains("https://archive.example.org/document/100042")
                .endsWith("Accessed February 3, 2026.");
        assertThat(count("//h:button[@data-copy='tk-citation-text']")).isEqualTo(1);
        assertThat(text("//h:ol[@class='changes']/h:li")).contains("Converted by teikit 0.1.0");
        assertThat(count("//h:a[@href='teikit-shape.xml']")).isEqualTo(1);
        assertThat(count("//h:a[@href='teikit-shape.pdf']")).isEqualTo(1);
    }

    @Test
    void pageIsSelfContainedAndLocked() {
        assertThat(text("//h:meta[@http-equiv='Content-Security-Policy']/@content"))
                .contains("default-src 'none'").contains("script-src 'self'");
        assertThat(text("//h:html/@lang")).isEqualTo("en");
        assertThat(count("//h:main")).isEqualTo(1);
        assertThat(count("//h:script[not(@src='teikit.js')]")).isZero();
        assertThat(count("//*[@style]")).isZero();
        assertThat(count("//h:link[@rel='stylesheet'][not(@href='teikit.css')]")).isZero();
        assertThat(shapeHtml).doesNotContain("http://fonts").doesNotContain("cdn");
    }

    @Test
    void nuHtmlCheckerFindsNoErrors() {
        assertThat(nuErrors(shapeHtml)).isEmpty();
    }

    @Test
    void renderWritesPageAndAssetsAndLinksTheSource(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site/teikit-shape.html");
        List<Diagnostic> diagnostics = renderer.render(SHAPE, out);
        assertThat(diagnostics).noneMatch(Diagnostic::isError);
        assertThat(out).exists();
        assertThat(dir.resolve("site/teikit.css")).exists();
        assertThat(dir.resolve("site/teikit.js")).exists();
        Document page = parse(Files.readString(out));
        String teiHref = xp.evaluate("//h:a[@type='application/tei+xml']/@href", page);
        assertThat(out.getParent().resolve(teiHref).normalize().toAbsolutePath())
                .isEqualTo(SHAPE.toAbsolutePath().normalize());
    }

    @Test
    void notWellFormedTeiIsADiagnosticWithLineAndColumn(@TempDir Path dir) {
        Path out = dir.resolve("broken.html");
        List<Diagnostic> diagnostics = renderer.render(FIXTURES.resolve("not-well-formed.xml"), out);
        assertThat(diagnostics).hasSize(1);
        Diagnostic d = diagnostics.get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.rule()).isEqualTo("xml.not-well-formed");
        assertThat(d.line()).isEqualTo(5);
        assertThat(d.column()).isPositive();
        assertThat(out).doesNotExist();
        RenderException e = assertThrows(RenderException.class,
                () -> renderer.renderToString("broken.xml", "<TEI><p></TEI>".getBytes()));
        assertThat(e.diagnostics()).singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(1));
    }

    @Test
    void nonTeiAndMissingFilesAreDiagnostics(@TempDir Path dir) {
        List<Diagnostic> notTei = renderer.render(FIXTURES.resolve("not-tei.xml"), dir.resolve("x.html"));
        assertThat(notTei).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("xslt.E0001");
            assertThat(d.message()).contains("Not a TEI document");
        });
        // A teiCorpus is not rendered as its first document, which would lose the others unsaid.
        List<Diagnostic> corpus = renderer.render(FIXTURES.resolve("tei-corpus.xml"), dir.resolve("c.html"));
        assertThat(corpus).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("xslt.E0001");
            assertThat(d.message()).contains("teiCorpus of 2 TEI documents", "teikit build DIR -o OUT", "--to pdf", "split the corpus");
        });
        assertThat(dir.resolve("c.html")).doesNotExist();
        List<Diagnostic> missing = renderer.render(dir.resolve("nope.xml"), dir.resolve("nope.html"));
        assertThat(missing).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("io.missing"));
        assertThat(dir.resolve("x.html")).doesNotExist();
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        byte[] tei = Files.readAllBytes(SHAPE);
        HtmlOptions options = HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3))
                .withTeiHref("teikit-shape.xml").withPdfHref("teikit-shape.pdf");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> renderer.renderToString(SHAPE.toUri().toString(), tei, options)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(shapeHtml);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
