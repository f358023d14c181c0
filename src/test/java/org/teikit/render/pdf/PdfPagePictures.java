package org.teikit.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.teikit.io.AtomicFiles;

/**
 * Renders page 1 of the PDFs of two project samples (their reviewed TEI in tei/reference/samples/),
 * of the reference shape and of the Cyrillic fixture to PNG under docs/pdf/
 * (run from the project root: {@code java -cp target/classes:target/test-classes:<test classpath>
 * org.teikit.render.pdf.PdfPagePictures}, or with the bench profile).
 */
public final class PdfPagePictures {

    private PdfPagePictures() {
    }

    public static void main(String[] args) throws Exception {
        PdfRenderer renderer = PdfRenderer.create();
        picture(renderer, PdfFixtures.SHAPE, Path.of("docs/pdf/teikit-shape-page1.png"));
        picture(renderer, PdfFixtures.fixture("cyrillic.xml"), Path.of("docs/pdf/cyrillic-page1.png"));
        for (String sample : new String[] {"web-telegram-lorvania", "export-report-river"}) {
            picture(renderer, Path.of("tei/reference/samples/" + sample + ".xml"),
                    Path.of("docs/pdf/sample-" + sample + "-page1.png"));
        }
    }

    static void picture(PdfRenderer renderer, Path tei, Path png) throws Exception {
        PdfResult result = renderer.renderPdf(tei, PdfOptions.defaults());
        if (result.hasErrors()) {
            throw new IllegalStateException(result.diagnostics().toString());
        }
        try (PDDocument document = Loader.loadPDF(result.bytes())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            AtomicFiles.write(png, out.toByteArray());
        }
        System.out.println("wrote " + png);
    }
}
