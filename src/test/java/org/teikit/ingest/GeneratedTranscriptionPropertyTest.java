package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Conversion;

/**
 * Property: for generated transcriptions (seeded, so every run checks the same cases and a failure
 * names its seed), the text of the TEI body equals the source text minus the documented markup,
 * in order, and the notes' text equals the footnotes' text in call order. Whitespace is ignored,
 * since TEI spacing around notes and gaps is the converter's choice.
 */
class GeneratedTranscriptionPropertyTest {

    private static final int CASES = 120;
    /** Invented words that are no date, number, month, formula or classification term. */
    private static final String[] WORDS = {"lorem", "varga", "tisza", "kelp", "ostra", "brill", "quay", "ferry",
        "dune", "mole", "harbour", "canal", "river", "река", "мост", "берег", "河流", "港口", "olm", "vell", "tarn"};

    /** One token of a generated paragraph: what the source says, and what the TEI text must say. */
    private record Token(String teikit, String export, String text, String note) {
    }

    private record Generated(String teikit, String export, String bodyText, String notesText) {
        // notesText: the notes' text as the TEI must have it (editorial brackets become supplied)
    }

    @TestFactory
    Stream<DynamicTest> teikitFormat() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Generated g = generate(new Random(seed));
            check(g.teikit(), "teikit", g);
        }));
    }

    @TestFactory
    Stream<DynamicTest> markdownExport() {
        return IntStream.range(0, CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Generated g = generate(new Random(1000 + seed));
            check(g.export(), "markdown-export", g);
        }));
    }

    private static void check(String source, String format, Generated g) throws Exception {
        Conversion c = TestFiles.CONVERTER.convert("generated.txt", source.getBytes(StandardCharsets.UTF_8), null);
        assertThat(c.report().format()).isEqualTo(format);
        assertThat(c.report().diagnostics()).as(source).isEmpty();
        TeiText tei = new TeiText(c.tei());
        String body = String.join("", tei.all("//t:body//text()[not(ancestor::t:note)]"));
        String notes = String.join("", tei.all("//t:body//t:note[@place='foot']//text()"));
        assertThat(squash(body)).as(source).isEqualTo(squash(g.bodyText()));
        assertThat(squash(notes)).as(source).isEqualTo(squash(g.notesText()));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Generated generate(Random r) {
        StringBuilder teikit = new StringBuilder("---\ntitle: Generated transcription (invented sample)\n---\n\n");
        StringBuilder export = new StringBuilder("**Generated transcription (invented sample)**\n\nContents:\n\n"
                + "Translation - English\n\n");
        StringBuilder text = new StringBuilder();
        List<String> notes = new ArrayList<>();
        int paragraphs = 1 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            List<String> t = new ArrayList<>();
            List<String> e = new ArrayList<>();
            int tokens = 3 + r.nextInt(12);
            for (int i = 0; i < tokens; i++) {
                Token token = token(r, notes.size() + 1);
                t.add(token.teikit());
                e.add(token.export());
                text.append(token.text()).append(' ');
                if (token.note() != null) {
                    notes.add(token.note());
                }
            }
            // The full stop keeps generated lines from looking like headings or formulas.
            teikit.append(String.join(" ", t).replace(" \u0000", "").replace("\u0000", "")).append(".\n\n");
            export.append("□ ").append(String.join(" ", e).replace(" \u0000", "").replace("\u0000", "")).append(".\n\n");
            text.append(".");
        }
        for (int n = 1; n <= notes.size(); n++) {
            teikit.append("[^").append(n).append("]: ").append(notes.get(n - 1)).append("\n\n");
            export.append(r.nextBoolean() ? "[" + n + "] " : "[\\[" + n + "\\]](#) ").append(notes.get(n - 1)).append("\n\n");
        }
        return new Generated(teikit.toString(), export.toString(), text.toString(),
                String.join("", notes).replace("[", "").replace("]", ""));
    }

    /** A random token; a call is glued to the word before it (marked by a NUL that the joiner removes). */
    private static Token token(Random r, int nextNote) {
        String w = word(r);
        String w2 = word(r);
        return switch (r.nextInt(9)) {
            case 0 -> new Token("[" + w + " " + w2 + "]", "[" + w + " " + w2 + "]", w + " " + w2, null);
            case 1 -> new Token("*" + w + "*", "*" + w + "*", w, null);
            case 2 -> new Token("**" + w + " " + w2 + "**", "**" + w + " " + w2 + "**", w + " " + w2, null);
            case 3 -> new Token("[illegible]", "[illegible]", "", null);
            case 4 -> new Token("[...]", ". . .", "", null);
            case 5 -> new Token(w + " [sic]", w + " [sic]", w, null);
            case 6 -> new Token("\u0000[^" + nextNote + "]", "\u0000^[" + nextNote + "]", "",
                    "note " + w + " " + w2 + " [" + word(r) + "]");
            default -> new Token(w, w, w, null);
        };
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }
}
