package org.teikit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.testing.Golden;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * The XSL-FO of reference TEI matches its reviewed golden FO in src/test/resources/render/pdf/golden/,
 * compared as XML with whitespace-only text ignored: the PDF tests read the text back from the PDF,
 * this one holds the layout (blocks, footnotes, running heads, metadata), so that a change to the FO
 * stylesheets that should change nothing visibly changes nothing. Run with
 * {@code -Dteikit.regenerate=true} to rewrite the golden files after a deliberate change, then review
 * the diff before committing.
 */
class FoGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/render/pdf/golden");
    private static final List<Path> DOCUMENTS = Golden.referencesAnd(
            Path.of("src/test/resources/render/pdf/notes-everywhere.xml"));

    private static final PdfRenderer RENDERER = PdfRenderer.create();

    @TestFactory
    Stream<DynamicTest> foMatchesItsGoldenFo() {
        return DOCUMENTS.stream().map(tei -> DynamicTest.dynamicTest(tei.toString(), () -> assertGolden(tei)));
    }

    private static void assertGolden(Path tei) throws Exception {
        PdfResult result = RENDERER.renderFo(tei, PdfOptions.defaults());
        assertThat(result.hasErrors()).as("%s: %s", tei, result.diagnostics()).isFalse();
        Path golden = GOLDEN.resolve(tei.getFileName().toString().replace(".xml", ".fo"));
        Golden.regenerateIfAsked(golden, result.bytes());
        assertThat(golden).as("golden file").exists();
        Diff diff = DiffBuilder.compare(Input.fromPath(golden)).withTest(Input.fromByteArray(result.bytes()))
                .ignoreWhitespace().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as("%s differs from %s: %s", tei, golden, diff).isFalse();
    }
}
