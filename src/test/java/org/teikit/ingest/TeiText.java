package org.teikit.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.xml.SecureXml;

/** Reads TEI for assertions: the text of its parts, by XPath, with Saxon from {@link SecureXml}. */
final class TeiText {

    private static final Processor PROCESSOR = SecureXml.newProcessor();

    private final XdmNode doc;
    private final XPathCompiler xpath;

    TeiText(String xml) throws SaxonApiException {
        doc = PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
        xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("t", TestFiles.TEI);
    }

    /** The string values of the items an XPath selects. */
    List<String> all(String expression) throws SaxonApiException {
        List<String> out = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(expression, doc)) {
            out.add(item.getStringValue());
        }
        return out;
    }

    /** Words of the text outside footnotes (header and body, provenance excluded), then of each footnote. */
    List<String> wordsNotesLast() throws SaxonApiException {
        String main = String.join("", all("//text()[not(ancestor::t:note[@place='foot'])][not(ancestor::t:revisionDesc)]"));
        String notes = String.join(" ",
                all("//t:note[@place='foot']!(if (t:p) then string-join(t:p, ' ') else string(.))"));
        String attributes = String.join(" ", all("//@*[not(ancestor::t:revisionDesc)]"));
        List<String> words = new ArrayList<>(Words.of(NothingLostTest.withoutCalls(main)));
        words.addAll(Words.of(NothingLostTest.withoutCalls(notes)));
        words.addAll(Words.of(attributes)); // values read into attributes (language codes)
        return words;
    }

    /** Where the body's words end in {@link #wordsNotesLast()} (notes and attribute values follow). */
    int mainWordCount() throws SaxonApiException {
        return Words.of(NothingLostTest.withoutCalls(String.join("",
                all("//text()[not(ancestor::t:note[@place='foot'])][not(ancestor::t:revisionDesc)]")))).size();
    }

    /** How many words the header holds (so that body positions can be told from header ones). */
    int headerWordCount() throws SaxonApiException {
        return Words.of(String.join("", all("//t:teiHeader//text()[not(ancestor::t:revisionDesc)]"))).size();
    }
}
