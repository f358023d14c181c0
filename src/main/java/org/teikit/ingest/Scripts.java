package org.teikit.ingest;

/** Guesses a text's language from its dominant script, when nothing says what it is. */
final class Scripts {

    private Scripts() {
    }

    /** {@code ru} for mostly Cyrillic, {@code zh} for mostly Han, otherwise {@code en} (the archives' translations). */
    static String dominantLanguage(Iterable<String> lines) {
        int latin = 0;
        int cyrillic = 0;
        int han = 0;
        for (String line : lines) {
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) {
                    // ASCII letters are Latin; counted without a script lookup (most of every text).
                    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                        latin++;
                    }
                } else if (Character.isLetter(c)) {
                    switch (Character.UnicodeScript.of(c)) {
                        case LATIN -> latin++;
                        case CYRILLIC -> cyrillic++;
                        case HAN -> han++;
                        default -> {
                        }
                    }
                }
            }
        }
        if (cyrillic > latin && cyrillic >= han) {
            return "ru";
        }
        if (han > latin && han > cyrillic) {
            return "zh";
        }
        return "en";
    }
}
