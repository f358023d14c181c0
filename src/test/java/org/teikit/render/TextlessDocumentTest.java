package org.teikit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.pdf.PdfRenderer;

/**
 * A TEI document without a text used to render as an empty page, exit code 0 and no word (and a
 * facsimile's image was said to be shown on a page that did not show it): each output now says, at
 * the element it leaves out, what that is.
 */
class TextlessDocumentTest {

    private static final Path FIXTURES = Path.of("src/test/resources/render/html");

    @Test
    void aFacsimileWithoutATextIsAWarningAtTheFacsimileAndItsImageIsNotSaidToBeShown(@TempDir Path dir) {
        List<Diagnostic> diagnostics = new HtmlRenderer().render(FIXTURES.resolve("facsimile-only.xml"), dir.resolve("f.html"));
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.rule()).isEqualTo(TextlessDocument.RULE);
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).isEqualTo(
                    "The document has no <text>: the page shows its header only; its facsimile (1 image) is not shown.");
        });
    }

    @Test
    void theHtmlPageAndThePdfShowASourceDocAndSayNothing(@TempDir Path dir) throws Exception {
        Path tei = FIXTURES.resolve("source-doc.xml");
        assertThat(new HtmlRenderer().render(tei, dir.resolve("s.html"))).isEmpty();
        assertThat(PdfRenderer.create().renderFo(tei, dir.resolve("s.fo"), PdfOptions.defaults())).isEmpty();
    }

    /** The PDF does not draw a facsimile's images either, so it does not say it leaves them out (it warned that p1.png was missing). */
    @Test
    void thePdfDoesNotLookForAFacsimilesImage(@TempDir Path dir) throws Exception {
        List<Diagnostic> fo = PdfRenderer.create().renderFo(FIXTURES.resolve("facsimile-only.xml"), dir.resolve("f.fo"),
                PdfOptions.defaults());
        assertThat(fo).extracting(Diagnostic::rule).containsExactly(TextlessDocument.RULE);
    }

    @Test
    void aDocumentWithATextIsNotTextlessAndItsFacsimilesImageIsNotLookedFor(@TempDir Path dir) {
        assertThat(new HtmlRenderer().render(FIXTURES.resolve("source-doc-and-text.xml"), dir.resolve("t.html"))).isEmpty();
    }
}
