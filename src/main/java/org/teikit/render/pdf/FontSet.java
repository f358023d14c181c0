package org.teikit.render.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontUris;

/**
 * The fonts teikit typesets with: Liberation Serif (Latin, Greek, Cyrillic; SIL Open Font Licence),
 * which ships inside teikit's dependencies, then any fallback fonts such as a CJK font of the system.
 * Knows which characters some font covers, so that uncovered ones are reported before FOP would set
 * them as '#'. Immutable and thread-safe.
 */
public final class FontSet {

    /** The default text face; the TTF files come from the openpdf-fonts-extra artifact. */
    public static final String DEFAULT_FAMILY = "Liberation Serif";

    /**
     * System CJK fonts looked for, first found wins: Debian's fonts-droid-fallback, then fonts-wqy-zenhei.
     * Both have TrueType outlines; FOP 2.10 cannot read the CFF outlines of Noto CJK's .ttc collections.
     */
    private static final List<FontFace> SYSTEM_CJK = List.of(
            FontFace.regular("Droid Sans Fallback", Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf").toUri(), ""),
            FontFace.regular("WenQuanYi Zen Hei", Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").toUri(), "WenQuanYi Zen Hei"));

    private final List<FontFace> faces;
    private final List<Font> coverage;
    private final ConcurrentMap<Integer, Boolean> covered = new ConcurrentHashMap<>();

    private FontSet(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
        this.coverage = loadForCoverage(this.faces);
    }

    /**
     * Liberation Serif in four styles, plus {@code fallbacks} (in order), plus, if asked, the first system CJK font found.
     *
     * @throws IllegalArgumentException if FOP cannot read one of {@code fallbacks}
     */
    public static FontSet of(List<FontFace> fallbacks, boolean systemCjk) {
        List<FontFace> faces = new ArrayList<>();
        String dir = "classpath:liberation/LiberationSerif-";
        faces.add(new FontFace(DEFAULT_FAMILY, false, false, URI.create(dir + "Regular.ttf"), ""));
        faces.add(new FontFace(DEFAULT_FAMILY, true, false, URI.create(dir + "Bold.ttf"), ""));
        faces.add(new FontFace(DEFAULT_FAMILY, false, true, URI.create(dir + "Italic.ttf"), ""));
        faces.add(new FontFace(DEFAULT_FAMILY, true, true, URI.create(dir + "BoldItalic.ttf"), ""));
        for (FontFace face : fallbacks) {
            if (!readableByFop(face)) {
                throw new IllegalArgumentException("FOP cannot read the font " + face.uri()
                        + " (TrueType outlines are needed; OpenType CFF collections are not supported)");
            }
            faces.add(face);
        }
        if (systemCjk) {
            SYSTEM_CJK.stream().filter(face -> Files.isReadable(Path.of(face.uri())) && readableByFop(face))
                    .findFirst().ifPresent(faces::add);
        }
        return new FontSet(faces);
    }

    public List<FontFace> faces() {
        return faces;
    }

    /** The FO font-family list: every family once, the default first. */
    public String familyList() {
        Set<String> families = new LinkedHashSet<>();
        faces.forEach(face -> families.add(face.family()));
        return String.join(", ", families);
    }

    /** Whether some font of the set has a glyph for {@code codePoint}. */
    public boolean covers(int codePoint) {
        return covered.computeIfAbsent(codePoint, cp -> coverage.stream().anyMatch(font -> font.canDisplay(cp)));
    }

    /** Whether FOP can load the face (it fails late, inside a rendering, otherwise). */
    private static boolean readableByFop(FontFace face) {
        try {
            FontLoader.loadFont(new FontUris(face.uri(), null), face.subFont().isEmpty() ? null : face.subFont(), true,
                    EmbeddingMode.SUBSET, EncodingMode.AUTO, false, false,
                    ResourceResolverFactory.createDefaultInternalResourceResolver(face.uri()), false, false, false);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Font> loadForCoverage(List<FontFace> faces) {
        List<Font> fonts = new ArrayList<>();
        for (FontFace face : faces) {
            try {
                if ("classpath".equals(face.uri().getScheme())) {
                    try (InputStream in = ClasspathResources.open(face.uri())) {
                        fonts.add(Font.createFont(Font.TRUETYPE_FONT, in));
                    }
                } else {
                    fonts.addAll(List.of(Font.createFonts(Path.of(face.uri()).toFile())));
                }
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot read font " + face.uri(), e);
            }
        }
        return List.copyOf(fonts);
    }
}
