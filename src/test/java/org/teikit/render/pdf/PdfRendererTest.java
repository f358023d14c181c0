package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.teikit.Diagnostic;
import org.teikit.Severity;

class PdfRendererTest {

    static PdfRenderer renderer;

    @BeforeAll
    static void buildRenderer() {
        renderer = PdfRenderer.create();
    }

    static PdfResult render(Path tei, PdfOptions options) throws Exception {
        PdfResult result = renderer.renderPdf(tei, options);
        assertThat(result.diagnostics()).as("diagnostics for %s", tei).isEmpty();
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"shape", "cyrillic.xml", "notes-everywhere.xml"})
    void everyParagraphAndFootnoteIsThereWithTheFootnoteOnItsCallsPage(String name) throws Exception {
        Path tei = name.equals("shape") ? PdfFixtures.SHAPE : PdfFixtures.fixture(name);
        PdfText text = PdfText.of(render(tei, PdfOptions.defaults()).bytes());
        TeiExpectations expected = TeiExpectations.of(tei);
        assertThat(expected.paragraphs()).isNotEmpty();
        assertThat(expected.footnotes()).isNotEmpty();
        assertThat(PdfAssertions.missingText(expected, text)).isEmpty();
        assertThat(PdfAssertions.misplacedFootnotes(expected, text)).isEmpty();
    }

    @Test
    void aLongFootnoteContinuesOnTheNextPage() throws Exception {
        PdfText text = PdfText.of(render(PdfFixtures.fixture("notes-everywhere.xml"), PdfOptions.defaults()).bytes());
        List<Integer> pagesWithLongNote = text.pages().stream()
                .filter(page -> page.notes().contains("itgoesonformanylines")).map(PdfText.Page::number).toList();
        assertThat(pagesWithLongNote).hasSizeGreaterThan(1);
        assertThat(text.pages().get(pagesWithLongNote.get(0) - 1).notes()).contains("longnotebegins");
    }

    @Test
    void editorialConventionsAreDrawn() throws Exception {
        PdfText text = PdfText.of(render(PdfFixtures.SHAPE, PdfOptions.defaults()).bytes());
        String raw = rawText(render(PdfFixtures.SHAPE, PdfOptions.defaults()).bytes());
        assertThat(raw).contains("[Lorvanian]", "[…]", "[1 word illegible]", "recieved [sic]", "‖p.\u00a02‖");
        assertThat(raw).doesNotContain("\"“");
        assertThat(text.body()).contains("translatedbymartakowalczyk", "summaryaninventedtelegram");
    }

    @Test
    void everyPageHasTheRunningHeadAndPageNOfN() throws Exception {
        PdfResult result = render(PdfFixtures.fixture("notes-everywhere.xml"), PdfOptions.defaults());
        PdfText text = PdfText.of(result.bytes());
        int pages = result.pageCount();
        assertThat(pages).isGreaterThan(1).isEqualTo(text.pages().size());
        for (PdfText.Page page : text.pages()) {
            assertThat(page.furniture()).startsWith("noteseverywhereinvented")
                    .endsWith("page" + page.number() + "of" + pages);
        }
    }

    @Test
    void optionsFromTheFacade() {
        PdfOptions options = PdfOptions.from(org.teikit.RenderOptions.defaults()
                .withPaper(org.teikit.RenderOptions.Paper.LETTER).withPdfA(true));
        assertThat(options.paper()).isEqualTo(Paper.LETTER);
        assertThat(options.pdfA()).isTrue();
        assertThat(options.hyphenate()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a4", "letter"})
    void paperSizes(String paper) throws Exception {
        PdfResult result = render(PdfFixtures.SHAPE, PdfOptions.builder().paper(Paper.parse(paper)).build());
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            PDPage page = document.getPage(0);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            if (paper.equals("a4")) {
                assertThat(width).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(height).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            } else {
                assertThat(width).isCloseTo(612f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(height).isCloseTo(792f, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shape", "cyrillic.xml", "notes-everywhere.xml"})
    void fontsAreEmbeddedLiberationSerif(String name) throws Exception {
        Path tei = name.equals("shape") ? PdfFixtures.SHAPE : PdfFixtures.fixture(name);
        try (PDDocument document = Loader.loadPDF(render(tei, PdfOptions.defaults()).bytes())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("LiberationSerif"));
        }
    }

    @Test
    void chineseUsesTheSystemCjkFont() throws Exception {
        assumeTrue(renderer.fonts().faces().size() > 4, "no system CJK font (Debian: fonts-droid-fallback)");
        Path tei = PdfFixtures.fixture("chinese.xml");
        PdfResult result = render(tei, PdfOptions.defaults());
        PdfText text = PdfText.of(result.bytes());
        TeiExpectations expected = TeiExpectations.of(tei);
        assertThat(PdfAssertions.missingText(expected, text)).isEmpty();
        assertThat(PdfAssertions.misplacedFootnotes(expected, text)).isEmpty();
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            List<String> fonts = new ArrayList<>();
            for (COSName fontName : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(fontName);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(font -> font.contains("Droid") || font.contains("WenQuanYi"));
        }
    }

    @Test
    void aCharacterNoFontCoversIsAWarningWithItsPlace() throws Exception {
        PdfResult result = renderer.renderPdf(PdfFixtures.fixture("uncovered.xml"), PdfOptions.defaults());
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.rule()).isEqualTo("pdf.missing-glyph");
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).contains("U+13000");
        });
    }

    /**
     * FOP reports a character no font has without a place: one beyond the Basic Multilingual Plane as a
     * glyph 0x0 (its message holding a NUL) or as its low 16 bits (U+1F600 as "0xf600"), a DEL as
     * itself. Each is one warning at its place in the TEI, in plain text; NEL, which FOP sets as a line
     * break, none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\uD880\uDC00", "\uD83D\uDE00", "\u007F", "\u0085"})
    void aCharacterNoFontCoversIsOneLocatedWarningInPlainText(String character) {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Ext B</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>A rare character: %s.</p></body></text></TEI>""".formatted(character);
        PdfResult result = renderer.renderPdf(new ByteArrayInputStream(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "extb.xml", PdfOptions.defaults());
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.diagnostics()).allSatisfy(d -> {
            assertThat(d.message()).doesNotContainPattern("\\p{Cntrl}");
            assertThat(d.line()).isPositive();
            assertThat(d.rule()).isEqualTo("pdf.missing-glyph");
        });
        if (character.equals("\u0085")) {
            assertThat(result.diagnostics()).isEmpty();
        } else if (character.equals("\u007F")) {
            assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("U+007F DELETE"));
        }
    }

    @Test
    void identifiersUsedTwiceStillMakeAPdf() throws Exception {
        // FOP refuses an FO id used twice; the TEI's first holder of an id keeps it, the others go without.
        Path tei = Path.of("src/test/resources/render/html/duplicate-ids.xml");
        PdfText text = PdfText.of(render(tei, PdfOptions.defaults()).bytes());
        TeiExpectations expected = TeiExpectations.of(tei);
        assertThat(expected.footnotes()).hasSize(2);
        assertThat(PdfAssertions.missingText(expected, text)).isEmpty();
        assertThat(PdfAssertions.misplacedFootnotes(expected, text)).isEmpty();
    }

    @Test
    void aDocumentThatIsNotWellFormedIsAnErrorAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("broken.pdf");
        List<Diagnostic> diagnostics = renderer.renderPdf(PdfFixtures.fixture("not-well-formed.xml"), out, PdfOptions.defaults());
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.rule()).isEqualTo("xml.not-well-formed");
            assertThat(d.line()).isEqualTo(3);
        });
        assertThat(out).doesNotExist();
        assertThat(renderer.renderFo(PdfFixtures.fixture("not-well-formed.xml"), dir.resolve("broken.fo"), PdfOptions.defaults()))
                .anyMatch(Diagnostic::isError);
        assertThat(dir.resolve("broken.fo")).doesNotExist();
    }

    /** As the HTML page: the FO of another root or of a teiCorpus used to be of its first element only. */
    @Test
    void aFileThatIsNotOneTeiDocumentIsAnErrorAndWritesNothing(@TempDir Path dir) throws Exception {
        Path html = Path.of("src/test/resources/render/html");
        for (String name : List.of("not-tei", "tei-corpus")) {
            Path fo = dir.resolve(name + ".fo");
            assertThat(renderer.renderFo(html.resolve(name + ".xml"), fo, PdfOptions.defaults())).singleElement()
                    .satisfies(d -> {
                        assertThat(d.isError()).isTrue();
                        assertThat(d.message()).contains(name.equals("not-tei") ? "Not a TEI document" : "teiCorpus of 2");
                    });
            assertThat(fo).doesNotExist();
        }
    }

    @Test
    void metadataComesFromTheHeaderAndThePdfIsTagged() throws Exception {
        try (PDDocument document = Loader.loadPDF(render(PdfFixtures.SHAPE, PdfOptions.defaults()).bytes())) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).startsWith("Telegram, Ambassador Ilse Varga");
            assertThat(info.getAuthor()).contains("Marta Kowalczyk");
            assertThat(info.getSubject()).contains("invented conversation about river navigation");
            assertThat(info.getKeywords()).contains("Telegram", "Top Secret");
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void foIsWrittenAndNeverPutsBlocksInsideInlines(@TempDir Path dir) throws Exception {
        Path fo = dir.resolve("notes.fo");
        assertThat(renderer.renderFo(PdfFixtures.fixture("notes-everywhere.xml"), fo, PdfOptions.defaults())).isEmpty();
        String xml = Files.readString(fo);
        org.xmlunit.assertj3.XmlAssert.assertThat(xml).withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .nodesByXPath("//fo:inline//fo:block | //fo:inline//fo:list-block | //fo:inline//fo:table").doNotExist();
        org.xmlunit.assertj3.XmlAssert.assertThat(xml).withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .valueByXPath("count(//fo:footnote)").isEqualTo(5);
        org.xmlunit.assertj3.XmlAssert.assertThat(xml).withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .valueByXPath("count(//fo:footnote//fo:footnote)").isEqualTo(0);
    }

    @Test
    void aFootnoteWithoutANumberShowsItsPlaceAsOnThePage() {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Numbers</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>a<note place="foot" n="7">seven</note> b<note place="foot">first unnumbered</note>
                c<note place="foot" n=" ">blank number</note> d<note place="inline">in place</note>
                e<note>third unnumbered</note></p></body></text></TEI>""";
        PdfResult result = renderer.renderFo(new ByteArrayInputStream(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "numbers.xml", PdfOptions.defaults());
        org.xmlunit.assertj3.XmlAssert.assertThat(new String(result.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .nodesByXPath("//fo:footnote/fo:inline").extractingText().containsExactly("7", "2", "3", "4");
    }

    @Test
    void textWiderThanItsColumnIsOneWarningInTheReadersWords() {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Wide</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>%s</p><p>and %s</p></body></text></TEI>""".formatted("x".repeat(400), "y".repeat(300));
        PdfResult result = renderer.renderPdf(new ByteArrayInputStream(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "wide.xml", PdfOptions.defaults());
        assertThat(result.bytes()).isNotNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("pdf.overflow");
            // Two lines too wide, FOP's "fo:block ... inline-progression direction" and its place in
            // teikit's stylesheet: one warning the reader understands, with the larger overflow (in mm).
            assertThat(d.message()).matches("Text in the PDF is wider than its column \\(by up to \\d+ mm\\): a long"
                    + " word, number or web address with no place to break runs into the margin or out of its"
                    + " table cell\\.");
        });
    }

    /** The start of a PNG file: its signature and a header chunk claiming {@code width} x {@code height}. */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(header.array());
        return java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .putInt(13).put(header.array()).putInt((int) crc.getValue()).array();
    }

    /**
     * A figure's local image is in the PDF, scaled to the column, with its description as alternative
     * text (PDF/A too); images outside the document's folder, remote, SVG or missing are markers, never read.
     */
    @Test
    void aFiguresImageBesideTheDocumentIsDrawnAndNoOtherIsRead(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("letters");
        PdfFixtures.png(folder.resolve("img").resolve("page 1.png"), 2400, 1200); // wider than the column
        PdfFixtures.png(dir.resolve("outside.png"), 40, 40);
        Files.writeString(folder.resolve("img").resolve("drawing.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.writeString(folder.resolve("img").resolve("text.png"), "not a picture");
        Files.write(folder.resolve("img").resolve("vast.png"), pngHeader(100_000, 100_000)); // 40 bytes, 10^10 pixels
        String figures = "<figure><graphic url='img/page%201.png'/><figDesc>The first page</figDesc></figure>"
                + "<figure><graphic url='../outside.png'/></figure><figure><graphic url='img/drawing.svg'/></figure>"
                + "<figure><graphic url='https://example.org/far.png'/></figure><figure><graphic url='img/none.png'/></figure>"
                + "<figure><graphic url='img/text.png'/></figure><figure><graphic url='img/vast.png'/></figure>";
        String shape = Files.readString(PdfFixtures.SHAPE);
        int body = shape.indexOf("<body>") + "<body>".length();
        Path tei = Files.writeString(folder.resolve("letter.xml"),
                shape.substring(0, body) + shape.substring(body).replaceFirst("<p>", figures + "<p>"));

        PdfResult foResult = renderer.renderFo(tei, PdfOptions.defaults());
        String fo = new String(foResult.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fo.split("<fo:external-graphic", -1)).hasSize(2);
        // Each image the reading edition would show and the PDF leaves out is a warning at its graphic, saying why.
        assertThat(foResult.diagnostics()).extracting(Diagnostic::rule).containsExactly("pdf.image-outside",
                "pdf.image-kind", "pdf.image-missing", "pdf.image-unreadable", "pdf.image-too-large");
        assertThat(foResult.diagnostics()).allSatisfy(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.file()).isEqualTo(tei.toString());
            assertThat(d.line()).isPositive();
        });
        assertThat(foResult.diagnostics().get(2).message()).contains("img/none.png", "there is no file");
        assertThat(fo).contains("src=\"url('" + folder.resolve("img").resolve("page 1.png").toUri() + "')\"",
                "fox:alt-text=\"The first page\"").doesNotContain("outside.png'", "drawing.svg'", "far.png'", "text.png'",
                "vast.png'");
        for (PdfOptions options : List.of(PdfOptions.defaults(), PdfOptions.builder().pdfA(true).build())) {
            PdfResult pdf = renderer.renderPdf(tei, options);
            assertThat(pdf.diagnostics()).isEqualTo(foResult.diagnostics());
            assertThat(PdfFixtures.imagesIn(pdf.bytes())).isEqualTo(1);
        }
        // From memory, with no folder to look in: no image.
        PdfResult fromBytes = renderer.renderPdf(new ByteArrayInputStream(Files.readAllBytes(tei)), "letter.xml",
                PdfOptions.defaults());
        assertThat(fromBytes.diagnostics()).isEmpty();
        assertThat(PdfFixtures.imagesIn(fromBytes.bytes())).isZero();
    }

    @Test
    void aTallImageIsScaledDownToFitThePageWithItsCaption(@TempDir Path dir) throws Exception {
        PdfFixtures.png(dir.resolve("scan.png"), 400, 3000); // 3000 points tall at 72 dpi: ten pages
        String shape = Files.readString(PdfFixtures.SHAPE);
        int body = shape.indexOf("<body>") + "<body>".length();
        Path tei = Files.writeString(dir.resolve("scan.xml"), shape.substring(0, body) + shape.substring(body)
                .replaceFirst("<p>", "<figure><graphic url='scan.png'/><figDesc>A long scroll</figDesc></figure><p>"));

        for (PdfOptions options : List.of(PdfOptions.defaults(), PdfOptions.builder().paper(Paper.LETTER).build())) {
            // No warning: without the limit, FOP reported the page's content exceeding it (pdf.overflow).
            assertThat(PdfFixtures.imagesIn(render(tei, options).bytes())).isEqualTo(1);
        }
    }

    @Test
    void aLineBreakBreaksTheLine(@TempDir Path dir) throws Exception {
        String shape = Files.readString(PdfFixtures.SHAPE);
        int body = shape.indexOf("<body>") + "<body>".length();
        Path tei = Files.writeString(dir.resolve("lines.xml"), shape.substring(0, body) + shape.substring(body)
                .replaceFirst("<p>", "<p>Bureau of Intelligence<lb/>Department of State</p><p>"));
        // The stylesheet's line feed was whitespace-only text, stripped: the words ran together.
        assertThat(rawText(render(tei, PdfOptions.defaults()).bytes()))
                .containsPattern("Bureau of Intelligence\\s*\\R\\s*Department of State");
    }

    @Test
    void smallCapitalsAreSetInCapitalsButNotTheirFootnotes() {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Caps</title></titleStmt>
                <publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
                <text><body><p>the <hi rend="smallcaps">Foreign <emph>Office</emph><note place="foot">A note.</note></hi> replied</p></body></text></TEI>""";
        PdfResult result = renderer.renderFo(new ByteArrayInputStream(tei.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "caps.xml", PdfOptions.defaults());
        assertThat(result.diagnostics()).isEmpty();
        org.xmlunit.assertj3.XmlAssert.assertThat(new String(result.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .valueByXPath("normalize-space(//fo:block[contains(., 'replied')][last()])").startsWith("the FOREIGN OFFICE");
        org.xmlunit.assertj3.XmlAssert.assertThat(new String(result.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .withNamespaceContext(java.util.Map.of("fo", "http://www.w3.org/1999/XSL/Format"))
                .valueByXPath("normalize-space(//fo:footnote-body//fo:list-item-body)").isEqualTo("A note.");
    }

    @Test
    void oneRendererServesManyThreads() throws Exception {
        byte[] expected = PdfText.normalise(rawText(render(PdfFixtures.fixture("cyrillic.xml"), PdfOptions.defaults()).bytes())).getBytes();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PdfResult>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path tei = i % 2 == 0 ? PdfFixtures.fixture("cyrillic.xml") : PdfFixtures.SHAPE;
                futures.add(pool.submit(() -> renderer.renderPdf(tei, PdfOptions.defaults())));
            }
            for (int i = 0; i < futures.size(); i++) {
                PdfResult result = futures.get(i).get();
                assertThat(result.diagnostics()).isEmpty();
                if (i % 2 == 0) {
                    assertThat(PdfText.normalise(rawText(result.bytes())).getBytes()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    /** FOP reads its configuration lazily during the first renders; parallel first renders once raced there. */
    @Test
    void parallelFirstRendersOfAFreshRendererAllSucceed() throws Exception {
        List<Path> documents = List.of(PdfFixtures.SHAPE, PdfFixtures.fixture("cyrillic.xml"),
                PdfFixtures.fixture("notes-everywhere.xml"), PdfFixtures.fixture("chinese.xml"),
                PdfFixtures.SHAPE, PdfFixtures.fixture("cyrillic.xml"));
        int threads = documents.size();
        for (int round = 0; round < 12; round++) {
            PdfRenderer fresh = PdfRenderer.create();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
            try {
                List<Future<PdfResult>> futures = new ArrayList<>();
                for (Path document : documents) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return fresh.renderPdf(document, PdfOptions.defaults());
                    }));
                }
                for (Future<PdfResult> future : futures) {
                    assertThat(future.get().diagnostics()).as("round %d", round).isEmpty();
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void renderingFromAStreamNamesTheSourceInDiagnostics() {
        PdfResult result = renderer.renderPdf(new ByteArrayInputStream("<TEI".getBytes()), "memory.xml", PdfOptions.defaults());
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).file()).isEqualTo("memory.xml");
        assertThat(result.bytes()).isEmpty();
    }

    static String rawText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
