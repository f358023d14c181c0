package org.teikit.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The closed lists the readers classify with: document types, classification terms, languages.
 * Stateless and thread-safe.
 */
final class Vocabulary {

    /** Document types, longest first so that "Memorandum of Conversation" wins over "Memorandum". */
    private static final List<String> DOCUMENT_TYPES = List.of(
            "Memorandum of Conversation", "Record of Conversation", "Minutes of Conversation", "Diary Entry",
            "Memorandum", "Report", "Telegram", "Cable", "Letter", "Minutes", "Note", "Speech", "Transcript",
            "Resolution", "Directive", "Instruction", "Decree", "Decision", "Message", "Statement", "Notes",
            "Record", "Summary", "Protocol", "Draft");

    private static final Pattern CLASSIFICATION = Pattern.compile(
            "(?iu)(strictly secret|top secret|secret|confidential|restricted|for official use only|"
                    + "совершенно секретно|секретно|streng geheim|geheim|vertraulich|绝密|机密|秘密)[.!]?(?:\\s*\\(?(?:copy|экз).*)?");

    private Vocabulary() {
    }

    /** The document type a phrase names exactly (case-insensitive), in canonical spelling. */
    static Optional<String> documentType(String phrase) {
        String p = phrase.strip().replaceAll("[.:]$", "");
        return DOCUMENT_TYPES.stream().filter(t -> t.equalsIgnoreCase(p)).findFirst();
    }

    /** The document type a title opens with ("Report, 'My Observations …'" → Report). */
    static Optional<String> documentTypeOfTitle(String title) {
        String first = title.split("[,:]", 2)[0].strip();
        return documentType(first);
    }

    /**
     * The token form used on {@code div/@subtype}: "Memorandum of Conversation" → memorandum-of-conversation,
     * "Телеграмма" → телеграмма; null when no letter or digit is left (a type of "---" has no token, and TEI
     * allows no empty one).
     */
    static String subtype(String documentType) {
        if (documentType == null) {
            return null;
        }
        String token = SUBTYPE_SEPARATORS.matcher(documentType.toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("^-|-$", "");
        return token.isEmpty() ? null : token;
    }

    private static final Pattern SUBTYPE_SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    /** True when a line is a classification marking ("Top Secret", "Secret", "Совершенно секретно"). */
    static boolean isClassification(String line) {
        return CLASSIFICATION.matcher(line.strip()).matches();
    }

    /** The ISO 639-1 code of an English language name ("Chinese" → zh), using the JDK's locale data. */
    static Optional<String> languageCode(String name) {
        String n = name.strip().replaceAll("[.]$", "");
        if (n.equalsIgnoreCase("Serbo-Croatian")) {
            return Optional.of("sh");
        }
        return Optional.ofNullable(LANGUAGES_BY_NAME.get(foldCase(n)));
    }

    /**
     * ISO language codes by English name, case folded; the first code of {@link Locale#getISOLanguages()}
     * wins, as a search in that order would find it. Built once: asking every locale per document was slow.
     */
    private static final java.util.Map<String, String> LANGUAGES_BY_NAME = languagesByName();

    private static java.util.Map<String, String> languagesByName() {
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            byName.putIfAbsent(foldCase(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)), code);
        }
        return java.util.Map.copyOf(byName);
    }

    /** Two strings are {@link String#equalsIgnoreCase equal ignoring case} exactly when their folds are equal. */
    private static String foldCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(s.charAt(i))));
        }
        return sb.toString();
    }

    /** The English name of a language code (zh → Chinese). */
    static String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }
}
