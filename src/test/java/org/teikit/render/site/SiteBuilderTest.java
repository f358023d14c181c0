package org.teikit.render.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teikit.render.html.HtmlTestSupport.nuErrors;
import static org.teikit.render.html.HtmlTestSupport.parse;
import static org.teikit.render.html.HtmlTestSupport.xpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.w3c.dom.Document;
import org.xmlunit.xpath.XPathEngine;

/** The static corpus site: pages, index with facets, names index, search index. */
class SiteBuilderTest {

    static final Path FIXTURES = Path.of("src/test/resources/render/html");

    @TempDir
    static Path out;
    static List<Diagnostic> diagnostics;
    static Document index;
    final XPathEngine xp = xpath();

    /** Invented documents for the site: the reference shape and the any-TEI fixture. */
    static List<Path> inputs() {
        return List.of(Path.of("tei/reference/teikit-shape.xml"), FIXTURES.resolve("any-tei.xml"),
                FIXTURES.resolve("not-well-formed.xml"));
    }

    @BeforeAll
    static void build() throws IOException {
        diagnostics = new SiteBuilder().build(inputs(), out);
        index = parse(Files.readString(out.resolve("index.html")));
    }

    private String text(String expr, Document page) {
        return xp.evaluate(expr, page).replaceAll("\\s+", " ").strip();
    }

    @Test
    void writesOnePagePerGoodDocumentAndReportsTheBadOne() {
        assertThat(out.resolve("teikit-shape.html")).exists();
        assertThat(out.resolve("any-tei.html")).exists();
        assertThat(out.resolve("tei/teikit-shape.xml")).exists();
        assertThat(out.resolve("not-well-formed.html")).doesNotExist();
        assertThat(diagnostics).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo("render.not-well-formed"));
        for (String asset : List.of("teikit.css", "teikit.js", "site.js", "search-index.js", "names.html")) {
            assertThat(out.resolve(asset)).exists();
        }
    }

    @Test
    void indexListsDocumentsByDateWithSummariesAndFacets() {
        assertThat(text("count(//h:table[@id='tk-documents']/h:tbody/h:tr)", index)).isEqualTo("2");
        // Sorted by date: 1958 before 2020.
        assertThat(text("//h:tbody/h:tr[1]/h:td[2]/h:a/@href", index)).isEqualTo("teikit-shape.html");
        assertThat(text("//h:tbody/h:tr[1]/h:td[1]/h:time/@datetime", index)).isEqualTo("1958-05-03");
        assertThat(text("//h:tbody/h:tr[1]/h:td[3]", index)).startsWith("An invented telegram");
        assertThat(text("//h:tbody/h:tr[2]/h:td[2]/h:a/@href", index)).isEqualTo("any-tei.html");
        assertThat(text("//h:button[@data-facet='year'][@data-value='1958']", index)).isEqualTo("1958");
        assertThat(text("//h:button[@data-facet='type'][@data-value='Telegram']", index)).isEqualTo("Telegram");
        assertThat(text("//h:button[@data-facet='language'][@data-value='German']", index)).isEqualTo("German");
        assertThat(text("count(//h:button[@data-facet='archive'])", index)).isEqualTo("1");
        assertThat(text("//h:input[@type='search']/@id", index)).isEqualTo("tk-search");
    }

    @Test
    void namesIndexLinksNamesToDocuments() throws IOException {
        Document names = parse(Files.readString(out.resolve("names.html")));
        assertThat(text("//h:section[@id='tk-placeName']//h:li[h:span='Lorvan']/h:a/@href", names)).isEqualTo("teikit-shape.html");
        assertThat(text("//h:section[@id='tk-placeName']//h:li[h:span='Grey Bay']/h:a/@href", names)).isEqualTo("any-tei.html");
        assertThat(text("//h:section[@id='tk-persName']//h:li[h:span='Jon']/h:a/@href", names)).isEqualTo("any-tei.html");
        assertThat(text("//h:section[@id='tk-orgName']//h:li[h:span='the Guild']/h:a/@href", names)).isEqualTo("any-tei.html");
    }

    @Test
    void searchIndexHoldsTheTextOfEveryDocument() throws IOException {
        String js = Files.readString(out.resolve("search-index.js"));
        assertThat(js).startsWith("/*").contains("window.teikitSearchIndex = [");
        assertThat(js).contains("\"href\":\"teikit-shape.html#tk-div-2-1-1\"").contains("river of friendship")
                .contains("An invented office") // footnote text is searchable
                .contains("invented element text").contains("A lettered footnote").contains("(so in the letter)");
    }

    @Test
    void everyPageLinksBackToTheIndexAndPassesTheNuChecker() throws IOException {
        for (String name : List.of("teikit-shape.html", "any-tei.html")) {
            Document page = parse(Files.readString(out.resolve(name)));
            assertThat(text("//h:nav//h:a/@href", page)).isEqualTo("index.html");
            assertThat(text("//h:a[@type='application/tei+xml']/@href", page)).isEqualTo("tei/" + name.replace(".html", ".xml"));
            assertThat(nuErrors(out.resolve(name))).as(name).isEmpty();
        }
        assertThat(nuErrors(out.resolve("index.html"))).isEmpty();
        assertThat(nuErrors(out.resolve("names.html"))).isEmpty();
    }
}
