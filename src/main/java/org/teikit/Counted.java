package org.teikit;

/** Counts in words for messages: "1 error", "3 errors". */
public final class Counted {
    private Counted() {
    }

    /**
     * A count and its noun, the noun in the plural unless the count is one.
     *
     * @param n    the count
     * @param noun the noun in the singular; its plural adds "s"
     * @return for example "1 warning" or "0 warnings"
     */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
