package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Conversion;
import org.teikit.ConversionReport;
import org.teikit.testing.TeiAll;

/**
 * Nothing lost: every source line, minus what the report lists as dropped and minus the documented
 * markup of the export formats, appears word for word in the TEI; and the lines of the document
 * text appear in the body in source order.
 */
class NothingLostTest {

    /** The markup of the export formats that the TEI expresses as structure, not as characters. */
    static String withoutMarkup(String line) {
        return withoutCalls(line)
                .replaceAll("^\\[\\d{1,3}\\]\\s", " ")                        // [1] endnote markers
                .replaceAll("\\[(?:sic!?|\\.\\.\\.|…|\\. \\. \\.|[^\\]]*illegible[^\\]]*)\\]", " ")
                .replaceAll("(?<=^|\\s)(?:\\. \\. \\.|\\.\\.\\.|…)(?=\\s|$)", " ")
                .replace("**", " ")
                .replaceAll("^<(https?://[^>]+)>$", "$1")
                .replaceAll("(?i)^this document was made possible with support from ", "")
                // teikit format: headings, quotes, list markers, emphasis, braces
                .replaceAll("^\\s*(?:#{1,6}|>|[-*+])\\s+", " ")
                .replaceAll("(?<![\\w*\\\\])\\*([^*\\s][^*]*?)(?<!\\\\)\\*(?![\\w*])", "$1")
                .replaceAll("!\\[", "[")                                      // ![description]: an image
                .replaceAll("\\]\\[[^\\]]*\\]", "]")                        // [text][label]: the label (ingest.link)
                .replaceAll("\\{pb(?:\\s+\\S+)?\\}", " ")
                .replaceAll("\\((?i:p\\.|page)\\s?\\d{1,5}\\)", " ")              // (p. 2) page markers: pb
                .replaceAll("\\{date\\s+[-0-9]+\\|([^}]*)\\}", "$1")
                .replaceAll("\\\\(\\p{Punct})", "$1");                          // Markdown escapes
    }

    /** Footnote calls in every source form, with the space the export puts before them. */
    static String withoutCalls(String text) {
        return text
                .replaceAll("\\s?\\[\\\\\\[\\d+\\\\\\]\\]\\(#[^)]*\\)", "")      // [\[1\]](#) calls
                .replaceAll("\\^\\[\\d+\\]", "")                             // ^[4] calls
                .replaceAll("^\\[\\^[^\\]]+\\]:\\s", " ")                    // [^1]: definitions
                .replaceAll("\\[\\^[^\\]]+\\]", "")                          // [^1] calls (teikit format)
                .replaceAll("\\s\\[\\d{1,3}\\](?=[\\s.,;]|$)", "");        // plain [1] calls
    }

    @TestFactory
    Stream<DynamicTest> everySourceLineReachesTheTei() {
        List<Path> inputs = new ArrayList<>(TestFiles.seeds());
        inputs.addAll(TestFiles.samples());
        return inputs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static void check(Path p) throws Exception {
        Conversion c = TestFiles.convert(p);
        ConversionReport report = c.report();
        List<String> lines = new ArrayList<>(List.of(new String(TestFiles.bytes(p), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").split("\r?\n", -1)));
        for (ConversionReport.Dropped d : report.dropped()) {
            if (d.kind().equals("markdown-escape")) {
                continue; // the backslashes: removed with the rest of the markup below
            }
            for (int i = 0; i < d.count(); i++) {
                int index = d.lines().get(i) - 1;
                if (!d.texts().get(i).equals("**…**")) {
                    lines.set(index, lines.get(index).replace(d.texts().get(i), " "));
                }
            }
        }
        for (ConversionReport.Interpretation in : report.interpretations()) {
            if (in.line() > 0 && (in.as().startsWith("label") || in.as().startsWith("start of metadata")
                    || in.as().startsWith("TEI/@xml:lang"))) {
                lines.set(in.line() - 1, "");
            }
        }
        TeiText tei = new TeiText(c.tei());
        List<String> teiWords = tei.wordsNotesLast();
        int bodyStart = tei.headerWordCount();
        int bodyEnd = tei.mainWordCount();
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            List<String> words = Words.of(withoutMarkup(lines.get(i)));
            if (words.isEmpty()) {
                continue;
            }
            int at = Words.indexOf(teiWords, words, Math.max(lastBody, 0));
            if (at < 0) {
                at = Words.indexOf(teiWords, words, 0);
            }
            if (at < 0) {
                // A header line read into several fields (reference and acquisition): its words, in a few runs.
                assertThat(Words.runs(teiWords, words)).as("%s line %d not found in the TEI: %s", p.getFileName(),
                        i + 1, words).isBetween(1, 4);
                continue;
            }
            if (at >= bodyStart && at < bodyEnd) {
                assertThat(at).as("%s line %d is out of order in the TEI body", p.getFileName(), i + 1)
                        .isGreaterThanOrEqualTo(lastBody);
                lastBody = at + words.size();
            }
        }
    }

    /**
     * Markdown nested thousands of levels deep (5,000 quotes, emphasis 1,500 deep) ended the conversion
     * with a StackOverflowError; such a block is now read as one paragraph of its text, with a warning
     * at its line, and every word is in the TEI, which is valid.
     */
    @Test
    void markdownNestedThousandsDeepIsReadAsTextWithAWarning() throws Exception {
        String header = "---\ntitle: Deep\ndate: 3 May 1958\n---\n\nFirst paragraph.\n\n";
        for (String deep : List.of("> ".repeat(5000) + "quoted *word* `code`",
                "*".repeat(3000) + "emphasised" + "*".repeat(3000),
                "A call.[^1]\n\n[^1]: " + "> ".repeat(5000) + "noted")) {
            Conversion c = TestFiles.CONVERTER.convert("deep.txt",
                    (header + deep + "\n\nLast paragraph.\n").getBytes(StandardCharsets.UTF_8), null);

            assertThat(c.succeeded()).as(c.report().diagnostics().toString()).isTrue();
            assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.too-deep")).singleElement()
                    .satisfies(d -> {
                        assertThat(d.line()).isEqualTo(deep.contains("noted") ? 10 : 8);
                        assertThat(d.message()).contains("levels deep", "every character is kept");
                    });
            for (String word : deep.contains("quoted") ? List.of("quoted", "word", "code")
                    : deep.contains("noted") ? List.of("noted") : List.of("emphasised")) {
                assertThat(c.tei()).contains(word);
            }
            if (deep.contains("noted")) { // a note too deep stays a note
                assertThat(c.tei()).containsPattern("<note[^>]*>\\s*(<p>\\s*)?noted");
            }
            assertThat(c.tei()).contains("First paragraph.", "Last paragraph.");
            assertThat(TeiAll.get().errors(c.tei())).isEmpty();
        }
    }

    /**
     * The header blocks of an export in the shapes QA found losing text without a word (exit 0, nothing
     * in the report): a label with no blank line after or before it, a value on the label's line, a
     * second paragraph under Citation, Original Language or Credits. Each shape passes the check above,
     * the TEI is valid, and the text is where the encoding policy puts it (or in the abstract, warned).
     */
    @TestFactory
    Stream<DynamicTest> exportHeaderShapesLoseNothing(@TempDir Path dir) {
        String river = new String(TestFiles.bytes(Path.of("tei/samples/export-report-river.txt")), StandardCharsets.UTF_8);
        String summary = "Lin Hao reports on an invented river commission";
        record Shape(String name, String from, String to, String xpath, String expected, String warning) {
        }
        return Stream.of(
                new Shape("summary-no-blank-after-label", "Summary:\n\n", "Summary:\n",
                        "//t:abstract/t:p", summary, null),
                new Shape("summary-on-label-line", "Summary:\n\n", "Summary: ",
                        "//t:abstract/t:p", summary, null),
                new Shape("label-no-blank-before", "document/200017>\n\n", "document/200017>\n",
                        "//t:abstract/t:p", summary, null),
                new Shape("citation-second-paragraph", "document/200017>\n", "document/200017>\n\nExtra sentence Zplain here.\n",
                        "//t:abstract/t:p", "Extra sentence Zplain here.", "ingest.field-extra"),
                new Shape("citation-paragraph-then-label", "document/200017>\n\n", "document/200017>\n\n[Zbr [x] y]\n",
                        "//t:abstract/t:p", "[Zbr [x] y]", "ingest.field-extra"),
                new Shape("language-second-paragraph", "Chinese\n", "Chinese\n\nRussian\n",
                        "//t:langUsage/t:language[@ident='ru']", "Russian", null),
                new Shape("credits-second-paragraph", "The Example Foundation\n", "The Example Foundation\n\nAlso the Zcr2 Trust.\n",
                        "//t:titleStmt/t:funder", "Also the Zcr2 Trust.", null),
                new Shape("contents-on-next-line", "Contents:\n\n", "Contents:\n",
                        "/t:TEI/@xml:lang", "en", null))
                .map(shape -> DynamicTest.dynamicTest(shape.name(), () -> {
                    assertThat(river).contains(shape.from());
                    Path p = dir.resolve(shape.name() + ".txt");
                    Files.writeString(p, river.replaceFirst(java.util.regex.Pattern.quote(shape.from()),
                            java.util.regex.Matcher.quoteReplacement(shape.to())));
                    check(p);
                    Conversion c = TestFiles.convert(p);
                    TeiText tei = new TeiText(c.tei());
                    assertThat(tei.all(shape.xpath())).as(c.tei()).anySatisfy(v -> assertThat(v).startsWith(shape.expected()));
                    assertThat(tei.all("//t:langUsage/t:language[1]")).containsExactly("Chinese");
                    assertThat(TeiAll.get().errors(c.tei())).isEmpty();
                    assertThat(c.report().diagnostics()).filteredOn(d -> d.severity() == org.teikit.Severity.WARNING)
                            .extracting(org.teikit.Diagnostic::rule)
                            .containsExactlyElementsOf(shape.warning() == null ? List.of() : List.of(shape.warning()));
                    if (shape.warning() != null) { // the warning says where and what
                        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals(shape.warning()))
                                .singleElement().satisfies(d -> {
                                    assertThat(d.line()).isEqualTo(13);
                                    assertThat(d.column()).isEqualTo(1);
                                    assertThat(d.message()).contains(shape.expected(), "Citation:", "abstract");
                                });
                    }
                }));
    }

    /** An unknown key of the teikit format's header is kept in the abstract as written (case, colons, spacing). */
    @Test
    void unknownHeaderKeyIsKeptAsWritten() throws Exception {
        String source = "---\ntitle: Test doc\ntitZq92x:le: Test doc\n  and More\ndate: 3 May 1958\n---\n\nText.\n";
        Conversion c = TestFiles.CONVERTER.convert("key.md", source.getBytes(StandardCharsets.UTF_8), null);

        assertThat(new TeiText(c.tei()).all("//t:abstract/t:p")).containsExactly("titZq92x:le: Test doc and More");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.header-unknown-key"))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("'titZq92x'"));
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    /**
     * A header key given twice: funder and language are repeatable, each value one element; a key of
     * one value keeps its first and the second is kept in the abstract with a warning at its line
     * (the second value used to replace the first, which was lost while the report listed both).
     */
    @Test
    void repeatedHeaderKeysAreKept() throws Exception {
        String source = "---\ntitle: First title\ntitle: Second title\nfunder: Leon Levy Foundation\n"
                + "funder: Carnegie Corporation\nlanguage: Russian\nlanguage: Chinese\n---\n\nText.\n";
        Conversion c = TestFiles.CONVERTER.convert("twice.md", source.getBytes(StandardCharsets.UTF_8), null);

        TeiText tei = new TeiText(c.tei());
        assertThat(tei.all("//t:titleStmt/t:title")).containsExactly("First title");
        assertThat(tei.all("//t:titleStmt/t:funder")).containsExactly("Leon Levy Foundation", "Carnegie Corporation");
        assertThat(tei.all("//t:langUsage/t:language/@ident")).containsExactly("ru", "zh");
        assertThat(tei.all("//t:abstract/t:p")).containsExactly("title: Second title");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.header-repeated-key"))
                .singleElement().satisfies(d -> {
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.message()).contains("'title'", "line 2", "abstract");
                });
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    /**
     * An export whose date line is in a form the date reader does not know (another language, a
     * circa range): the line stays the date, as text with a warning, and the bold title, the labelled
     * fields and the text keep their places (the date line became the title, the title a head and every
     * field a body paragraph).
     */
    @Test
    void exportDateLineInAnUnknownFormStaysTheDate() throws Exception {
        for (String dateLine : List.of("24 janvier 1957", "1957年1月24日", "c. 1962 - 1963")) {
            String source = dateLine + "\n\n**Letter, A to B**\n\nSummary:\n\nA summary.\n\nOriginal Language:\n\n"
                    + "German\n\nContents:\n\nTranslation - English\n\n□ The text.\n";
            Conversion c = TestFiles.CONVERTER.convert("export.txt", source.getBytes(StandardCharsets.UTF_8), null);

            TeiText tei = new TeiText(c.tei());
            assertThat(c.report().format()).isEqualTo("markdown-export");
            assertThat(tei.all("//t:titleStmt/t:title")).containsExactly("Letter, A to B");
            assertThat(tei.all("//t:creation/t:date")).containsExactly(dateLine);
            assertThat(tei.all("//t:abstract/t:p")).containsExactly("A summary.");
            assertThat(tei.all("//t:body//t:p")).containsExactly("The text.");
            assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.date-unreadable"))
                    .singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(1));
            assertThat(TeiAll.get().errors(c.tei())).isEmpty();
        }
    }

    /**
     * In a web capture, the paragraphs between the document's signature and "Document Information" are
     * its summary, however many: only the last was taken, and only when it had eight words or more (the
     * others stayed in the text after the signature).
     */
    @Test
    void aWebCapturesSummaryOfSeveralParagraphsAfterTheSignatureIsTheAbstract() throws Exception {
        String capture = "March 3, 1962\n\nTelegram, A to B\n\nThe text of the telegram.\n\nSigned: A. Gromov\n\n"
                + "The ambassador reports the talk.\n\nHe expects no change.\n\nDocument Information\n\n"
                + "RGANI f. 5, op. 30, d. 391, l. 12-14.\n";
        Conversion c = TestFiles.CONVERTER.convert("capture.txt", capture.getBytes(StandardCharsets.UTF_8), null);

        TeiText tei = new TeiText(c.tei());
        assertThat(c.report().format()).isEqualTo("web-capture");
        assertThat(tei.all("//t:abstract/t:p")).containsExactly("The ambassador reports the talk.", "He expects no change.");
        assertThat(String.join(" ", tei.all("//t:body//text()"))).contains("The text of the telegram.", "A. Gromov")
                .doesNotContain("ambassador", "no change");
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();
    }

    /**
     * A footnote call in the export's title or summary stays there as written (a header field holds no
     * notes), said at its place: it was kept without a word, and only its note's missing call was said.
     */
    @Test
    void exportNoteCallsInTheTitleOrSummaryAreSaidAtTheirPlace() throws Exception {
        String source = "January 24, 1957\n\n**Letter, A to B[\\[1\\]](#)**\n\nSummary: The gist.^[2]\n\n"
                + "Original Language:\n\nGerman\n\nContents:\n\nTranslation - English\n\n□ The text.\n";
        Conversion c = TestFiles.CONVERTER.convert("export.txt", source.getBytes(StandardCharsets.UTF_8), null);

        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.header-note-call"))
                .extracting(d -> d.line() + ":" + d.column() + " " + d.message().split(" is kept")[0])
                .containsExactly("3:17 footnote call [\\[1\\]](#) in the title", "5:19 footnote call ^[2] in the summary");
        TeiText tei = new TeiText(c.tei());
        assertThat(tei.all("//t:titleStmt/t:title")).containsExactly("Letter, A to B[\\[1\\]](#)");
        assertThat(tei.all("//t:abstract/t:p")).containsExactly("The gist.^[2]");
    }

    /**
     * A second archival reference, or an acquisition given beside the archive's "Obtained … by …",
     * no longer replaces the first: the second reference of a web capture replaced the first in
     * msIdentifier (the first was lost while the report listed both), and the teikit format's
     * acquisition key replaced the archive's credit sentence.
     */
    @Test
    void aSecondReferenceOrAcquisitionDoesNotReplaceTheFirst() throws Exception {
        String capture = "March 3, 1962\n\nTelegram, A to B\n\nThe text of the telegram.\n\nA summary.\n\n"
                + "Document Information\n\nRGANI f. 5, op. 30, d. 391, l. 12-14.\n\n"
                + "Bundesarchiv, SAPMO, DY 30/J IV 2/202/130\n";
        Conversion c = TestFiles.CONVERTER.convert("two.txt", capture.getBytes(StandardCharsets.UTF_8), null);

        TeiText tei = new TeiText(c.tei());
        assertThat(tei.all("//t:msIdentifier/t:idno")).containsExactly("RGANI f. 5, op. 30, d. 391, l. 12-14");
        assertThat(tei.all("//t:abstract/t:p")).contains("Bundesarchiv, SAPMO, DY 30/J IV 2/202/130");
        assertThat(c.report().diagnostics()).filteredOn(d -> d.rule().equals("ingest.reference-extra"))
                .singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(13));
        assertThat(TeiAll.get().errors(c.tei())).isEmpty();

        String header = "---\ntitle: T\narchive: AVPRF f. 1, op. 2, d. 3, l. 4. Obtained by Jane Roe.\n"
                + "acquisition: Bought at auction.\n---\n\nText.\n";
        Conversion t = TestFiles.CONVERTER.convert("acq.md", header.getBytes(StandardCharsets.UTF_8), null);
        assertThat(new TeiText(t.tei()).all("//t:acquisition")).containsExactly("Obtained by Jane Roe. Bought at auction.");
    }
}
