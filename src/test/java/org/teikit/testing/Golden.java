package org.teikit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the golden-file tests share: the reference TEI they render, and the switch that rewrites the
 * golden files ({@code -Dteikit.regenerate=true}) after a deliberate change, for review in the diff.
 */
public final class Golden {

    /** teikit's own TEI shape, the reviewed TEI of the four samples, and hand-encoded TEI of common vocabulary. */
    public static final List<Path> REFERENCE_TEI = List.of(
            Path.of("tei/reference/teikit-shape.xml"),
            Path.of("tei/reference/samples/export-letter-canal.xml"),
            Path.of("tei/reference/samples/export-report-river.xml"),
            Path.of("tei/reference/samples/web-memo-harbour.xml"),
            Path.of("tei/reference/samples/web-telegram-lorvania.xml"),
            Path.of("src/test/resources/render/html/any-tei.xml"));

    private Golden() {
    }

    /** Writes {@code content} to {@code golden} when the run asks for golden files to be rewritten. */
    public static void regenerateIfAsked(Path golden, byte[] content) throws IOException {
        if (Boolean.getBoolean("teikit.regenerate")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, content);
        }
    }

    /** The references and then {@code more}. */
    public static List<Path> referencesAnd(Path... more) {
        return java.util.stream.Stream.concat(REFERENCE_TEI.stream(), java.util.Arrays.stream(more)).toList();
    }
}
