package org.teikit.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

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

    /** Writes a PNG of {@code width} x {@code height} pixels (drawn by ImageIO), with its folders. */
    public static void png(Path file, int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(0, 0, width / 2, height / 2);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    /** How many images a PDF's pages have (FOP's pages may share one dictionary of resources). */
    public static int imagesIn(byte[] pdf) throws IOException {
        Set<Object> images = Collections.newSetFromMap(new IdentityHashMap<>());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    var object = page.getResources().getXObject(name);
                    if (object instanceof PDImageXObject) {
                        images.add(object.getCOSObject());
                    }
                }
            }
        }
        return images.size();
    }
}
