package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xmlunit.xpath.XPathEngine;

/** The page's fixed words in the language of the labels option, and dates before year 1. */
class HtmlLabelsTest {

    private static final HtmlRenderer RENDERER = HtmlRenderer.shared();
    private static final XPathEngine XPATH = HtmlTestSupport.xpath();
    private static final LocalDate ACCESSED = LocalDate.of(2024, 5, 3);

    private static String render(byte[] tei, String labels) {
        return RENDERER.renderToString("test.xml", tei,
                HtmlOptions.defaults().withAccessDate(ACCESSED).withLabels(labels).withIndexHref("index.html"));
    }

    private static byte[] shape() throws Exception {
        return Files.readAllBytes(Path.of("tei/reference/teikit-shape.xml"));
    }

    private static String at(Document page, String xpath) {
        return XPATH.evaluate(xpath, page).strip();
    }

    @Test
    void aGermanPageHasGermanLabelsAndKeepsTheTextsLanguage() throws Exception {
        Document page = HtmlTestSupport.parse(render(shape(), "de"));
        assertThat(at(page, "/h:html/@lang")).isEqualTo("de");
        assertThat(at(page, "//h:section[@class = 'summary']/h:h2")).isEqualTo("Regest");
        assertThat(at(page, "(//*[@class = 'footnotes-heading'])[1]")).isEqualTo("Anmerkungen");
        assertThat(at(page, "//h:h2[@id = 'tk-cite-heading']")).isEqualTo("Zitierempfehlung");
        assertThat(at(page, "//h:h2[@id = 'tk-provenance-heading']")).isEqualTo("Zu dieser Edition");
        assertThat(at(page, "//h:dl//h:dt[1]")).isEqualTo("Datum");
        assertThat(at(page, "//h:a[@class = 'skip-link']")).isEqualTo("Zum Text springen");
        assertThat(at(page, "//h:nav//h:a")).isEqualTo("Alle Dokumente");
        assertThat(at(page, "//h:sup[@class = 'fn-call'][1]/h:a/@aria-label")).startsWith("Anmerkung ");
        assertThat(at(page, "//*[@id = 'tk-citation-text']")).contains("Abgerufen am 3. Mai 2024");
        assertThat(at(page, "//h:dl//h:dd[1]")).isEqualTo("3 May 1958"); // the source's own wording stays
    }

    /** Every set of options keeps the language as RenderOptions does: " DE " is German, blank English. */
    @Test
    void theLanguageIsKeptAlikeByEveryKindOfOptions() {
        assertThat(HtmlOptions.defaults().withLabels(" DE ").labels()).isEqualTo("de");
        assertThat(org.teikit.RenderOptions.defaults().withLabels(" DE ").labels()).isEqualTo("de");
        assertThat(org.teikit.render.pdf.PdfOptions.builder().labels(" Fr-CA ").build().labels()).isEqualTo("fr-ca");
        assertThat(HtmlOptions.defaults().withLabels("  ").labels()).isEqualTo("en");
    }

    /** The citation's title stands in the quotation marks of the labels' language. */
    @Test
    void theCitationQuotesItsTitleAsTheLanguageDoes() throws Exception {
        assertThat(at(HtmlTestSupport.parse(render(shape(), "de")), "//*[@id = 'tk-citation-text']")).contains(".“ ")
                .containsPattern("„[^“]+\\.“");
        assertThat(at(HtmlTestSupport.parse(render(shape(), "fr")), "//*[@id = 'tk-citation-text']"))
                .containsPattern("«\u00A0[^»]+\\.\u00A0»");
        assertThat(at(HtmlTestSupport.parse(render(shape(), "en")), "//*[@id = 'tk-citation-text']"))
                .containsPattern("“[^”]+\\.” ");
    }

    @Test
    void otherLanguagesHaveTheirWords() throws Exception {
        assertThat(at(HtmlTestSupport.parse(render(shape(), "fr")), "//h:h2[@id = 'tk-cite-heading']"))
                .isEqualTo("Comment citer cette édition");
        assertThat(at(HtmlTestSupport.parse(render(shape(), "es")), "//h:section[@class = 'summary']/h:h2"))
                .isEqualTo("Resumen");
        Document russian = HtmlTestSupport.parse(render(shape(), "ru"));
        assertThat(at(russian, "(//*[@class = 'footnotes-heading'])[1]")).isEqualTo("Примечания");
        assertThat(at(russian, "//*[@id = 'tk-citation-text']")).contains("Дата обращения: 3 мая 2024");
    }

    @Test
    void anUnknownLanguageOrEnglishGivesTheEnglishPageUnchanged() throws Exception {
        String english = RENDERER.renderToString("test.xml", shape(),
                HtmlOptions.defaults().withAccessDate(ACCESSED).withIndexHref("index.html"));
        assertThat(render(shape(), "xx")).isEqualTo(english);
        assertThat(render(shape(), "en")).isEqualTo(english);
        assertThat(render(shape(), "de-AT")).isEqualTo(render(shape(), "de"));
        Document page = HtmlTestSupport.parse(english);
        assertThat(at(page, "/h:html/@lang")).isEqualTo("en");
        assertThat(at(page, "//*[@id = 'tk-citation-text']")).contains("Accessed May 3, 2024");
    }

    private static byte[] dated(String when) {
        return ("""
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Idus</title></titleStmt>
                <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc>
                <profileDesc><creation><date when="%s"/></creation></profileDesc></teiHeader>
                <text><body><p>On <date when="%s"/> it happened.</p></body></text></TEI>""")
                .formatted(when, when).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void yearsBeforeOneAreBceAndNoMachineDate() {
        Document page = HtmlTestSupport.parse(render(dated("-0044-03-15"), "en"));
        assertThat(at(page, "//h:dl//h:dd[1]")).isEqualTo("15 March 44 BCE");
        assertThat(at(page, "count(//h:time)")).isEqualTo("0");
        assertThat(at(page, "count(//h:meta[@name = 'citation_date' or @name = 'citation_publication_date'])"))
                .isEqualTo("0");
        assertThat(at(HtmlTestSupport.parse(render(dated("-0044"), "en")), "//h:dl//h:dd[1]")).isEqualTo("44 BCE");
        assertThat(at(HtmlTestSupport.parse(render(dated("-0044-03"), "en")), "//h:dl//h:dd[1]"))
                .isEqualTo("March 44 BCE");
        assertThat(at(HtmlTestSupport.parse(render(dated("-0044-03-15"), "de")), "//h:dl//h:dd[1]"))
                .isEqualTo("15. März 44 v. Chr.");
        assertThat(at(HtmlTestSupport.parse(render(dated("-0044-03"), "ru")), "//h:dl//h:dd[1]"))
                .isEqualTo("март 44 до н. э.");
        assertThat(HtmlTestSupport.nuErrors(render(dated("-0044-03-15"), "en"))).isEmpty();
    }

    @Test
    void yearsFromOneOnStayAsTheyWere() {
        Document page = HtmlTestSupport.parse(render(dated("1958-05-03"), "en"));
        assertThat(at(page, "//h:dl//h:dd[1]")).isEqualTo("3 May 1958");
        assertThat(at(page, "//h:time/@datetime")).isEqualTo("1958-05-03");
        assertThat(at(HtmlTestSupport.parse(render(dated("1958-05-03"), "es")), "//h:dl//h:dd[1]"))
                .isEqualTo("3 de mayo de 1958");
    }
}
