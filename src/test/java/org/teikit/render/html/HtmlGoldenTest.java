package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teikit.Version;
import org.teikit.testing.Golden;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Pages of reference TEI match their reviewed golden HTML in src/test/resources/render/html/golden/,
 * both read as a browser reads them (the HTML5 parser) and compared as DOMs, whitespace-only text
 * ignored. The pages name no teikit version and a fixed access date, so that neither a release nor
 * the day changes them. Run with {@code -Dteikit.regenerate=true} to rewrite the golden files after a
 * deliberate change to the stylesheets, then review the diff before committing: a speed-up of the
 * stylesheets must leave them as they are.
 */
class HtmlGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/render/html/golden");
    private static final List<Path> PAGES = Golden.referencesAnd(
            Path.of("src/test/resources/render/html/duplicate-ids.xml"),
            Path.of("src/test/resources/render/html/supplied.xml"),
            Path.of("src/test/resources/render/html/app-notes.xml"),
            Path.of("src/test/resources/render/html/rtl-hebrew.xml"),
            Path.of("src/test/resources/render/html/source-doc-and-text.xml"));

    private static final HtmlRenderer RENDERER = new HtmlRenderer();

    @TestFactory
    Stream<DynamicTest> pagesMatchTheirGoldenHtml() {
        return PAGES.stream().map(tei -> DynamicTest.dynamicTest(tei.toString(), () -> assertGolden(tei)));
    }

    private static void assertGolden(Path tei) throws Exception {
        String name = tei.getFileName().toString().replace(".xml", "");
        HtmlOptions options = HtmlOptions.defaults().withTeiHref("tei/" + name + ".xml")
                .withIndexHref("index.html").withAccessDate(LocalDate.of(2026, 2, 3));
        String page = RENDERER.renderToString(tei.toUri().toString(), Files.readAllBytes(tei), options)
                .replace("teikit " + Version.get() + " ", "teikit VERSION ");
        Path golden = GOLDEN.resolve(name + ".html");
        Golden.regenerateIfAsked(golden, page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(golden).as("golden file").exists();
        Diff diff = DiffBuilder.compare(Input.fromDocument(HtmlTestSupport.parse(Files.readString(golden))))
                .withTest(Input.fromDocument(HtmlTestSupport.parse(page)))
                .ignoreWhitespace().checkForSimilar().build();
        assertThat(diff.hasDifferences()).as("%s differs from %s: %s", tei, golden, diff).isFalse();
    }
}
