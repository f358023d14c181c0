package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teikit.render.html.HtmlTestSupport.nuErrors;
import static org.teikit.render.html.HtmlTestSupport.parse;
import static org.teikit.render.html.HtmlTestSupport.xpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.teikit.render.ParsedTei;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xmlunit.xpath.XPathEngine;

/** Hand-encoded TEI beyond teikit's shape: common P5 vocabulary, hostile input. */
class HtmlAnyTeiTest {

    static final Path FIXTURES = Path.of("src/test/resources/render/html");
    static HtmlRenderer renderer;
    final XPathEngine xp = xpath();

    @BeforeAll
    static void setUp() {
        renderer = new HtmlRenderer();
    }

    static String render(Path tei) throws IOException {
        return renderer.renderToString(tei.toUri().toString(), Files.readAllBytes(tei),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
    }

    static XdmNode parseTei(Path tei) throws IOException {
        return ParsedTei.parse(renderer.processor(), tei.toString(), tei.toUri().toString(), Files.readAllBytes(tei))
                .document().orElseThrow();
    }

    private String text(String expr, Document page) {
        return xp.evaluate(expr, page).replaceAll("\\s+", " ").strip();
    }

    @Test
    void commonVocabularyIsRendered() throws IOException {
        Path tei = FIXTURES.resolve("any-tei.xml");
        String html = render(tei);
        Document page = parse(html);
        assertThat(nuErrors(html)).isEmpty();
        assertThat(TextAccounting.missing(TextAccounting.teiWords(parseTei(tei)), TextAccounting.htmlWords(page))).isEmpty();

        assertThat(text("//h:h1", page)).isEqualTo("Letters of an Invented Harbour Master");
        assertThat(text("(//h:span[@class='choice'])[1]/h:span[contains(@class,'choice-shown')]", page)).isEqualTo("ships");
        assertThat(text("(//h:span[@class='choice'])[2]/h:span[contains(@class,'choice-shown')]", page)).isEqualTo("Captain");
        assertThat(text("//h:span[@class='choice'][1]/@title", page)).isEqualTo("sic: shipps");
        assertThat(text("//h:del", page)).isEqualTo("never");
        assertThat(text("//h:ins", page)).isEqualTo("often");
        assertThat(text("//h:span[@class='app']/h:span[@class='lem']", page)).isEqualTo("blue");
        assertThat(text("//h:span[@class='app']//h:span[@class='rdg']", page)).isEqualTo("grey");
        assertThat(text("//h:span[@lang='de']", page)).isEqualTo("Hafen");
        assertThat(text("//*[contains(@class,'note-inline')]", page)).isEqualTo("(so in the letter)");
        assertThat(text("//*[contains(@class,'note-margin')]", page)).isEqualTo("Margin remark.");
        assertThat(text("//h:ol/h:li[@class='list-other']/h:span[@class='pb']", page)).isEqualTo("p. 7");
        assertThat(text("//h:table/h:caption", page)).isEqualTo("Tonnage");
        assertThat(text("count(//h:table//h:th)", page)).isEqualTo("2");
        assertThat(text("//h:td[@colspan='2']", page)).isEqualTo("total unknown");
        assertThat(text("//h:figure/h:img/@src", page)).isEqualTo("harbour.png");
        assertThat(text("//h:figure/h:img/@alt", page)).isEqualTo("A drawing of the invented harbour.");
        assertThat(text("count(//h:div[contains(@class,'lg')]/h:div[@class='l'])", page)).isEqualTo("2");
        assertThat(text("//*[@class='tei-madeUpElement']", page)).isEqualTo("invented element text");
        assertThat(text("//h:a[text()='to the chapter']/@href", page)).isEqualTo("#ch1");
        assertThat(text("//h:a[text()='see note a']/@href", page)).isEqualTo("#fn-fa");
        assertThat(text("//h:a[contains(@class,'placeName')]/@href", page)).isEqualTo("#pl1");
        assertThat(text("//h:time[@datetime='1850-01']", page)).isEqualTo("early 1850");
        // Footnote labels: the source's @n, else counted in order.
        assertThat(xp.selectNodes("//h:sup[@class='fn-call']/h:a", page)).extracting(Node::getTextContent)
                .containsExactly("a", "2", "b", "4");
        assertAllFootnotesLinked(page, 4);
    }

    @Test
    void hostileTeiNeverBecomesActiveHtml() throws IOException {
        String html = render(FIXTURES.resolve("unsafe.xml"));
        Document page = parse(html);
        assertThat(nuErrors(html)).isEmpty();
        assertInert(page);
        assertThat(text("count(//h:a[@href])", page)).isEqualTo("2"); // the skip link and the one https link
        assertThat(text("//h:a[@class='ref']/@href", page)).isEqualTo("https://example.org/safe");
        assertThat(text("//h:h1", page)).isEqualTo("<script>alert('title')</script> An unsafe document");
        assertThat(text("count(//h:img)", page)).isEqualTo("0");
        assertThat(html).doesNotContain("alert('xhtml script')").doesNotContain("display: none");
        assertThat(text("//h:p[2]", page)).contains("xhtml link text").contains("svg text");
    }

    @Test
    void identifiersUsedTwiceOrLikeThePagesOwnAreWrittenOnce() throws IOException {
        String html = render(FIXTURES.resolve("duplicate-ids.xml"));
        Document page = parse(html);
        assertThat(nuErrors(html)).isEmpty();
        assertAllFootnotesLinked(page, 2);
        // The first holder of an id keeps it; a link to the id goes to the first holder.
        assertThat(text("local-name(//*[@id='a'])", page)).isEqualTo("section");
        assertThat(text("//h:a[text()='a link to the first']/@href", page)).isEqualTo("#a");
        assertThat(text("//h:li[@id='fn-n1']", page)).contains("The first note n1.");
        assertThat(text("//h:li[starts-with(@id,'fn-tk-note-')]", page)).contains("The second note n1.");
        // Ids that begin like the page's own are not written, and links to them go nowhere.
        assertThat(text("//h:main/@id", page)).isEqualTo("tk-main");
        assertThat(text("count(//h:a[text()='with a link to it']/@href)", page)).isEqualTo("0");
        assertThat(text("count(//*[contains(@id, ' ')])", page)).isEqualTo("0");
        // Nothing of the text is lost by it.
        Path tei = FIXTURES.resolve("duplicate-ids.xml");
        assertThat(TextAccounting.missing(TextAccounting.teiWords(parseTei(tei)), TextAccounting.htmlWords(page))).isEmpty();
    }

    @Test
    void blocksWhereAPhraseStandsMakeTheirPhrasesBlocksToo() throws IOException {
        Path tei = FIXTURES.resolve("misplaced-blocks.xml");
        String html = render(tei);
        // A div inside a p or a span is not parsed as written: the checker reports it, and the page
        // a browser builds is not the one that was written.
        assertThat(nuErrors(html)).isEmpty();
        Document page = parse(html);
        assertThat(text("count(//h:p//h:div | //h:span//h:div | //h:span//h:p)", page)).isEqualTo("0");
        // The phrase-level forms stay phrases inside a paragraph.
        assertThat(text("local-name(//*[contains(@class,'docDate')])", page)).isEqualTo("span");
        assertThat(text("local-name(//*[normalize-space()='stage direction'])", page)).isEqualTo("span");
        assertThat(text("local-name(//*[normalize-space()='stage direction']/..)", page)).isEqualTo("p");
        assertThat(TextAccounting.missing(TextAccounting.teiWords(parseTei(tei)), TextAccounting.htmlWords(page))).isEmpty();
    }

    /** No script but the edition's own, no event handler, no style, no embedding, no unsafe URL. */
    static void assertInert(Document page) {
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String name = e.getLocalName();
            assertThat(name).as("embedding element").isNotIn("object", "embed", "iframe", "frame", "applet", "param", "svg", "math", "form", "base");
            if (name.equals("script")) {
                assertThat(e.getAttribute("src")).isEqualTo("teikit.js");
                assertThat(e.getTextContent()).isEmpty();
            }
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                Node attr = e.getAttributes().item(a);
                String attrName = attr.getNodeName().toLowerCase(java.util.Locale.ROOT);
                assertThat(attrName).as("attribute on " + name).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
                if (attrName.equals("href") || attrName.equals("src") || attrName.equals("action")) {
                    assertThat(attr.getNodeValue().strip().toLowerCase(java.util.Locale.ROOT))
                            .as(attrName + " on " + name)
                            .matches("^(#|https?:|mailto:|[^:]*$).*");
                }
            }
        }
    }

    /** Every call links to an existing note whose back link returns to that call; n calls in all. */
    static void assertAllFootnotesLinked(Document page, int expected) {
        Map<String, Element> byId = new HashMap<>();
        NodeList all = page.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("id")) {
                assertThat(byId.put(e.getAttribute("id"), e)).as("duplicate id " + e.getAttribute("id")).isNull();
            }
        }
        int calls = 0;
        for (Element e : byId.values()) {
            if (e.getLocalName().equals("a") && e.getAttribute("id").startsWith("fnref-")) {
                calls++;
                Element note = byId.get(e.getAttribute("href").substring(1));
                assertThat(note).as("note of call " + e.getAttribute("id")).isNotNull();
                assertThat(note.getLocalName()).isEqualTo("li");
                Element back = (Element) note.getElementsByTagNameNS("*", "a").item(0);
                assertThat(back.getAttribute("href")).isEqualTo("#" + e.getAttribute("id"));
                assertThat(back.getTextContent()).isEqualTo(e.getTextContent());
            }
        }
        assertThat(calls).isEqualTo(expected);
        long notes = byId.keySet().stream().filter(id -> id.startsWith("fn-")).count();
        assertThat(notes).isEqualTo(expected);
    }
}
