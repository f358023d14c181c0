package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

class PdfRendererTest {

    static final Path SHAPE = Path.of("tei/reference/teikit-shape.xml");
    static PdfRenderer renderer;

    @BeforeAll
    static void buildRenderer() {
        renderer = PdfRenderer.create();
    }

    @Test
    void referenceShapeHasEveryParagraphAndFootnoteOnItsPage(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("shape.pdf");
        List<Diagnostic> diagnostics = renderer.renderPdf(SHAPE, pdf, PdfOptions.defaults());
        diagnostics.forEach(d -> System.out.println(d.format()));
        assertThat(diagnostics).isEmpty();
        Files.write(Path.of("target/shape.pdf"), Files.readAllBytes(pdf));
        PdfText text = PdfText.of(Files.readAllBytes(pdf));
        text.pages().forEach(System.out::println);
        TeiExpectations expected = TeiExpectations.of(SHAPE);
        assertThat(PdfAssertions.missingText(expected, text)).isEmpty();
        assertThat(PdfAssertions.misplacedFootnotes(expected, text)).isEmpty();
    }
}
