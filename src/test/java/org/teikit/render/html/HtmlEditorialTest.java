package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teikit.render.html.HtmlTestSupport.nuErrors;
import static org.teikit.render.html.HtmlTestSupport.parse;
import static org.teikit.render.html.HtmlTestSupport.xpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import net.sf.saxon.s9api.XdmNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.render.ParsedTei;
import org.w3c.dom.Document;
import org.xmlunit.xpath.XPathEngine;

/**
 * Editorial encodings of hand-made TEI beyond teikit's shape, each once lost or misdrawn by the
 * reading edition: apparatus with reading groups, notes and witness details, glyphs of the character
 * declarations, sourceDoc transcriptions, right-to-left text.
 */
class HtmlEditorialTest {

    private static final Path FIXTURES = HtmlAnyTeiTest.FIXTURES;
    private static final HtmlRenderer RENDERER = new HtmlRenderer();
    private final XPathEngine xp = xpath();

    private static String html(String fixture) throws IOException {
        Path tei = FIXTURES.resolve(fixture);
        return RENDERER.renderToString(tei.toUri().toString(), Files.readAllBytes(tei),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
    }

    /** The page of a fixture, which the Nu HTML Checker passes. */
    private static Document page(String fixture) throws IOException {
        String html = html(fixture);
        assertThat(nuErrors(html)).as(fixture).isEmpty();
        return parse(html);
    }

    private static XdmNode tei(String fixture) throws IOException {
        Path tei = FIXTURES.resolve(fixture);
        return ParsedTei.parse(RENDERER.processor(), tei.toString(), tei.toUri().toString(), Files.readAllBytes(tei))
                .document().orElseThrow();
    }

    private String text(String expr, Document page) {
        return xp.evaluate(expr, page).replaceAll("\\s+", " ").strip();
    }

    /** A space left in the source keeps the words either side apart (they were fused: "beforeafter"). */
    @Test
    void aSpaceOfTheSourceKeepsTheWordsApart() throws IOException {
        Path tei = Path.of("src/test/resources/render/pdf/nothing-lost/gap-space.xml");
        Document page = parse(RENDERER.renderToString(tei.toUri().toString(), Files.readAllBytes(tei),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3))));
        assertThat(xp.evaluate("//*[@id='tk-text']", page)).contains("before after").doesNotContain("beforeafter");
        assertThat(text("//*[@id='tk-text']", page)).contains("[… convenience, 1 page]", "[… illegible, 2 lines]");
    }

    /** Nothing lost: every word of the TEI's text (and sourceDoc) is in the page's text, #tk-text. */
    @ParameterizedTest
    @ValueSource(strings = {"app-reading-group.xml", "app-notes.xml", "app-nested.xml", "glyph.xml", "rtl-hebrew.xml", "rtl-mixed.xml", "source-doc.xml", "source-doc-and-text.xml", "cit.xml"})
    void everyWordOfTheTranscriptionIsInThePagesText(String fixture) throws IOException {
        Document page = page(fixture);
        assertThat(TextAccounting.missing(TextAccounting.transcriptionWords(tei(fixture)),
                TextAccounting.htmlWords(page, "tk-text"))).as(fixture).isEmpty();
    }

    /** A date of the right form that is no date (29 February 2001) is text, not an invalid time/@datetime. */
    @Test
    void aDateThatDoesNotExistIsShownWithoutAMachineForm() {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Leap</title></titleStmt>
                <publicationStmt><p>QA.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc>
                <profileDesc><creation><date when="2001-02-29">29 February 2001</date></creation></profileDesc></teiHeader>
                <text><body><p>On <date when="2001-02-29">the 29th</date> and <date when="1891-13">month 13</date>,
                not <date when="2000-02-29T24:00">midnight</date>; <date when="2000-02-29">a leap day</date>.</p></body></text></TEI>
                """;
        String html = RENDERER.renderToString("file:///leap.xml", tei.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
        assertThat(nuErrors(html)).isEmpty();
        Document page = parse(html);
        assertThat(text("count(//h:time[@datetime='2001-02-29' or @datetime='1891-13' or starts-with(@datetime, '2000-02-29T')])", page))
                .isEqualTo("0");
        assertThat(text("//h:time[@datetime='2000-02-29']", page)).isEqualTo("a leap day");
        assertThat(text("//*[@id='tk-text']", page)).isEqualTo("On the 29th and month 13, not midnight; a leap day.");
    }

    /** The page text of a document whose text is one paragraph, {@code rootAttributes} on its TEI element. */
    private String textOfParagraph(String rootAttributes, String paragraph) {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'" + rootAttributes + "><teiHeader><fileDesc><titleStmt>"
                + "<title>Q</title></titleStmt><publicationStmt><p>QA.</p></publicationStmt><sourceDesc><p>QA.</p>"
                + "</sourceDesc></fileDesc></teiHeader><text><body><p>" + paragraph + "</p></body></text></TEI>";
        String html = RENDERER.renderToString("file:///q.xml", tei.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
        return text("//*[@id='tk-text']", parse(html));
    }

    /**
     * A quoted phrase is in quotation marks, as in the PDF, unless the source writes its own before it
     * (the page showed "said hello" where the PDF showed "said “hello”").
     */
    @Test
    void aQuotedPhraseIsInQuotationMarksUnlessTheSourceHasThem() {
        assertThat(textOfParagraph("", "He said <q>hello</q>, then \"<quote>goodbye</quote>\" and"
                + " <said direct='true'>yes</said> or <said direct='false'>that he would</said>."))
                .isEqualTo("He said \u201chello\u201d, then \"goodbye\" and \u201cyes\u201d or that he would.");
    }

    /**
     * A quoted phrase is in the quotation marks of its own language, by its xml:lang or its text's:
     * „…“ in a German text, « … » in a French passage of it, “…” in a language without marks of its own.
     */
    @Test
    void aQuotedPhraseIsInTheMarksOfItsLanguage() {
        assertThat(textOfParagraph(" xml:lang='de-AT'", "Er sagte <q>ja</q>, <seg xml:lang='fr'>il dit <q>oui</q></seg>, "
                + "<seg xml:lang='tlh'><q>HIja'</q></seg>."))
                .isEqualTo("Er sagte \u201eja\u201c, il dit \u00ab\u00a0oui\u00a0\u00bb, \u201cHIja'\u201d.");
    }

    /**
     * A phrase quoted inside a quoted phrase is in the language's inner marks, and one inside that in
     * the outer marks again: “a ‘b “c” b’ a” in English, „a ‚b‘ a“ in German, « a “b” a » in French
     * (the page drew “…” at every depth).
     */
    @Test
    void nestedQuotedPhrasesTakeTurnsWithTheInnerMarks() {
        assertThat(textOfParagraph("", "<q>a <q>b <quote>c</quote> b</q> a</q>"))
                .isEqualTo("\u201ca \u2018b \u201cc\u201d b\u2019 a\u201d");
        assertThat(textOfParagraph(" xml:lang='de'", "<q>a <said direct='true'>b</said> a</q>"))
                .isEqualTo("\u201ea \u201ab\u2018 a\u201c");
        assertThat(textOfParagraph(" xml:lang='fr'", "<q>a <q>b</q> a</q>"))
                .isEqualTo("\u00ab\u00a0a \u201cb\u201d a\u00a0\u00bb");
    }

    /**
     * Surplus and damaged text have a mark that is seen, as unclear text has: a title that says what it
     * means (with the reason or agent the TEI gives) and a style in teikit.css (braces, a dotted
     * underline) that adds no character to the page's text. They were a span with a class only.
     */
    @Test
    void surplusAndDamageAreMarkedWithATitleAndAStyle() throws IOException {
        Path tei = Path.of("src/test/resources/render/pdf/nothing-lost/surplus-damage.xml");
        String html = RENDERER.renderToString(tei.toUri().toString(), Files.readAllBytes(tei),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
        assertThat(nuErrors(html)).isEmpty();
        Document page = parse(html);
        assertThat(text("//h:span[@class='surplus'][1]/@title", page)).isEqualTo("Surplus in the original: not part of the text (repeated)");
        assertThat(text("//h:span[@class='surplus'][. = 'twice']/@title", page)).isEqualTo("Surplus in the original: not part of the text");
        assertThat(text("//h:span[@class='damage'][. = 'ledger']/@title", page)).isEqualTo("Damaged in the original (water)");
        assertThat(text("//h:span[@class='damage'][. = 'unread']/@title", page)).isEqualTo("Damaged in the original");
        // The marks are the stylesheet's: the page's text is the source's.
        assertThat(text("//*[@id='tk-text']", page)).isEqualTo("We sailed to the the harbour, where the ledger lay, and twice unread after.");
        String css = Files.readString(Path.of("xslt/html/teikit.css"));
        assertThat(css).containsPattern("\\.surplus::before \\{ content: \"\\{\"")
                .containsPattern("\\.surplus::after \\{ content: \"\\}\"")
                .containsPattern("\\.damage \\{ text-decoration: underline dotted");
    }

    /** A numbered list that goes on from an earlier one shows its items' numbers (an ol counted from 1). */
    @Test
    void aNumberedListKeepsItsItemsNumbers() {
        String tei = "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>L</title></titleStmt>"
                + "<publicationStmt><p>QA.</p></publicationStmt><sourceDesc><p>QA.</p></sourceDesc></fileDesc></teiHeader>"
                + "<text><body><list rend='numbered'><item n='4'>fourth</item><item n='5'>fifth</item></list></body></text></TEI>";
        String html = RENDERER.renderToString("file:///l.xml", tei.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                HtmlOptions.defaults().withAccessDate(LocalDate.of(2026, 2, 3)));
        Document page = parse(html);
        assertThat(text("//h:ol/h:li[1]/@value", page)).isEqualTo("4");
        assertThat(text("//h:ol/h:li[2]/@value", page)).isEqualTo("5");
        assertThat(nuErrors(html)).isEmpty();
    }

    /** A citation's quotation and reference are apart: they read as one word, "quoteAuthor". */
    @Test
    void aCitationKeepsItsQuotationAndReferenceApart() throws IOException {
        Document page = page("cit.xml");
        // the quotation in its marks, as in the PDF (the source writes none)
        assertThat(text("//h:p[1]", page)).isEqualTo("He wrote \u201ca citation quote\u201d Author, Book, p. 3.");
        assertThat(text("//h:div[contains(@class, 'cit')]", page)).isEqualTo("A block quotation. Another author");
    }

    @Test
    void anApparatusShowsItsLemmaFromAReadingGroupAndEveryOtherReadingWithItsWitnesses() throws IOException {
        Document page = page("app-reading-group.xml");
        assertThat(text("//h:span[@class='app']/h:span[@class='lem']", page)).isEqualTo("colour");
        assertThat(text("//h:span[@class='app']/h:span[@class='readings']", page)).isEqualTo("[color #B; hue #C]");
        assertThat(text("//h:p", page)).isEqualTo("Before The colour [color #B; hue #C] of the sea after.");
    }

    @Test
    void theLemmaOfANestedOrGroupedApparatusIsItsPlainTextInTheTitle() throws IOException {
        Document page = page("app-nested.xml");
        // The title's app has its lemma second in a reading group.
        assertThat(text("//h:h1", page)).isEqualTo("The blue title");
        assertThat(text("//h:title", page)).isEqualTo("The blue title");
        // A lemma holding an app of its own; a reading two groups deep; an app of readings only shows its first.
        assertThat(text("(//h:p/h:span[@class='app'])[1]/h:span[@class='lem']", page)).isEqualTo("alpha inner [innr #Q]");
        assertThat(text("(//h:p/h:span[@class='app'])[3]/h:span[@class='lem']", page)).isEqualTo("gamma");
        assertThat(text("(//h:p/h:span[@class='app'])[3]/h:span[@class='readings']", page)).isEqualTo("[#B; delta #C]");
    }

    @Test
    void notesAndWitnessDetailsOfAnApparatusStandBesideTheirReading() throws IOException {
        Document page = page("app-notes.xml");
        // The inline note and the witDetail follow the reading of witness B.
        assertThat(text("(//h:span[@class='app'])[1]/h:span[@class='readings']", page))
                .isEqualTo("[#A; cot #B B reads cot by error (#B: erased and rewritten)]");
        assertThat(text("(//h:span[@class='app'])[1]//h:span[@class='witDetail']/@title", page))
                .isEqualTo("Detail of the witness #B");
        // The unplaced note is a footnote whose call follows its reading and whose back link returns to it.
        assertThat(text("(//h:span[@class='app'])[2]/h:span[@class='readings']/h:sup[@class='fn-call']/h:a/@href", page))
                .isEqualTo("#fn-tk-note-1");
        HtmlAnyTeiTest.assertAllFootnotesLinked(page, 1);
        Document nested = page("app-nested.xml");
        // A note after the lemma: its call in the text, right after the lemma.
        assertThat(text("local-name((//h:p/h:span[@class='app'])[1]/h:span[@class='lem']/following-sibling::*[1])", nested))
                .isEqualTo("sup");
        // An app of a note and a witDetail only: both drawn.
        assertThat(text("(//h:p/h:span[@class='app'])[2]", nested)).isEqualTo("only a note (#Z: lonely)");
        HtmlAnyTeiTest.assertAllFootnotesLinked(nested, 1);
    }

    @Test
    void anEmptyGlyphShowsTheCharacterItsDeclarationMapsItToOrItsName() throws IOException {
        Document page = page("glyph.xml");
        // The standard mapping before any other; a char's only mapping; content before any mapping.
        assertThat(text("//h:p", page)).isEqualTo(
                "Bread \u204A butter, \uA75D, [INK BLOT SIGN], r, [chars.xml#x], [glyph].");
        assertThat(text("(//h:span[contains(concat(' ', @class, ' '), ' g ')])[1]/@title", page)).isEqualTo("Glyph: TIRONIAN SIGN ET");
        assertThat(text("count(//h:span[contains(@class,'g-unmapped')])", page)).isEqualTo("3");
        assertThat(text("//h:h1", page)).isEqualTo("Bread \u204A butter: glyphs of the character declarations");
    }

    @Test
    void aTextInARightToLeftScriptRunsRightToLeftInsideTheLeftToRightPage() throws IOException {
        Document page = page("rtl-hebrew.xml");
        // The page's chrome stays left to right; the text, its title and summary take their own direction.
        assertThat(text("count(//*[@dir][not(ancestor-or-self::*[@id='tk-text'])])", page)).isEqualTo("2");
        assertThat(text("//h:html/@lang", page)).isEqualTo("en");
        assertThat(text("//h:h1/@dir", page)).isEqualTo("auto");
        assertThat(text("//h:div[@class='summary-text']/@dir", page)).isEqualTo("auto");
        assertThat(text("//*[@id='tk-text']/@dir", page)).isEqualTo("rtl");
        assertThat(text("//*[@id='tk-text']//h:span[@lang='en']/@dir", page)).isEqualTo("ltr");
        assertThat(text("//*[@id='tk-text']//h:p[1]/@dir", page)).isEmpty(); // it inherits rtl
        // The notes' heading is the page's own English; an English note is left to right.
        assertThat(text("//h:h2[@class='footnotes-heading']/@dir", page)).isEqualTo("ltr");
        assertThat(text("//h:li[@lang='en']/@dir", page)).isEqualTo("ltr");
        assertThat(text("count(//h:li[@class='footnote'][not(@dir)])", page)).isEqualTo("1");
    }

    @Test
    void rightToLeftLanguagesAndScriptSubtagsGetTheirDirectionWhereTheyChangeIt() throws IOException {
        Document page = page("rtl-mixed.xml");
        assertThat(text("//*[@id='tk-text']/@dir", page)).isEmpty();
        assertThat(text("//h:span[@lang='ar']/@dir", page)).isEqualTo("rtl");
        assertThat(text("//h:span[@lang='yi-Hebr']/@dir", page)).isEqualTo("rtl");
        assertThat(text("count(//h:span[@lang='ar-Latn']/@dir)", page)).isEqualTo("0");
        assertThat(text("//h:p[@lang='fa']/@dir", page)).isEqualTo("rtl");
        assertThat(text("//h:p[@lang='fa']/h:span[@lang='en']/@dir", page)).isEqualTo("ltr");
        assertThat(text("count(//h:p[@lang='fa']/h:span[@lang='ur']/@dir)", page)).isEqualTo("0"); // rtl already
        assertThat(text("//h:p[@lang='az-Arab']/@dir", page)).isEqualTo("rtl");
        assertThat(text("count(//h:p[@lang='ku-Latn']/@dir)", page)).isEqualTo("0");
        // A note of the Persian paragraph is listed with the English text's notes: its language and direction go with it.
        assertThat(text("//h:li[@class='footnote']/@lang", page)).isEqualTo("fa");
        assertThat(text("//h:li[@class='footnote']/@dir", page)).isEqualTo("rtl");
        assertThat(text("count(//h:h2[@class='footnotes-heading']/@dir)", page)).isEqualTo("0");
    }

    @Test
    void aSourceDocTranscriptionIsShownLineByLine() throws IOException {
        Document page = page("source-doc.xml");
        assertThat(xp.selectNodes("//*[@id='tk-text']//h:div[@class='line']", page)).extracting(n -> n.getTextContent())
                .containsExactly("Diplomatic line one", "Diplomatic line two");
        Document both = page("source-doc-and-text.xml");
        // After the text and its notes, under a heading, with its surfaces' labels and notes of its own.
        assertThat(text("local-name(//*[@id='tk-text']/*[1])", both)).isEqualTo("div");
        assertThat(text("//*[@id='tk-text']/*[2]/@class", both)).isEqualTo("footnotes");
        assertThat(text("//*[@id='tk-text']/*[3]/@class", both)).isEqualTo("tei-sourceDoc");
        assertThat(text("//h:h2[@class='source-doc-heading']", both)).isEqualTo("Transcription of the source");
        assertThat(text("//h:p[@class='surface-label']", both)).isEqualTo("1r");
        assertThat(text("count(//h:div[@class='tei-sourceDoc']//h:div[@class='line'])", both)).isEqualTo("4");
        assertThat(text("//h:div[contains(@class,'zone-margin')]", both)).isEqualTo("Marginal words");
        HtmlAnyTeiTest.assertAllFootnotesLinked(both, 2);
    }
}
