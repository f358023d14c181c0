package org.teikit.render.pdf;

import java.util.Locale;

/** The paper a PDF is set on. */
public enum Paper {
    /** ISO A4, 210 × 297 mm (the default). */
    A4("a4"),
    /** US Letter, 8.5 × 11 in. */
    LETTER("letter");

    private final String id;

    Paper(String id) {
        this.id = id;
    }

    /** The name used on the command line and as the FO stylesheet's {@code paper} parameter. */
    public String id() {
        return id;
    }

    /** The paper named {@code name} ({@code a4} or {@code letter}, any case). */
    public static Paper parse(String name) {
        for (Paper paper : values()) {
            if (paper.id.equals(name.toLowerCase(Locale.ROOT))) {
                return paper;
            }
        }
        throw new IllegalArgumentException("Unknown paper size '" + name + "' (expected a4 or letter)");
    }
}
