package org.teikit.hostile;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.teikit.render.RenderException;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.pdf.PdfRenderer;
import org.teikit.render.pdf.PdfResult;

/**
 * Fuzz targets for TEI to HTML and TEI to XSL-FO: any bytes give either a page (well-formed HTML,
 * well-formed FO) or diagnostics, never an exception other than the renderer's documented
 * {@link RenderException}, and each input takes under a second. Inputs replayed in {@code mvn
 * verify}: {@code src/test/resources/org/teikit/hostile/RenderFuzzTestInputs/<target>/}.
 */
class RenderFuzzTest {

    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final PdfRenderer PDF = PdfRenderer.create();

    static {
        // Compile both stylesheets before the first timed input.
        try {
            byte[] shape = Files.readAllBytes(Path.of("tei/reference/teikit-shape.xml"));
            HTML.renderToString("warm-up.xml", shape);
            PDF.renderFo(new ByteArrayInputStream(shape), "warm-up.xml", PdfOptions.defaults());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void html(byte[] tei) {
        long start = System.nanoTime();
        String page;
        try {
            page = HTML.renderToString("fuzz.xml", tei);
        } catch (RenderException e) {
            FuzzChecks.assertFast(start);
            return;
        }
        FuzzChecks.assertFast(start);
        FuzzChecks.assertWellFormedHtml(page);
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void fo(byte[] tei) {
        long start = System.nanoTime();
        PdfResult result = PDF.renderFo(new ByteArrayInputStream(tei), "fuzz.xml", PdfOptions.defaults());
        FuzzChecks.assertFast(start);
        if (result.bytes().length > 0) {
            FuzzChecks.assertWellFormedXml(result.bytes());
        }
    }
}
