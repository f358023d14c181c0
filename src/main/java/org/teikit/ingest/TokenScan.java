package org.teikit.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns whose matches can only start at a few characters: positions
 * holding any other character are skipped with a plain character test instead of an attempt of the
 * whole pattern at each of them. The matches found are exactly those of {@code find()} (the pattern
 * is tried with transparent, non-anchoring bounds, so lookbehinds and {@code ^} see the whole text);
 * on running text this made the converter's inline parsing several times faster.
 *
 * <p>Not thread-safe (it holds a matcher); make one per text.
 */
final class TokenScan {

    /** Where a match may start: true at least at every position where one does. */
    @FunctionalInterface
    interface Starts {
        boolean mayStartAt(String text, int position);

        /** Matches start only at these characters. */
        static Starts anyOf(String chars) {
            return (text, position) -> chars.indexOf(text.charAt(position)) >= 0;
        }
    }

    private final Matcher matcher;
    private final String text;
    private final Starts starts;
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
    }

    /** Finds the next match, as {@code find()} would; its groups are then read from {@link #matcher()}. */
    boolean find() {
        int length = text.length();
        for (int i = position; i < length; i++) {
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

    /** The matcher holding the last match. */
    Matcher matcher() {
        return matcher;
    }
}
