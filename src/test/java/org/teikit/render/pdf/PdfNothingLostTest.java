package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;

/**
 * "Nothing is lost" in the PDF: for small documents of the markup the PDF once dropped or ran
 * together (apparatus, choice, tables and lists with notes, page breaks, trailers and orphan labels,
 * gaps with descriptions, spaces, pointers, marginal notes, embedded media, bad table spans), every
 * word of the TEI's text is in the PDF's text as often as in the TEI, and the conventions shared with
 * the HTML page are drawn.
 */
class PdfNothingLostTest {

    private static final Path FIXTURES = PdfFixtures.fixture("nothing-lost");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static PdfRenderer renderer;

    @BeforeAll
    static void buildRenderer() {
        renderer = PdfRenderer.create();
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyWordOfTheTextIsInThePdf(String name) throws Exception {
        Path tei = FIXTURES.resolve(name);
        // A span of 200,000 columns once made FOP hang: fail instead of waiting.
        PdfResult result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> renderer.renderPdf(tei, PdfOptions.defaults()));
        assertThat(result.hasErrors()).as("%s: %s", name, result.diagnostics()).isFalse();
        assertThat(missingWords(teiText(tei), text(result))).as("words of %s missing from its PDF", name).isEmpty();
    }

    @Test
    void anApparatusShowsItsLemmaThenItsReadingsWithTheirWitnesses() throws Exception {
        assertThat(text("app.xml")).contains("The quick [#A; swift #B; rapid #C] fox");
        assertThat(text("app-rdggrp.xml")).contains("The colour [color #B; hue #C] of the")
                .contains("grey northern [boreal #B] sea [ocean #C; om. #D] after");
        // a witness detail follows its reading's witnesses (it was printed as a reading of its own)
        assertThat(text("app-notes.xml")).contains("cat [#A; cot #B (B reads cot by error) (#B: erased and rewritten)] sat")
                .contains("brown [browne #B1]");
    }

    /** A citation's or an epigraph's source is a line of its own after the quotation (they ran together). */
    @Test
    void aCitationsSourceIsALineOfItsOwn() throws Exception {
        assertThat(text("cit-epigraph.xml")).contains("\u201cKnow thyself\u201d\nDelphi\n")
                .contains("\u201cThe past is a foreign country\u201d\nHartley, The Go-Between\n");
    }

    /**
     * Text in a language that runs the other way is set that way: a Hebrew paragraph in a right-to-left
     * block container (its lines start at the right, and the English word in it does not split it in
     * two), a Hebrew phrase in English text and an English word in Hebrew text embedded with their
     * direction, the Hebrew paragraph's footnote turned too.
     */
    @Test
    void textInARightToLeftLanguageRunsRightToLeft() throws Exception {
        PdfResult fo = renderer.renderFo(FIXTURES.resolve("rtl.xml"), PdfOptions.defaults());
        var xml = org.xmlunit.assertj3.XmlAssert.assertThat(new String(fo.bytes(), StandardCharsets.UTF_8))
                .withNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"));
        xml.nodesByXPath("//fo:flow//fo:block-container[@writing-mode = 'rl-tb']/fo:block[@language = 'he']").hasSize(1);
        xml.nodesByXPath("//fo:bidi-override[@direction = 'rtl'][contains(., 'שלום עולם')]").hasSize(1);
        xml.nodesByXPath("//fo:block-container[@writing-mode = 'rl-tb']//fo:bidi-override[@direction = 'ltr'][. = 'English']").hasSize(1);
        xml.nodesByXPath("//fo:footnote-body//fo:block-container[@writing-mode = 'rl-tb'][contains(., 'הערה')]").hasSize(1);
        xml.nodesByXPath("//fo:block-container[contains(., 'English before')]").isEmpty();

        // A document in Hebrew: its whole text in one right-to-left container, the English title block outside it.
        PdfResult hebrew = renderer.renderFo(FIXTURES.resolve("rtl-document.xml"), PdfOptions.defaults());
        var he = org.xmlunit.assertj3.XmlAssert.assertThat(new String(hebrew.bytes(), StandardCharsets.UTF_8))
                .withNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"));
        he.nodesByXPath("//fo:flow/fo:block-container[@writing-mode = 'rl-tb']").hasSize(1);
        he.nodesByXPath("//fo:flow/fo:block-container//fo:block-container").isEmpty();
        he.nodesByXPath("//fo:flow/fo:block-container//fo:bidi-override[@direction = 'ltr'][. = 'English']").hasSize(1);
    }

    /**
     * A sourceDoc transcription is in the PDF as on the HTML page, after the text under a heading of its
     * own, its surfaces and zones labelled, each line of the source a line (the PDF left it out).
     */
    @Test
    void aSourceDocTranscriptionIsSetLineByLine() throws Exception {
        PdfResult result = renderer.renderPdf(Path.of("src/test/resources/render/html/source-doc-and-text.xml"), PdfOptions.defaults());
        assertThat(result.hasErrors()).as("%s", result.diagnostics()).isFalse();
        assertThat(text(result)).containsPattern("The reading text1\\.\\s+Transcription of the source\\s+quire 1\\s+1r\\s+"
                + "First line1\\s+Third \\[#x\\] line\\s+Marginal words");
        PdfResult alone = renderer.renderPdf(Path.of("src/test/resources/render/html/source-doc.xml"), PdfOptions.defaults());
        assertThat(alone.diagnostics()).isEmpty();
        assertThat(text(alone)).contains("Diplomatic line one\nDiplomatic line two\n").doesNotContain("Transcription of the source");
    }

    /** An empty g is the character its charDecl maps it to, else its name, as on the HTML page (it printed nothing). */
    @Test
    void anEmptyGlyphIsItsMappingOrItsName() throws Exception {
        assertThat(text("glyphs.xml")).contains("Cæsar filius, ecclesi[LATIN SMALL LETTER E WITH HOOK] sancta, et cetera, [glyph] fin.");
    }

    @Test
    void aChoiceShowsTheEditedReadingThenTheOthersAsTheHtmlPageDoes() throws Exception {
        assertThat(text("choice.xml")).contains("an old (orig: olde) house", "a house (unclear: horse),",
                "to receive (sic: recieve) (corr: receeve) after");
    }

    @Test
    void gapsSpacesPointersAndSpeakersAreDrawn() throws Exception {
        String text = text("gap-space.xml");
        assertThat(text).contains("[… damage torn corner, about two lines]", "before after", "see #f1 and urn:isbn:9780199540884;")
                .containsPattern("HAMLET\\s+aside after");
        // a reason with an extent, as FRUS writes a page left out (both in the test's condition failed it);
        // a unit in the number of its quantity however it is written (it was "1 pages", "2 liness")
        assertThat(text).contains("Left out [… convenience, 1 page] here, [2 lines illegible] there.");
    }

    /**
     * Surplus text is in curly braces and damaged text underlined dotted, as on the HTML page; both were
     * plain text, with no mark.
     */
    @Test
    void surplusIsInBracesAndDamageIsUnderlined() throws Exception {
        assertThat(text("surplus-damage.xml")).contains("to the {the} harbour, where the ledger lay, and {twice} unread after.");
        PdfResult fo = renderer.renderFo(FIXTURES.resolve("surplus-damage.xml"), PdfOptions.defaults());
        org.xmlunit.assertj3.XmlAssert.assertThat(new String(fo.bytes(), StandardCharsets.UTF_8))
                .withNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .nodesByXPath("//fo:inline[@border-after-style = 'dotted']").extractingText().containsExactly("ledger", "unread");
    }

    @Test
    void notesBetweenRowsAndItemsAndInLabelsAreFootnotesNumberedInTurn() throws Exception {
        String text = text("structures.xml");
        assertThat(text).contains("1 Footnote between rows gamma.", "2 Label footnote delta.", "3 Footnote between items epsilon.",
                "‖p.\u00a099‖", "Table trailer psi", "Orphan label", "List trailer zeta", "List description tau");
    }

    /** The PDF numbers footnotes as the HTML page does: notes placed in the margin are no footnotes, and are drawn in place. */
    @Test
    void marginalNotesAreDrawnInPlaceAndNotCountedAsFootnotes() throws Exception {
        PdfResult fo = renderer.renderFo(FIXTURES.resolve("note-numbers.xml"), PdfOptions.defaults());
        org.xmlunit.assertj3.XmlAssert.assertThat(new String(fo.bytes(), StandardCharsets.UTF_8))
                .withNamespaceContext(Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .nodesByXPath("//fo:footnote/fo:inline").extractingText().containsExactly("1", "2", "3");
        assertThat(text("note-numbers.xml")).contains("a marginal gloss (margin: Marginal gloss B.), second claim2")
                .containsPattern("\\(left:\\s+Left gloss D\\.\\), third claim3");
    }

    @Test
    void embeddedMediaIsAMarker() throws Exception {
        assertThat(text("object.xml")).contains("Before the player [embedded object not shown] after.")
                .doesNotContain("playerID");
        assertThat(text("object.xml").split("\\[embedded object not shown\\]", -1)).hasSize(3);
    }

    /** A span beyond the table is cut to fit, with a warning at its cell; FOP failed on rows, hung on columns. */
    @Test
    void spansBeyondTheTableAreCutWithAWarningAtTheirCell() throws Exception {
        PdfResult rows = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> renderer.renderPdf(FIXTURES.resolve("rowspan.xml"), PdfOptions.defaults()));
        assertThat(rows.hasErrors()).as("%s", rows.diagnostics()).isFalse();
        assertThat(rows.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("pdf.table-span");
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.column()).isPositive();
            assertThat(d.message()).isEqualTo("A table cell asks to span 3 rows; the PDF spans 2, the rows left in its table.");
        });
        PdfResult columns = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> renderer.renderPdf(FIXTURES.resolve("bigcols.xml"), PdfOptions.defaults()));
        assertThat(columns.hasErrors()).as("%s", columns.diagnostics()).isFalse();
        assertThat(columns.diagnostics()).filteredOn(d -> d.rule().equals("pdf.table-span")).singleElement()
                .satisfies(d -> {
                    assertThat(d.line()).isEqualTo(4);
                    assertThat(d.message()).isEqualTo(
                            "A table cell asks to span 200000 columns; the PDF spans 64 (at most 64 columns in a table).");
                });
        PdfResult displaced = renderer.renderPdf(FIXTURES.resolve("spans-displaced.xml"), PdfOptions.defaults());
        assertThat(displaced.hasErrors()).as("%s", displaced.diagnostics()).isFalse();
        assertThat(displaced.diagnostics()).extracting(Diagnostic::rule).contains("pdf.table-span")
                .allMatch(rule -> rule.equals("pdf.table-span") || rule.equals("pdf.overflow"));
    }

    private static String text(String name) throws Exception {
        PdfResult result = renderer.renderPdf(FIXTURES.resolve(name), PdfOptions.defaults());
        assertThat(result.hasErrors()).as("%s: %s", name, result.diagnostics()).isFalse();
        return text(result);
    }

    private static String text(PdfResult result) throws IOException {
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            return new PDFTextStripper().getText(document).replace("\r", "");
        }
    }

    /** The text of the TEI's text element, its text nodes joined by spaces. */
    static String teiText(Path tei) throws Exception {
        Processor processor = SecureXml.newProcessor();
        XdmNode document = processor.newDocumentBuilder().build(tei.toFile());
        return processor.newXPathCompiler().evaluate(
                "string-join(//*:text[1]//text(), ' ')", document).itemAt(0).getStringValue();
    }

    /** Words of {@code tei} found fewer times in {@code pdf} (and not even across a hyphenated line end), with how many are missing. */
    static List<String> missingWords(String tei, String pdf) {
        Map<String, Integer> wanted = count(tei);
        Map<String, Integer> found = count(pdf);
        String flat = pdf.replaceAll("-\\n", "").replaceAll("\\s+", "");
        List<String> missing = new ArrayList<>();
        wanted.forEach((word, n) -> {
            int have = found.getOrDefault(word, 0);
            if (have < n && (have == 0 ? !flat.contains(word) : countIn(flat, word) < n)) {
                missing.add(word + " x" + (n - have));
            }
        });
        return missing;
    }

    private static int countIn(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
