package org.teikit.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.teikit.xml.SecureXml;

/**
 * What a TEI document's PDF must contain, read from the TEI: every paragraph's text (as runs of text
 * between elements, since the renderer adds brackets and markers at element boundaries) and every
 * footnote with its number. Reusable for seeds, samples and corpus volumes.
 */
public final class TeiExpectations {

    /** A paragraph: its text runs, normalised, in order; and where it is in the TEI. */
    public record Paragraph(String where, List<String> runs) {
    }

    /** A footnote: the number its call shows and its normalised text runs. */
    public record Footnote(String where, String number, List<String> runs) {
    }

    private static final Processor PROCESSOR = SecureXml.newProcessor();
    private static final String FOOTNOTE =
            "(if (@place) then tokenize(@place) = ('foot', 'bottom', 'end', 'margin', 'left', 'right')"
                    + " else not(@type = ('distribution', 'inline')))";

    private final List<Paragraph> paragraphs;
    private final List<Footnote> footnotes;

    private TeiExpectations(List<Paragraph> paragraphs, List<Footnote> footnotes) {
        this.paragraphs = paragraphs;
        this.footnotes = footnotes;
    }

    public static TeiExpectations of(Path tei) throws SaxonApiException {
        var builder = PROCESSOR.newDocumentBuilder();
        builder.setLineNumbering(true);
        XdmNode document = builder.build(tei.toFile());
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
        xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<Paragraph> paragraphs = new ArrayList<>();
        // Leaf paragraphs of the text and the summary, outside notes (notes are checked as footnotes).
        for (XdmItem item : xpath.evaluate("(//text//(p | ab) | //profileDesc/abstract/p)"
                + "[not(ancestor::note)][not(descendant::p or descendant::list or descendant::table)]", document)) {
            XdmNode p = (XdmNode) item;
            List<String> runs = runs(p, false);
            if (!runs.isEmpty()) {
                paragraphs.add(new Paragraph(where(p), runs));
            }
        }
        // A footnote without @n shows its place among the footnotes of its document division (or of the
        // text when it has none), as on the HTML page.
        List<Footnote> footnotes = new ArrayList<>();
        Map<Object, Integer> counted = new HashMap<>();
        var documentOf = xpath.compile("(ancestor::div[@type = 'document'][1], /)[1]");
        for (XdmItem item : xpath.evaluate("//text//note[" + FOOTNOTE + "][not(ancestor::note)]", document)) {
            XdmNode note = (XdmNode) item;
            var selector = documentOf.load();
            selector.setContextItem(note);
            int place = counted.merge(selector.evaluateSingle(), 1, Integer::sum);
            String n = note.attribute("n");
            String number = n != null && !n.isBlank() ? n.strip() : String.valueOf(place);
            footnotes.add(new Footnote(where(note), number, runs(note, true)));
        }
        return new TeiExpectations(paragraphs, footnotes);
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Footnote> footnotes() {
        return footnotes;
    }

    private static String where(XdmNode node) {
        return node.getNodeName().getLocalName() + " at line " + node.getLineNumber();
    }

    /** The text runs of {@code element} split at element boundaries; notes left out unless {@code inNote}. */
    private static List<String> runs(XdmNode element, boolean inNote) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        collect(element, inNote, runs, run, true);
        flush(runs, run);
        return runs;
    }

    private static void collect(XdmNode node, boolean inNote, List<String> runs, StringBuilder run, boolean top) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                run.append(child.getStringValue());
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String name = child.getNodeName().getLocalName();
                boolean tei = "http://www.tei-c.org/ns/1.0".equals(child.getNodeName().getNamespace());
                flush(runs, run);
                if (!tei || (!inNote && name.equals("note")) || name.equals("gap") || name.equals("pb")
                        || name.equals("figure") || name.equals("graphic") || name.equals("choice")) {
                    continue;
                }
                collect(child, inNote, runs, run, false);
                flush(runs, run);
            }
        }
    }

    private static void flush(List<String> runs, StringBuilder run) {
        String normal = PdfText.normalise(run.toString());
        if (!normal.isEmpty()) {
            runs.add(normal);
        }
        run.setLength(0);
    }
}
