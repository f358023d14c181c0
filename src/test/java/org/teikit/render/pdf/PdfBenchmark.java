package org.teikit.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import javax.xml.stream.XMLStreamWriter;

import org.teikit.xml.SecureXml;

/**
 * Pages per second for a 50-page document with footnotes, with one shared {@link PdfRenderer}
 * (run with {@code mvn -B -Pbench -DskipTests integration-test}; not part of the test suite).
 * The document is invented and generated here.
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long buildStart = System.nanoTime();
        PdfRenderer renderer = PdfRenderer.create();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        byte[] tei = document(485);
        PdfOptions options = PdfOptions.defaults();
        PdfResult warm = null;
        for (int i = 0; i < 3; i++) {
            warm = renderer.renderPdf(new ByteArrayInputStream(tei), "bench.xml", options);
        }
        if (warm.hasErrors()) {
            throw new IllegalStateException(warm.diagnostics().toString());
        }
        int pages = 0;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pages += renderer.renderPdf(new ByteArrayInputStream(tei), "bench.xml", options).pageCount();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "renderer built in %.2f s; document of %d pages (%d KB TEI, %d KB PDF)%n",
                buildSeconds, warm.pageCount(), tei.length / 1024, warm.bytes().length / 1024);
        System.out.printf(Locale.ROOT, "%d renderings, %d pages in %.2f s: %.1f pages/s, %.0f ms per document%n",
                rounds, pages, seconds, pages / seconds, seconds * 1000 / rounds);
    }

    /** An invented TEI document of {@code paragraphs} paragraphs, every other one with a footnote. */
    static byte[] document(int paragraphs) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter xml = SecureXml.xmlOutputFactory().createXMLStreamWriter(out, "UTF-8");
        String tei = "http://www.tei-c.org/ns/1.0";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(tei);
        xml.writeStartElement(tei, "TEI");
        xml.writeDefaultNamespace(tei);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeStartElement(tei, "teiHeader");
        xml.writeStartElement(tei, "fileDesc");
        xml.writeStartElement(tei, "titleStmt");
        text(xml, tei, "title", "Benchmark document (invented)");
        xml.writeEndElement();
        xml.writeStartElement(tei, "publicationStmt");
        text(xml, tei, "p", "Generated for the benchmark.");
        xml.writeEndElement();
        xml.writeStartElement(tei, "sourceDesc");
        text(xml, tei, "p", "Invented.");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(tei, "text");
        xml.writeStartElement(tei, "body");
        xml.writeStartElement(tei, "div");
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 20 == 1) {
                text(xml, tei, "head", "Part " + (i / 20 + 1));
            }
            xml.writeStartElement(tei, "p");
            xml.writeCharacters("Paragraph " + i + " of an invented report on river navigation, trade and the "
                    + "crossings that were to open in spring, as the minister explained at some length. ");
            xml.writeStartElement(tei, "supplied");
            xml.writeCharacters("Lorvanian");
            xml.writeEndElement();
            xml.writeCharacters(" officials reviewed the agreement, the tariffs and the timetables of the ferries, "
                    + "and the conversation turned to the harbour works.");
            if (i % 2 == 0) {
                xml.writeStartElement(tei, "note");
                xml.writeAttribute("place", "foot");
                xml.writeAttribute("n", String.valueOf(i / 2));
                xml.writeCharacters("An invented note on paragraph " + i + ", explaining a name and a date.");
                xml.writeEndElement();
            }
            xml.writeCharacters(" The minister then left for the ministry, promising a written answer.");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String ns, String name, String text) throws Exception {
        xml.writeStartElement(ns, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
