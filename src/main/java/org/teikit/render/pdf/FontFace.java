package org.teikit.render.pdf;

import java.net.URI;
import java.util.Objects;

/**
 * One font file FOP may embed, under the family name the FO asks for.
 *
 * @param family  the font-family name used in the FO (e.g. {@code Liberation Serif})
 * @param bold    whether this is the bold weight
 * @param italic  whether this is the italic style
 * @param uri     where the file is: {@code classpath:} for fonts inside teikit's jar, {@code file:} for system fonts
 * @param subFont the face's name inside a TrueType/OpenType collection (.ttc), else empty
 */
public record FontFace(String family, boolean bold, boolean italic, URI uri, String subFont) {

    public FontFace {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(uri, "uri");
        subFont = subFont == null ? "" : subFont;
    }

    /** A regular face of {@code family} from {@code uri}, bold and italic left to synthesis. */
    public static FontFace regular(String family, URI uri, String subFont) {
        return new FontFace(family, false, false, uri, subFont);
    }
}
