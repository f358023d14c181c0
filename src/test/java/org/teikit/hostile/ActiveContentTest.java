package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.render.html.HtmlTestSupport;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.xpath.XPathEngine;

/**
 * Hostile TEI (script URLs, data: URLs, event attributes, embedded XHTML and SVG script) through the
 * command line: {@code render --to html} and every page {@code build} writes carry no active content,
 * read as a browser parses them, and each page forbids inline script with its Content-Security-Policy.
 * (The renderer's own tests check the element-by-element mapping; these check the commands' pages.)
 */
class ActiveContentTest {

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
            "poster", "srcset", "xlink:href", "cite", "background", "ping", "manifest");

    @TempDir
    Path tmp;

    @Test
    void renderedPageCarriesNoActiveContent() throws IOException {
        Path in = hostileInput();
        Cli run = Cli.run("render", "--to", "html", in.resolve("unsafe.xml").toString(), "-o", tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertSafePages(tmp.resolve("out"), 1);
    }

    @Test
    void everyPageOfABuiltEditionCarriesNoActiveContent() throws IOException {
        Path in = hostileInput();
        Cli.run("build", in.toString(), "-o", tmp.resolve("site").toString(), "--no-pdf", "-q");
        // The document page, the index and the names page.
        assertSafePages(tmp.resolve("site"), 3);
    }

    private Path hostileInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (InputStream fixture = getClass().getResourceAsStream("/render/html/unsafe.xml")) {
            Files.copy(fixture, in.resolve("unsafe.xml"));
        }
        return in;
    }

    private static void assertSafePages(Path dir, int atLeast) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(dir)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Path page : pages) {
            assertSafe(page, HtmlTestSupport.parse(Files.readString(page)));
        }
    }

    private static void assertSafe(Path page, Document doc) {
        XPathEngine xpath = HtmlTestSupport.xpath();
        String where = page.getFileName().toString();
        assertThat(xpath.evaluate("count(//h:script[not(@src)] | //*[local-name()='script' and namespace-uri()!='"
                + HtmlTestSupport.XHTML + "'])", doc)).as(where + ": inline scripts").isEqualTo("0");
        assertThat(xpath.evaluate("count(//h:iframe | //h:object | //h:embed | //h:style | //h:base | //h:form"
                + " | //*[local-name()='svg'])", doc)).as(where + ": embedding elements").isEqualTo("0");
        for (Node node : xpath.selectNodes("//@*", doc)) {
            Attr attr = (Attr) node;
            String name = attr.getName().toLowerCase(Locale.ROOT);
            // What a browser would see once it strips whitespace and control characters from a URL.
            String value = attr.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            assertThat(name).as(where + ": event attribute").doesNotStartWith("on");
            // Attributes a browser follows as URLs (text attributes such as @title may show anything).
            if (URL_ATTRIBUTES.contains(name)) {
                assertThat(value).as(where + ": @" + name).doesNotStartWith("javascript:")
                        .doesNotStartWith("vbscript:").doesNotStartWith("data:");
            }
            if (name.equals("style")) {
                assertThat(value).as(where + ": @style").doesNotContain("url(").doesNotContain("expression(");
            }
        }
        String csp = xpath.evaluate("//h:meta[translate(@http-equiv,'CONTENTSLURIYP','contentsluriyp')"
                + "='content-security-policy']/@content", doc);
        assertThat(csp).as(where + ": Content-Security-Policy").contains("script-src 'self'")
                .contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
