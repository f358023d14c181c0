package org.teikit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan that tries a pattern only where a match can start finds exactly what {@link Matcher#find()}
 * finds, for each pattern the converter scans with: a first character missing from a pattern's list
 * would make the scan miss matches, and this test fail.
 */
class TokenScanTest {

    /**
     * Characters the patterns care about, and some they do not, so that random texts hit every
     * alternative: letters of month names, and letters and a combining mark outside ASCII before a
     * date (word characters to one Java's {@code \b} and not to another's).
     */
    private static final String ALPHABET = "[]^\\*<>.… \n\t\r\f\u000B\u00A0()#_-:/aZ0123456789JFMASONDuyecthpsnbrgvl,–éЖ\u0301";
    private static final List<String> WORDS = List.of("[1]", "\\[2\\]", "^[3]", "[\\[4\\]](#fn4)", "[^n5]",
            "**bold**", " *it* ", "<https://example.org/a>", " . . . ", "...", " … ", "[illegible]",
            "[Moscow]", "\\*", "12 March 1956", "March 12, 1956", "3-5 May 1957", "June 1958", "Sept. 4, 1960",
            "the 4th of July 1959", "Jan. 5, 1961", "Nov 1962", "x");

    static List<Arguments> patterns() {
        return List.of(
                Arguments.of("editorial signs", EditorialSigns.TOKEN, EditorialSigns.TOKEN_STARTS),
                Arguments.of("dates in text", DateParser.IN_TEXT, DateParser.IN_TEXT_STARTS),
                Arguments.of("calls seen", MarkdownExportReader.CALL_SEEN, MarkdownExportReader.CALL_SEEN_STARTS),
                Arguments.of("explicit calls", MarkdownExportReader.EXPLICIT_CALL,
                        MarkdownExportReader.EXPLICIT_CALL_STARTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void findsWhatFindFinds(String name, Pattern pattern, TokenScan.Starts starts) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < 3000; i++) {
            String text = randomText(random);
            assertEquals(matchesOfFind(pattern, text), matchesOfScan(pattern, starts, text), () -> "in: " + text);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(12);
        for (int k = 0; k < parts; k++) {
            if (random.nextBoolean()) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                for (int c = random.nextInt(6); c > 0; c--) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return text.toString();
    }

    private static List<String> matchesOfFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }

    private static List<String> matchesOfScan(Pattern pattern, TokenScan.Starts starts, String text) {
        List<String> found = new ArrayList<>();
        TokenScan scan = new TokenScan(pattern, starts, text);
        while (scan.find()) {
            found.add(scan.matcher().start() + ":" + scan.matcher().group());
        }
        return found;
    }
}
