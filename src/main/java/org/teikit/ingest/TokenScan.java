package org.teikit.ingest;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns whose matches can only start at a few characters: the scan
 * jumps from one such character to the next with {@link String#indexOf(int, int)} (which the JVM
 * runs many characters at a time), checks the position with a plain test, and only then tries the
 * whole pattern. The matches found are exactly those of {@code find()} (the pattern is tried with
 * transparent, non-anchoring bounds, so lookbehinds and {@code ^} see the whole text); on running
 * text this made the converter's inline parsing several times faster.
 *
 * <p>Not thread-safe (it holds a matcher); make one per text.
 */
final class TokenScan {

    /**
     * Where a match may start: at one of {@code firstCharacters}, where {@code test} holds; true at
     * least at every position where one does.
     */
    record Starts(String firstCharacters, Test test) {

        /** Whether a match may start at {@code position}, which holds one of the first characters. */
        boolean mayStartAt(String text, int position) {
            return test.holds(text, position);
        }

        /** Matches start at these characters, where {@code test} also holds. */
        static Starts where(String chars, Test test) {
            return new Starts(chars, test);
        }

        /**
         * Matches start only with one of these two-character openings, {@code #} standing for any digit
         * 0-9 ({@code "[#"}: an opening bracket before a digit). Sharper than the first character
         * alone where that character is common in the text (the brackets of supplied words).
         */
        static Starts openings(String... openings) {
            StringBuilder firsts = new StringBuilder();
            for (String opening : openings) {
                firsts.append(opening.charAt(0));
            }
            return where(firsts.toString(), (text, position) -> {
                if (position + 1 >= text.length()) {
                    return false;
                }
                char first = text.charAt(position);
                char second = text.charAt(position + 1);
                for (String opening : openings) {
                    if (first == opening.charAt(0) && (opening.charAt(1) == '#'
                            ? second >= '0' && second <= '9' : second == opening.charAt(1))) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    /** A test of a position in a text. */
    @FunctionalInterface
    interface Test {
        boolean holds(String text, int position);
    }

    private final Matcher matcher;
    private final String text;
    private final Starts starts;
    private final String firsts;
    /** For each first character, where it next occurs at or after {@link #position} (the text's length: nowhere). */
    private final int[] next;
    private int position;

    /**
     * @param pattern the pattern; none of its matches may be empty
     * @param starts  where a match of {@code pattern} can start
     * @param text    the text to search
     */
    TokenScan(Pattern pattern, Starts starts, String text) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.text = text;
        this.starts = starts;
        this.firsts = starts.firstCharacters();
        this.next = new int[firsts.length()];
        Arrays.fill(next, -1); // not looked for yet
    }

    /** Finds the next match, as {@code find()} would; its groups are then read from {@link #matcher()}. */
    boolean find() {
        int length = text.length();
        for (int i = nextCandidate(); i < length; i = nextCandidate()) {
            position = i + 1;
            if (starts.mayStartAt(text, i)) {
                matcher.region(i, length);
                if (matcher.lookingAt()) {
                    // A match is never empty (see the constructor), so the next search starts after it.
                    position = Math.max(matcher.end(), i + 1);
                    return true;
                }
            }
        }
        position = length;
        return false;
    }

    /** The first position at or after {@link #position} holding one of the first characters, or the text's length. */
    private int nextCandidate() {
        int length = text.length();
        int nearest = length;
        for (int k = 0; k < next.length; k++) {
            if (next[k] < position) {
                int found = text.indexOf(firsts.charAt(k), position);
                next[k] = found < 0 ? length : found;
            }
            nearest = Math.min(nearest, next[k]);
        }
        return nearest;
    }

    /** The matcher holding the last match. */
    Matcher matcher() {
        return matcher;
    }
}
