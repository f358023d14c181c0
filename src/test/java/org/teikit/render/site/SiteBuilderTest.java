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

    /** A name written decomposed (as macOS writes it) is the composed one; marks stay with their letters. */
    @Test
    void pageNamesAreComposedAndKeepCombiningMarks() {
        String composed = "caf\u00e9";
        String decomposed = "cafe\u0301";
        assertThat(SiteBuilder.pageName(decomposed)).isEqualTo(composed).isEqualTo(SiteBuilder.pageName(composed));
        assertThat(SiteBuilder.pageName("\u0939\u093f\u0928\u094d\u0926\u0940")).isEqualTo("\u0939\u093f\u0928\u094d\u0926\u0940");
        assertThat(SiteBuilder.pageName("a#b?c d")).isEqualTo("a-b-c-d");
        assertThat(SiteBuilder.pageName("index")).isEqualTo("doc-index");
    }

    /**
     * Names some file system or server would take for another or leave out: the site's own pages in
     * another case (Index.html is index.html on macOS and Windows), Windows's device names (con.html
     * cannot exist there), and hidden names (.x.html, which web servers and GitHub Pages do not serve).
     */
    @Test
    void pageNamesAreNeverHiddenAReservedNameOrASitePageInAnotherCase() {
        assertThat(SiteBuilder.pageName("Index")).isEqualTo("doc-Index");
        assertThat(SiteBuilder.pageName("NAMES")).isEqualTo("doc-NAMES");
        assertThat(SiteBuilder.pageName("con")).isEqualTo("doc-con");
        assertThat(SiteBuilder.pageName("Lpt1")).isEqualTo("doc-Lpt1");
        assertThat(SiteBuilder.pageName("console")).isEqualTo("console");
        assertThat(SiteBuilder.pageName(".hidden")).isEqualTo("-hidden");
        assertThat(SiteBuilder.pageName("...")).isEqualTo("-");
        assertThat(SiteBuilder.pageName("a.b")).isEqualTo("a.b");
        assertThat(SiteBuilder.pageName("v1.2.")).isEqualTo("v1.2.");
    }

    @Test
    void writesOnePagePerGoodDocumentAndReportsTheBadOne() {
        assertThat(out.resolve("teikit-shape.html")).exists();
        assertThat(out.resolve("any-tei.html")).exists();
        assertThat(out.resolve("tei/teikit-shape.xml")).exists();
        assertThat(out.resolve("not-well-formed.html")).doesNotExist();
        assertThat(diagnostics).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.rule()).isEqualTo("xml.not-well-formed"));
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
        // Disabled until the script enables them: without it, a summary rather than links that do nothing.
        assertThat(text("count(//h:button[@data-facet][not(@disabled)])", index)).isEqualTo("0");
        assertThat(text("//h:input[@type='search']/@id", index)).isEqualTo("tk-search");
    }

    @Test
    void namesIndexLinksNamesToDocuments() throws IOException {
        Document names = parse(Files.readString(out.resolve("names.html")));
        assertThat(text("//h:section[@id='tk-placeName']//h:li[h:span='Lorvan']/h:a/@href", names)).isEqualTo("teikit-shape.html");
        assertThat(text("//h:section[@id='tk-placeName']//h:li[h:span='Grey Bay']/h:a/@href", names)).isEqualTo("any-tei.html");
        // "Jon" points to the person p1, whose register name is "Jon Placeholder".
        assertThat(text("//h:section[@id='tk-persName']//h:li[h:span='Jon Placeholder']/h:a/@href", names)).isEqualTo("any-tei.html");
        assertThat(text("//h:section[@id='tk-orgName']//h:li[h:span='the Guild']/h:a/@href", names)).isEqualTo("any-tei.html");
    }

    @Test
    void searchIndexHoldsTheTextOfEveryDocument() throws IOException {
        String js = Files.readString(out.resolve("search-index.js"));
        assertThat(js).startsWith("/*").contains("window.teikitSearchIndex = (window.teikitSearchIndex || []).concat([");
        assertThat(js).contains("\"href\":\"teikit-shape.html#tk-div-1\"").contains("river of friendship")
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
    @Test
    void aLargeSiteSplitsItsSearchIndexAndAnEditRewritesOnlyItsPart(@TempDir Path dir) throws IOException {
        SiteBuilder site = new SiteBuilder();
        String one = site.page(Path.of("tei/reference/teikit-shape.xml"), dir.resolve("page"), "shape")
                .entry().orElseThrow();
        // Two files' worth of documents and one more: three search-index files.
        int per = SiteBuilder.SEARCH_FILE_DOCUMENTS;
        int total = 2 * per + 1;
        List<String> entries = new java.util.ArrayList<>();
        for (int i = 0; i < total; i++) {
            entries.add(one.replace("shape.html", "d" + i + ".html"));
        }
        Path big = dir.resolve("big");
        site.writeIndex(entries, big);
        assertThat(big.resolve("search-index.js")).content().contains("\"d0.html", "\"d" + (per - 1) + ".html")
                .doesNotContain("\"d" + per + ".html");
        assertThat(big.resolve("search-index-2.js")).content().contains("\"d" + per + ".html")
                .doesNotContain("\"d" + 2 * per + ".html");
        assertThat(big.resolve("search-index-3.js")).content().contains("\"d" + 2 * per + ".html");
        Document page = parse(Files.readString(big.resolve("index.html")));
        List<String> scripts = new java.util.ArrayList<>();
        xp.selectNodes("//h:script/@src", page).forEach(n -> scripts.add(n.getNodeValue()));
        assertThat(scripts).containsExactly("search-index.js", "search-index-2.js", "search-index-3.js", "site.js");

        // A document of the second file edited: only that file is written again, from the entries it holds.
        java.util.Set<Integer> asked = new java.util.TreeSet<>();
        long firstBefore = Files.getLastModifiedTime(big.resolve("search-index.js")).toMillis();
        Files.setLastModifiedTime(big.resolve("search-index.js"), java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(big.resolve("search-index-3.js"), java.nio.file.attribute.FileTime.fromMillis(0));
        int edited = per + per / 2;
        site.rewriteSearchIndex(total, java.util.Set.of(edited), i -> {
            asked.add(i);
            return i == edited ? entries.get(i).replace("river of friendship", "river of quillwort") : entries.get(i);
        }, big);
        assertThat(asked).hasSize(per).startsWith(per).endsWith(2 * per - 1);
        assertThat(big.resolve("search-index-2.js")).content().contains("river of quillwort");
        assertThat(Files.getLastModifiedTime(big.resolve("search-index.js")).toMillis()).isZero();
        assertThat(Files.getLastModifiedTime(big.resolve("search-index-3.js")).toMillis()).isZero();
        assertThat(firstBefore).isPositive();

        // Fewer documents: the files of the larger site are gone.
        site.writeIndex(entries.subList(0, per - 1), big);
        assertThat(big.resolve("search-index.js")).exists();
        assertThat(big.resolve("search-index-2.js")).doesNotExist();
        assertThat(big.resolve("search-index-3.js")).doesNotExist();
    }
    @Test
    void namesPointingToOneRegisterEntryAreListedOnceUnderItsName(@TempDir Path dir) throws IOException {
        Path tei = dir.resolve("volume.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A volume</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
                <text><front><div><list><item><persName xml:id="p_EL2">Eshkol, Levi</persName>, a prime minister</item></list>
                <listPerson><person xml:id="p2"><persName>Quill, Ada</persName><note>An invented envoy.</note></person></listPerson></div></front>
                <body><p><persName corresp="#p_EL2">Levi Eshkol</persName> wrote to <persName ref="#p2">Ada</persName>;
                <persName corresp="#p_EL2">Eshkol</persName> again; <persName ref="#nobody">Mr. Nobody</persName>.</p></body></text></TEI>
                """);
        Path site = dir.resolve("site");
        new SiteBuilder().build(List.of(tei), site);
        Document names = parse(Files.readString(site.resolve("names.html")));
        List<String> listed = new java.util.ArrayList<>();
        xp.selectNodes("//h:section[@id='tk-persName']//h:li/h:span", names).forEach(n -> listed.add(n.getTextContent()));
        // Both forms of Eshkol under the register's form, once; a pointer to nothing keeps the text.
        assertThat(listed).containsExactlyInAnyOrder("Eshkol, Levi", "Quill, Ada", "Mr. Nobody");
    }

    /** A referring string (rs) is listed by the entry it points to, else by its type; one that says neither is not. */
    @Test
    void referringStringsAreListedByTheirEntryOrType(@TempDir Path dir) throws IOException {
        Path tei = dir.resolve("rs.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Referring</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
                <profileDesc><particDesc><listPerson><person xml:id="p1"><persName>Quill, Ada</persName></person></listPerson></particDesc>
                <settingDesc><listPlace><place xml:id="pl1"><placeName>Grey Bay</placeName></place></listPlace></settingDesc></profileDesc></teiHeader>
                <text><body><p><rs ref="#p1">the envoy</rs> sailed from <rs type="place" ref="#pl1">the bay</rs> to
                <rs type="place">the far harbour</rs> with <rs type="org">the Guild</rs> and <rs>something</rs>.</p></body></text></TEI>
                """);
        Path site = dir.resolve("site");
        new SiteBuilder().build(List.of(tei), site);
        Document names = parse(Files.readString(site.resolve("names.html")));
        assertThat(texts("//h:section[@id='tk-persName']//h:li/h:span", names)).containsExactly("Quill, Ada");
        assertThat(texts("//h:section[@id='tk-placeName']//h:li/h:span", names)).containsExactly("Grey Bay", "the far harbour");
        assertThat(texts("//h:section[@id='tk-orgName']//h:li/h:span", names)).containsExactly("the Guild");
    }

    /**
     * The senders and addressees a letter's header names (correspDesc) are on the names page, linked
     * to the letter, once under each name even when the text names them too; they were left out.
     */
    @Test
    void sendersAndAddresseesOfALetterAreListed(@TempDir Path dir) throws IOException {
        Path tei = dir.resolve("letter.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
                <profileDesc><correspDesc>
                <correspAction type="sent"><persName ref="#p1">Ada Quill</persName><orgName>Harbour Board</orgName>
                <placeName>Grey Bay</placeName></correspAction>
                <correspAction type="received"><persName>Jon Placeholder</persName><placeName>Lorvan</placeName></correspAction>
                </correspDesc><particDesc><listPerson><person xml:id="p1"><persName>Quill, Ada</persName></person></listPerson></particDesc>
                </profileDesc></teiHeader>
                <text><body><p>Dear Jon, yours, <persName ref="#p1">Ada</persName>.</p></body></text></TEI>
                """);
        Path site = dir.resolve("site");
        new SiteBuilder().build(List.of(tei), site);
        Document names = parse(Files.readString(site.resolve("names.html")));
        assertThat(texts("//h:section[@id='tk-persName']//h:li/h:span", names)).containsExactly("Jon Placeholder", "Quill, Ada");
        assertThat(texts("//h:section[@id='tk-placeName']//h:li/h:span", names)).containsExactly("Grey Bay", "Lorvan");
        assertThat(texts("//h:section[@id='tk-orgName']//h:li/h:span", names)).containsExactly("Harbour Board");
        // Named in the header and in the text: the letter once under the name.
        assertThat(texts("//h:section[@id='tk-persName']//h:li[h:span='Quill, Ada']/h:a/@href", names)).containsExactly("letter.html");
        assertThat(texts("//h:section[@id='tk-orgName']//h:li[h:span='Harbour Board']/h:a/@href", names)).containsExactly("letter.html");
    }

    /** The searchable text keeps a passage's text and each of its footnotes apart. */
    @Test
    void searchTextKeepsTheTextAndEachFootnoteApart(@TempDir Path dir) throws IOException {
        Path tei = dir.resolve("notes.xml");
        Files.writeString(tei, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Notes</title></titleStmt>
                <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>The text ends<note place="foot">First note.</note> here.<note place="foot">Second note.</note></p></body></text></TEI>
                """);
        Path site = dir.resolve("site");
        new SiteBuilder().build(List.of(tei), site);
        assertThat(site.resolve("search-index.js")).content().contains("\"text\":\"The text ends here. First note. Second note.\"");
    }

    /**
     * A language given by its code alone takes the name other documents give that code: the facet had
     * "English" and "en" for one language, each filtering to part of its documents.
     */
    @Test
    void aLanguageGivenByItsCodeAloneIsNamedAsTheOtherDocumentsNameIt(@TempDir Path dir) throws IOException {
        List<Path> teis = new java.util.ArrayList<>();
        for (String language : List.of("<language ident=\"en\">English</language>", "<language ident=\"en\"/>",
                "<language ident=\"la\"/>")) {
            Path tei = dir.resolve("doc" + teis.size() + ".xml");
            Files.writeString(tei, """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Doc %d</title></titleStmt>
                    <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
                    <profileDesc><langUsage>%s</langUsage></profileDesc></teiHeader>
                    <text><body><p>Text.</p></body></text></TEI>
                    """.formatted(teis.size(), language));
            teis.add(tei);
        }
        Path site = dir.resolve("site");
        new SiteBuilder().build(teis, site);
        Document page = parse(Files.readString(site.resolve("index.html")));
        assertThat(texts("//h:button[@data-facet='language']", page)).containsExactly("English", "la");
        assertThat(texts("//h:tbody/h:tr/@data-language", page)).containsExactly("[\"English\"]", "[\"English\"]", "[\"la\"]");
    }

    /** Names, titles and facet values sort alphabetically, letters with marks among their base letters. */
    @Test
    void namesTitlesAndFacetsSortAlphabeticallyNotByCodePoint(@TempDir Path dir) throws IOException {
        List<Path> teis = alphabetDocuments(dir);
        Path site = dir.resolve("site");
        new SiteBuilder().build(teis, site);
        Document names = parse(Files.readString(site.resolve("names.html")));
        Document page = parse(Files.readString(site.resolve("index.html")));
        assertThat(texts("//h:section[@id='tk-persName']//h:li/h:span", names)).containsExactly("Ábel", "Ödön", "Zoltán");
        assertThat(texts("//h:tbody/h:tr/h:td[2]/h:a", page)).containsExactly("Äpfel list", "apple note", "Zebra memo");
        assertThat(texts("//h:button[@data-facet='archive']", page))
                .containsExactly("Archiv", "Öffentliches Archiv", "Zentralarchiv");
    }

    /**
     * Years before 1 (ISO 8601 "-0044", 44 BCE) sort in time order, most negative first, on the page
     * and in the year facet; as text, "-0044" came before "-0100". Undated documents stay last.
     */
    @Test
    void yearsBeforeOneSortInTimeOrder(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        new SiteBuilder().build(ancientDocuments(dir), site);
        Document page = parse(Files.readString(site.resolve("index.html")));
        assertThat(texts("//h:tbody/h:tr/h:td[2]/h:a", page))
                .containsExactly("Carthage", "Ides", "Year one", "Letter", "Undated");
        assertThat(texts("//h:tbody/h:tr/@data-date", page)).containsExactly("-0100", "-0044-03-15", "0001", "1891-05-03", "");
        // The facet shows a year before 1 as BCE; its value (what the script filters by) stays ISO.
        assertThat(texts("//h:button[@data-facet='year']", page)).containsExactly("100 BCE", "44 BCE", "0001", "1891");
        assertThat(texts("//h:button[@data-facet='year']/@data-value", page))
                .containsExactly("-0100", "-0044", "0001", "1891");
    }

    /** The index in German: its words, a date before 1, and the year facet. */
    @Test
    void theIndexInGerman(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        new SiteBuilder().withLabels("de").build(ancientDocuments(dir), site);
        Document page = parse(Files.readString(site.resolve("index.html")));
        assertThat(texts("/h:html/@lang", page)).containsExactly("de");
        assertThat(texts("//h:h2[@id = 'tk-documents-heading']", page)).containsExactly("Dokumente");
        assertThat(texts("//h:th", page)).startsWith("Datum", "Titel");
        assertThat(texts("//h:button[@data-facet='year']", page)).startsWith("100 v. Chr.", "44 v. Chr.");
        assertThat(texts("//h:p[@id = 'tk-search-status']/@data-nothing", page)).containsExactly("Nichts gefunden.");
        Document names = parse(Files.readString(site.resolve("names.html")));
        assertThat(texts("//h:h1", names)).containsExactly("Personen, Orte und Organisationen");
    }

    /** Five documents: of 1891, of the year 1, of 44 BCE, of 100 BCE and undated, in no order. */
    static List<Path> ancientDocuments(Path dir) throws IOException {
        List<Path> teis = new java.util.ArrayList<>();
        for (String[] doc : List.of(new String[] {"Letter", "<date when=\"1891-05-03\"/>"},
                new String[] {"Ides", "<date when=\"-0044-03-15\">15 March 44 BCE</date>"},
                new String[] {"Year one", "<date when=\"0001\"/>"}, new String[] {"Undated", ""},
                new String[] {"Carthage", "<date when=\"-0100\">100 BCE</date>"})) {
            Path tei = dir.resolve("ancient" + teis.size() + ".xml");
            Files.writeString(tei, """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
                    <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
                    <profileDesc><creation>%s</creation></profileDesc></teiHeader>
                    <text><body><p>Text.</p></body></text></TEI>
                    """.formatted(doc[0], doc[1]));
            teis.add(tei);
        }
        return teis;
    }

    /** Three documents of 1891 whose titles, names and archives begin with letters with and without marks. */
    static List<Path> alphabetDocuments(Path dir) throws IOException {
        List<Path> teis = new java.util.ArrayList<>();
        for (String[] doc : List.of(new String[] {"Zebra memo", "Zoltán", "Zentralarchiv"},
                new String[] {"Äpfel list", "Ábel", "Öffentliches Archiv"}, new String[] {"apple note", "Ödön", "Archiv"})) {
            Path tei = dir.resolve(doc[1] + ".xml");
            Files.writeString(tei, """
                    <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt>
                    <publicationStmt><p>Invented for this test.</p></publicationStmt><sourceDesc><msDesc><msIdentifier>
                    <repository>%s</repository><idno>1</idno></msIdentifier></msDesc></sourceDesc></fileDesc>
                    <profileDesc><creation><date when="1891">1891</date></creation></profileDesc></teiHeader>
                    <text><body><p><persName>%s</persName></p></body></text></TEI>
                    """.formatted(doc[0], doc[2], doc[1]));
            teis.add(tei);
        }
        return teis;
    }

    private List<String> texts(String expr, Document page) {
        List<String> found = new java.util.ArrayList<>();
        xp.selectNodes(expr, page).forEach(n -> found.add(n.getTextContent()));
        return found;
    }
}
