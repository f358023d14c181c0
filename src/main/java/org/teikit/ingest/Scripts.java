package org.teikit.ingest;

import java.util.EnumMap;
import java.util.Map;

/** Guesses a text's language from its dominant script, when nothing says what it is. */
final class Scripts {

    private Scripts() {
    }

    /** {@code ru} for mostly Cyrillic, {@code zh} for mostly Han, otherwise {@code en} (the archives' translations). */
    static String dominantLanguage(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(c -> counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        int latin = counts.getOrDefault(Character.UnicodeScript.LATIN, 0);
        int cyrillic = counts.getOrDefault(Character.UnicodeScript.CYRILLIC, 0);
        int han = counts.getOrDefault(Character.UnicodeScript.HAN, 0);
        if (cyrillic > latin && cyrillic >= han) {
            return "ru";
        }
        if (han > latin && han > cyrillic) {
            return "zh";
        }
        return "en";
    }
}
