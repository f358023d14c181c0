package org.teikit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.teikit.render.html.HtmlTestSupport.parse;
import static org.teikit.render.html.HtmlTestSupport.xpath;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Links from TEI pointers: a URL disguised by invisible characters (control and format characters,
 * line and paragraph separators, no-break spaces inside) is refused; spaces of any kind around it are
 * trimmed before its scheme is judged.
 */
class SafeHrefTest {

    private static final String[][] CASES = {
        // target, the href expected ("" for none)
        {"https://example.org/a", "https://example.org/a"},
        {"\u3000https://example.org/b\u2003", "https://example.org/b"},
        {"\u00A0javascript:alert(1)", ""},
        {"java\u200Bscript:alert(2)", ""},
        {"https://example.org/\u2028c", ""},
        {"https://example.org/\u0085d", ""},
        {"https://example.org/\u00A0e", ""},
        {"https://exa\u202Emple.org/f", ""},
    };

    @Test
    void disguisedUrlsAreRefusedAndSpacesAroundOnesTrimmed() {
        StringBuilder tei = new StringBuilder("<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc>"
                + "<titleStmt><title>Links</title></titleStmt><publicationStmt><p/></publicationStmt>"
                + "<sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body><p>");
        for (int i = 0; i < CASES.length; i++) {
            tei.append("<ref target='").append(CASES[i][0]).append("'>link").append(i).append("</ref> ");
        }
        tei.append("</p></body></text></TEI>");
        String html = HtmlRenderer.shared().renderToString("links.xml", tei.toString().getBytes(StandardCharsets.UTF_8));
        Document page = parse(html);
        for (int i = 0; i < CASES.length; i++) {
            String link = "(//*[normalize-space(.) = 'link" + i + "'])[1]";
            // Refused or not, the link's text is on the page.
            assertThat(xpath().evaluate("boolean(" + link + ")", page)).isEqualTo("true");
            String href = xpath().evaluate("string(" + link + "/@href)", page);
            assertThat(href).as("target %s", CASES[i][0].codePoints()
                    .mapToObj(c -> c < 128 ? Character.toString(c) : String.format("U+%04X", c)).toList())
                    .isEqualTo(CASES[i][1]);
        }
    }
}
