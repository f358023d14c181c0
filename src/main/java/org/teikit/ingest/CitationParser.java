package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Metadata.PublishedSource;
import org.teikit.tei.Metadata.Responsibility;

/**
 * Reads the parts of an archive's citation line and of credit sentences: the printed source (a
 * book: author, title, place, publisher, year, pages), the archival reference, and who translated
 * or obtained the document. Stateless and thread-safe.
 */
final class CitationParser {

    private static final Pattern BOOK = Pattern.compile(
            "^(?<author>[^,()]+?),\\s+(?<title>.+?)\\s+\\((?<place>[^:()]+):\\s*(?<publisher>[^()]+?),\\s*(?<year>(?!0000)\\d{4})\\)"
                    + ",?\\s*(?:pp?\\.\\s*)?(?<pages>\\d+(?:\\s*[-–]\\s*\\d+)?)?\\.?$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?<what>obtained and translated|translated and obtained|obtained|translated|translation|"
                    + "transcribed|contributed|donated|provided)(?:\\s+for\\s+(?<for>.+?))?\\s+by\\s+(?<names>.+?)[.;]?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?<=[\\p{Ll}\\d)\\]]\\.)\\s+(?=\\p{Lu})"
                    + "|(?<=\\.)\\s+(?=(?:Obtained|Translated|Transcribed|Contributed|Donated|Provided)\\b)"
                    // two credits in one sentence: "Translated by A; obtained by B."
                    + "|(?<=;)\\s+(?=(?i:obtained|translated|transcribed|contributed|donated|provided)\\b)");
    private static final Pattern FUNDER = Pattern.compile(
            "(?i)^(?:this document was )?made possible (?:with|by|through) (?:the )?(?:generous )?support (?:from|of) (.+?)\\.?$");
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(Institute|Center|Centre|Archive|Archives|Project|Program|Programme|Foundation|University|Ministry|"
                    + "Committee|Office|Library)\\b|^[A-Z]{3,}$");

    /** Sentences of a passage, not broken after initials ("K.E. Voroshilov") or reference parts ("op. 49"). */
    static List<String> sentences(String text) {
        return List.of(SENTENCE_BREAK.split(text.strip()));
    }

    /** A printed book citation, if the text is one. */
    Optional<PublishedSource> book(String text, String citation) {
        Matcher m = BOOK.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String pages = m.group("pages");
        String from = null;
        String to = null;
        if (pages != null) {
            pages = pages.replaceAll("\\s", "");
            String[] range = pages.split("[-–]");
            from = range[0];
            to = range.length > 1 ? range[1] : range[0];
        }
        return Optional.of(new PublishedSource(m.group("author").strip(), m.group("title").strip(),
                m.group("place").strip(), m.group("publisher").strip(), m.group("year"), pages, from, to, citation));
    }

    /** A credit sentence ("Translated by A and B.", "Obtained and translated for X by Y."), if it is one. */
    Optional<List<Responsibility>> credit(String sentence) {
        Matcher m = CREDIT.matcher(sentence.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group("what").toLowerCase(java.util.Locale.ROOT);
        List<String> resps = new ArrayList<>();
        if (what.contains("obtained")) {
            resps.add("obtained by");
        }
        if (what.startsWith("transl") || what.contains("and transl")) {
            resps.add("translated by");
        }
        if (resps.isEmpty()) {
            resps.add(what + " by");
        }
        List<Responsibility> out = new ArrayList<>();
        for (String resp : resps) {
            for (String name : names(m.group("names"))) {
                out.add(new Responsibility(resp, name, ORGANISATION.matcher(name).find()));
            }
        }
        return Optional.of(out);
    }

    /** The funder named by a credit line ("This document was made possible with support from X"). */
    Optional<String> funder(String line) {
        Matcher m = FUNDER.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String part : list.split(",\\s*|\\s+and\\s+|\\s*&\\s*")) {
            String name = part.strip().replaceAll("^and\\s+", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
