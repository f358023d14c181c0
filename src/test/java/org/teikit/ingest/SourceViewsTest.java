package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.teikit.Diagnostic;
import org.teikit.tei.Inline;

/**
 * The memory-saving views (text held as UTF-8 bytes, lines decoded on demand, checks on bytes) and
 * the regex-free helpers give what the whole-string versions gave.
 */
class SourceViewsTest {

    @Test
    void lineEndsAreNormalisedAndTheByteOrderMarkRemoved() {
        SourceText t = SourceText.ofUtf8("x", "\uFEFFone\r\ntwo\rthree\n\n\u2003\nfour é".getBytes(StandardCharsets.UTF_8));
        assertThat(t.lines()).containsExactly("one", "two", "three", "", "\u2003", "four é");
        assertThat(t.text()).isEqualTo("one\ntwo\nthree\n\n\u2003\nfour é");
        List<SourceBlock> blocks = t.blocks();
        assertThat(blocks).hasSize(2); // the em-space line is blank, as String.isBlank says
        assertThat(blocks.get(0).text()).isEqualTo("one\ntwo\nthree");
        assertThat(blocks.get(0).flat()).isEqualTo("one two three");
        assertThat(blocks.get(1).firstLine()).isEqualTo(6);
        assertThat(t.blankLinesBefore(6)).isEqualTo(2);
    }

    @Test
    void offsetsMapToLineAndColumnInCharacters() {
        SourceBlock b = SourceText.of("x", "\n\né€x\nyz").blocks().get(0);
        assertThat(b.text()).isEqualTo("é€x\nyz");
        assertThat(b.lineAt(2)).isEqualTo(3);
        assertThat(b.columnAt(2)).isEqualTo(3);
        assertThat(b.lineAt(4)).isEqualTo(4);
        assertThat(b.columnAt(5)).isEqualTo(2);
    }

    @Test
    void controlCharactersAreLocatedInCharactersAfterMultiByteText() {
        Diagnostic d = new InputDecoder().decode("x", "ok\r\né€\u0007".getBytes(StandardCharsets.UTF_8)).error();
        assertThat(d.rule()).isEqualTo("ingest.control-character");
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(3);
        Diagnostic nonChar = new InputDecoder().decode("x", "a\n\uD83D\uDE00b\uFFFF".getBytes(StandardCharsets.UTF_8)).error();
        assertThat(nonChar.message()).contains("U+FFFF");
        assertThat(nonChar.column()).isEqualTo(4);
    }

    @Test
    void formatsAreDetectedLineByLine() {
        FormatDetector detector = new FormatDetector();
        assertThat(detector.detect(SourceText.of("x", "\n  \n  ---\ntitle: A\n---\n"))).isEqualTo("teikit");
        assertThat(detector.detect(SourceText.of("x", "---\n\ntitle: A\n"))).isNotEqualTo("teikit");
        assertThat(detector.detect(SourceText.of("x", "\nMay 1, 1960\n\n**Title**\n"))).isEqualTo("markdown-export");
        assertThat(detector.detect(SourceText.of("x", "May 1, 1960\nmore\n\n**Title**\n"))).isEqualTo("web-capture");
        assertThat(detector.detect(SourceText.of("x", "Title\n\nSummary:  \n\ntext\n"))).isEqualTo("markdown-export");
        assertThat(detector.detect(SourceText.of("x", "Title\n\ntext [\\[1\\]](#n1)\n"))).isEqualTo("markdown-export");
        assertThat(detector.detect(SourceText.of("x", "Title\n\nSummary: of it\n"))).isEqualTo("web-capture");
    }

    /** The whole-text patterns the line-by-line detector replaced, as they were. */
    private static final java.util.regex.Pattern OLD_TEIKIT = java.util.regex.Pattern.compile(
            "\\A\\s*---[ \\t]*\\n[A-Za-z][\\w-]*:");
    private static final java.util.regex.Pattern OLD_EXPORT = java.util.regex.Pattern.compile(
            "(?m)^(Citation|Contents|Summary|Credits|Original Language):\\s*$|^[□■☐]|\\[\\\\\\[\\d+\\\\\\]\\]\\(#|\\A\\s*(?:.*\\n\\s*)?\\*\\*");

    @Test
    void detectionAgreesWithTheWholeTextPatternsOnRandomTexts() {
        Random r = new Random(11);
        String[] pieces = {"\n", " ", "\t", "---", "title:", "**", "Summary:", "□", "[\\[2\\]](#", "x", "\u2028", "\u000B"};
        FormatDetector detector = new FormatDetector();
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            String expected = OLD_TEIKIT.matcher(text).find() ? "teikit"
                    : OLD_EXPORT.matcher(text).find() ? "markdown-export" : "web-capture";
            assertThat(detector.detect(SourceText.of("x", text))).as("'%s'", text).isEqualTo(expected);
        }
    }

    @Test
    void whitespaceCollapsesAsTheRegularExpressionDid() {
        Random r = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003";
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(InlineTidy.collapseSpace(s)).as("'%s'", s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    /**
     * Neighbouring texts are joined and then collapsed once (collapsing the joined text at every join
     * was quadratic): the same as collapsing each, joining them and collapsing again, with the ends of
     * the whole run trimmed, around inline elements that are not text.
     */
    @Test
    void neighbouringTextsMergeAsIfCollapsedAtEachJoin() {
        Random r = new Random(11);
        String alphabet = "ab \t\n\u00A0";
        for (int k = 0; k < 2000; k++) {
            List<Inline> in = new ArrayList<>();
            for (int i = r.nextInt(8); i > 0; i--) {
                if (r.nextInt(4) == 0) {
                    in.add(new Inline.Sic("s"));
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (int j = r.nextInt(5); j > 0; j--) {
                    sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                in.add(new Inline.Text(sb.toString()));
            }
            List<Inline> expected = new ArrayList<>();
            for (Inline i : in) {
                if (i instanceof Inline.Text t && !expected.isEmpty()
                        && expected.get(expected.size() - 1) instanceof Inline.Text prev) {
                    expected.set(expected.size() - 1, new Inline.Text(
                            (prev.text() + t.text()).replaceAll("[ \t\n\u000B\f\r]+", " ")));
                } else {
                    expected.add(i instanceof Inline.Text t
                            ? new Inline.Text(t.text().replaceAll("[ \t\n\u000B\f\r]+", " ")) : i);
                }
            }
            while (!expected.isEmpty() && expected.get(0) instanceof Inline.Text t) {
                String stripped = t.text().stripLeading();
                if (stripped.isEmpty()) {
                    expected.remove(0);
                } else {
                    expected.set(0, new Inline.Text(stripped));
                    break;
                }
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1) instanceof Inline.Text t) {
                String stripped = t.text().stripTrailing();
                if (stripped.isEmpty()) {
                    expected.remove(expected.size() - 1);
                } else {
                    expected.set(expected.size() - 1, new Inline.Text(stripped));
                    break;
                }
            }
            assertThat(InlineTidy.tidy(in)).as("%s", in).isEqualTo(expected);
        }
    }

    @Test
    void languageNamesAreFoundIgnoringCase() {
        assertThat(Vocabulary.languageCode("russian")).contains("ru");
        assertThat(Vocabulary.languageCode(" Chinese. ")).contains("zh");
        assertThat(Vocabulary.languageCode("Serbo-Croatian")).contains("sh");
        assertThat(Vocabulary.languageCode("Klingonese")).isEmpty();
    }

    @Test
    void documentTypesBecomeTokensInAnyScriptOrNone() {
        assertThat(Vocabulary.subtype("Memorandum of Conversation")).isEqualTo("memorandum-of-conversation");
        assertThat(Vocabulary.subtype("Телеграмма")).isEqualTo("телеграмма");
        assertThat(Vocabulary.subtype("Aide-me\u0301moire")).isEqualTo("aide-me\u0301moire");
        assertThat(Vocabulary.subtype("---")).as("TEI allows no empty subtype (found by fuzzing)").isNull();
        assertThat(Vocabulary.subtype(null)).isNull();
    }
}
