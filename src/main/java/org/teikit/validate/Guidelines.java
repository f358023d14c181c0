package org.teikit.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Links into the TEI Guidelines and "did you mean" suggestions for names. */
final class Guidelines {

    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Guidelines() {
    }

    /** The reference page of a TEI element, for example ref-titleStmt.html. */
    static String elementPage(String localName) {
        return "https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-" + localName + ".html";
    }

    /** " See <page>." for a TEI element, or nothing for a name outside TEI. */
    static String seeAlso(String namespace, String localName) {
        if (localName == null || localName.isEmpty() || !TEI_NS.equals(namespace)) {
            return "";
        }
        return " See " + elementPage(localName);
    }

    /** The candidate closest to a misspelt name (at most 3 edits, and fewer than half its length). */
    static Optional<String> closest(String name, Collection<String> candidates) {
        return candidates.stream()
                .filter(c -> !c.equals(name))
                .map(c -> new Object[] {c, DISTANCE.apply(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT))})
                .filter(p -> (Integer) p[1] >= 0 && (Integer) p[1] <= Math.max(1, name.length() / 2))
                .min(Comparator.comparingInt(p -> (Integer) p[1]))
                .map(p -> (String) p[0]);
    }
}
