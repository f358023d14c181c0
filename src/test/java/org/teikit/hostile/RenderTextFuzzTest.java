package org.teikit.hostile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.pdf.PdfRenderer;
import org.teikit.render.pdf.PdfResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Structured fuzz target for TEI to HTML and FO: the reference document with fuzzed text in a
 * paragraph, a note and the title, and fuzzed values in {@code hi/@rend}, {@code date/@when} and
 * {@code pb/@n}, so that the stylesheets (not only the XML parser) meet odd input. Every such document
 * must render (it is well-formed), to HTML without parse errors and to well-formed FO, each in under
 * a second. Corpus: {@code src/test/resources/org/teikit/hostile/RenderTextFuzzTestInputs/htmlAndFo/}.
 */
class RenderTextFuzzTest {

    private static final HtmlRenderer HTML = new HtmlRenderer();
    private static final PdfRenderer PDF = PdfRenderer.create();
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    static {
        try {
            byte[] warm = serialize(template());
            HTML.renderToString("warm-up.xml", warm);
            PDF.renderFo(new ByteArrayInputStream(warm), "warm-up.xml", PdfOptions.defaults());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = FuzzChecks.DURATION)
    void htmlAndFo(FuzzedDataProvider data) throws Exception {
        Document doc = template();
        first(doc, "hi").setAttribute("rend", xmlText(data.consumeString(40)));
        first(doc, "date").setAttribute("when", xmlText(data.consumeString(20)));
        first(doc, "pb").setAttribute("n", xmlText(data.consumeString(20)));
        first(doc, "title").setTextContent(xmlText(data.consumeString(100)));
        first(doc, "note").setTextContent(xmlText(data.consumeString(200)));
        first(doc, "p").setTextContent(xmlText(data.consumeRemainingAsString()));
        byte[] tei = serialize(doc);

        long start = System.nanoTime();
        String page = HTML.renderToString("fuzz.xml", tei);
        FuzzChecks.assertFast(start);
        FuzzChecks.assertWellFormedHtml(page);

        start = System.nanoTime();
        PdfResult fo = PDF.renderFo(new ByteArrayInputStream(tei), "fuzz.xml", PdfOptions.defaults());
        FuzzChecks.assertFast(start);
        FuzzChecks.assertWellFormedXml(fo.bytes());
    }

    /** The characters XML 1.0 can hold (the rest cannot be in a well-formed TEI document at all). */
    private static String xmlText(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Element first(Document doc, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(TEI, name);
        return (Element) nodes.item(0);
    }

    private static Document template() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(Path.of("tei/reference/teikit-shape.xml").toFile());
    }

    private static byte[] serialize(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }
}
