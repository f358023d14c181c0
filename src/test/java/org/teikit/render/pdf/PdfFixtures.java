package org.teikit.render.pdf;

import java.nio.file.Path;

/** Where the PDF tests find their inputs: the reference shape, invented fixtures and the shared corpus. */
public final class PdfFixtures {

    private PdfFixtures() {
    }

    public static final Path SHAPE = Path.of("tei/reference/teikit-shape.xml");

    public static Path fixture(String name) {
        return Path.of("src/test/resources/render/pdf").resolve(name);
    }

    /** The shared folder (seeds, schemas, corpus): system property {@code teikit.shared}, else ../shared. */
    public static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared"));
    }
}
