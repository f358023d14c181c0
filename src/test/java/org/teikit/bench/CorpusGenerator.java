package org.teikit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of invented transcriptions in the archive Markdown-export shape (bold title,
 * labelled blocks, box-marked paragraphs with editorial insertions, footnote calls and endnotes, an
 * elision, a page break mid-paragraph). The content is nonsense assembled from an invented
 * vocabulary; the shape is what the benchmark measures. Deterministic for a given seed.
 */
public final class CorpusGenerator {

    private static final List<String> NAMES = List.of("Ilse Varga", "Tomas Brel", "Anna Example", "Pavel Sample",
            "Mira Okonkwo", "Jun Hale", "Oskar Lind", "Rosa Tamm", "Elif Demir", "Karl Otten");
    private static final List<String> PLACES = List.of("Lorvan", "Estmark", "Port Selim", "Varnholt", "Quillon",
            "Brask", "Odrava", "Tessin");
    private static final List<String> WORDS = List.of("delegation", "ministry", "river", "agreement", "congress",
            "crossing", "trade", "railway", "harvest", "committee", "treaty", "border", "report", "envoy",
            "question", "situation", "proposal", "meeting", "assembly", "conference", "shipment", "plan",
            "navigation", "support", "friendship", "position", "mission", "exchange", "visit", "programme");
    private static final List<String> VERBS = List.of("discussed", "raised", "noted", "rejected", "welcomed",
            "examined", "postponed", "approved", "questioned", "summarised");
    private static final List<String> TYPES = List.of("Memorandum of Conversation", "Report", "Telegram", "Letter");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private CorpusGenerator() {
    }

    /** Writes {@code count} transcriptions of about {@code targetBytes} each into {@code dir}. */
    public static void generate(Path dir, int count, int targetBytes, long seed) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            Files.writeString(dir.resolve(String.format("doc-%05d.txt", i)), document(random, i, targetBytes),
                    StandardCharsets.UTF_8);
        }
    }

    static String document(Random r, int index, int targetBytes) {
        int year = 1950 + r.nextInt(30);
        String month = pick(r, MONTHS);
        int day = 1 + r.nextInt(28);
        String type = pick(r, TYPES);
        String from = pick(r, NAMES);
        String to = pick(r, NAMES);
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append(month).append(' ').append(day).append(", ").append(year).append("\n\n");
        sb.append("**").append(type).append(", ").append(from).append(" to ").append(to).append(" on the ")
                .append(pick(r, WORDS)).append(" (invented benchmark document ").append(index).append(")**\n\n");
        sb.append("Citation:\n\n\"").append(type).append("\", ").append(month).append(' ').append(day).append(", ")
                .append(year).append(", Invented Digital Archive, Archive of Invented Records f. ")
                .append(100 + r.nextInt(900)).append(", op. ").append(1 + r.nextInt(90))
                .append(". Translated by ").append(pick(r, NAMES)).append(".\n")
                .append("<https://archive.example.org/document/").append(100000 + index).append(">\n\n");
        sb.append("Summary:\n\n").append(sentence(r)).append(' ').append(sentence(r)).append("\n\n");
        sb.append("Credits:\n\nThis document was made possible with support from The Example Foundation\n\n");
        sb.append("Original Language:\n\n").append(r.nextBoolean() ? "Russian" : "Chinese").append("\n\n");
        sb.append("Contents:\n\nTranslation - English\n\n");
        int notes = 0;
        boolean pageBreak = false;
        while (sb.length() < targetBytes * 0.8) {
            sb.append("□ ");
            int sentences = 3 + r.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                sb.append(sentence(r));
                if (r.nextInt(8) == 0) {
                    notes++;
                    sb.append(r.nextBoolean() ? " [\\[" + notes + "\\]](#)" : "^[" + notes + "]");
                }
                sb.append(' ');
            }
            if (!pageBreak && r.nextInt(4) == 0) {
                pageBreak = true;
                sb.append("and the ").append(pick(r, WORDS)).append("\n\n").append(pick(r, WORDS))
                        .append(" continued after the page break. ");
            }
            if (r.nextInt(6) == 0) {
                sb.append(". . . ");
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        for (int n = 1; n <= notes; n++) {
            sb.append('[').append(n).append("] ").append(sentence(r)).append(' ').append(sentence(r)).append("\n\n");
        }
        return sb.toString();
    }

    private static String sentence(Random r) {
        String subject = r.nextInt(3) == 0 ? pick(r, NAMES) : "the " + pick(r, WORDS);
        StringBuilder s = new StringBuilder(Character.toUpperCase(subject.charAt(0)) + subject.substring(1));
        s.append(' ').append(pick(r, VERBS)).append(" the ").append(pick(r, WORDS));
        if (r.nextInt(3) == 0) {
            s.append(" of the [").append(pick(r, PLACES)).append("] ").append(pick(r, WORDS));
        }
        if (r.nextInt(4) == 0) {
            s.append(" in ").append(pick(r, PLACES));
        }
        return s.append('.').toString();
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private static final List<String> TEIKIT_SENTENCES = List.of(
            "The minister of *transport* received the delegation of the [Lorvanian] ministry in the morning.",
            "The conversation turned to [two words illegible] and then to trade.",
            "He was recieved [sic] well by the committee, which met on {date 1958-05-03|3 May 1958}.",
            "The report on the canal was read aloud [...] and the chairman thanked the members.",
            "\u041f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c "
                    + "\u043c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430 \u0441\u043e\u043e\u0431\u0449\u0438\u043b.",
            "The **harbour** works continued \u2014 slowly \u2014 through the winter.");

    /** A teikit-format transcription of at least {@code size} bytes: opener, headings, notes, page breaks, signs. */
    public static void teikitFormat(Path target, long size) throws IOException {
        java.util.Random random = new java.util.Random(7);
        int notes = 0;
        try (java.io.BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("---\ntitle: Minutes of the Invented Canal Committee (generated for the scale test)\n"
                    + "date: 3 May 1958\ntype: Minutes\nlanguage: German\n"
                    + "archive: AVPRF f. 0200, op. 12, 1958, p. 7, d. 3, l. 14-15\n---\n\n"
                    + "Lorvan, 3 May 1958\n\nCopy No. 2\n\n# The Invented Canal Committee\n\n");
            long written = 0;
            for (int paragraph = 1; written < size; paragraph++) {
                StringBuilder p = new StringBuilder();
                if (paragraph % 100 == 0) {
                    p.append("## Part ").append(paragraph / 100).append("\n\n");
                }
                int sentences = 3 + random.nextInt(5);
                for (int s = 0; s < sentences; s++) {
                    p.append(TEIKIT_SENTENCES.get(random.nextInt(TEIKIT_SENTENCES.size())));
                    if (random.nextInt(6) == 0) {
                        p.append("[^").append(++notes).append(']');
                    }
                    p.append(s % 3 == 2 ? "\n" : " ");
                }
                if (paragraph % 20 == 0) {
                    p.append("{pb ").append(paragraph / 20).append("}");
                }
                p.append("\n\n");
                out.write(p.toString());
                written += p.toString().getBytes(StandardCharsets.UTF_8).length;
            }
            out.write("Signed: I. Varga\n\n");
            for (int n = 1; n <= notes; n++) {
                out.write("[^" + n + "]: Note " + n + " on the invented canal, with an [illegible] word.\n\n");
            }
        }
    }

    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args.length > 2 ? args[2] : "10000"), 1L);
    }
}
