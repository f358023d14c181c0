package org.teikit.ingest;

import java.util.Arrays;
import java.util.List;

/** Word sequences for "nothing lost" comparisons: split at any whitespace (no-break space included). */
final class Words {

    private Words() {
    }

    static List<String> of(String text) {
        String t = text.replace("[", "").replace("]", "").strip();
        // Sentence punctuation at a word's end may be left out where a field ends ("l. 39-40." → idno).
        return t.isEmpty() ? List.of() : Arrays.stream(t.split("[\\s\\u00A0]+"))
                .map(w -> w.length() > 1 ? w.replaceAll("[.,;:]$", "") : w).toList();
    }

    /**
     * How many contiguous runs of {@code hay} it takes to cover {@code needle} in order (greedy,
     * longest run first); a large number when some word is missing.
     */
    static int runs(List<String> hay, List<String> needle) {
        int runs = 0;
        int i = 0;
        while (i < needle.size()) {
            int best = 0;
            for (int len = needle.size() - i; len > 0 && best == 0; len--) {
                if (indexOf(hay, needle.subList(i, i + len), 0) >= 0) {
                    best = len;
                }
            }
            if (best == 0) {
                return Integer.MAX_VALUE;
            }
            i += best;
            runs++;
        }
        return runs;
    }

    /** Index of the first occurrence of {@code needle} in {@code hay} at or after {@code from}, or -1. */
    static int indexOf(List<String> hay, List<String> needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.size() <= hay.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!hay.get(i + j).equals(needle.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
