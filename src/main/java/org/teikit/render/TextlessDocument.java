package org.teikit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;
import org.teikit.Diagnostic;

/**
 * A TEI document without a {@code text}: what an output leaves out of it, said in a located warning
 * rather than an empty page without a word. The HTML page and the PDF show a {@code sourceDoc}
 * transcription by surface, zone and line; neither shows a {@code facsimile}'s images.
 */
public final class TextlessDocument {

    /** Rule id of the warning. */
    public static final String RULE = "render.no-text";

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private TextlessDocument() {
    }

    /**
     * The warning for a document without a {@code text}, if the output leaves something out of it.
     *
     * @param file     how diagnostics name the file
     * @param document the parsed document (with line numbers)
     * @param output   what the output is called in the message ("page", "PDF")
     * @return a warning located at the facsimile (or root) it leaves out; empty for a document with a
     *         text or a sourceDoc, and for a file that is not TEI
     */
    public static Optional<Diagnostic> check(String file, XdmNode document, String output) {
        NodeInfo root = null;
        AxisIterator top = document.getUnderlyingNode().iterateAxis(AxisInfo.CHILD);
        for (NodeInfo node = top.next(); node != null; node = top.next()) {
            if (node.getNodeKind() == Type.ELEMENT) {
                root = node;
                break;
            }
        }
        if (root == null || !isTei(root, "TEI") || !children(root, "text").isEmpty()
                || !children(root, "sourceDoc").isEmpty()) {
            return Optional.empty();
        }
        List<NodeInfo> facsimiles = children(root, "facsimile");
        StringBuilder message = new StringBuilder("The document has no <text>: the " + output + " shows its header only");
        if (!facsimiles.isEmpty()) {
            message.append("; its facsimile (").append(plural(count(facsimiles, "graphic"), "image"))
                    .append(") is not shown");
        }
        message.append('.');
        NodeInfo at = !facsimiles.isEmpty() ? facsimiles.get(0) : root;
        return Optional.of(Diagnostic.warning(file, at.getLineNumber(), at.getColumnNumber(), RULE, message.toString()));
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static boolean isTei(NodeInfo element, String localName) {
        return element.getNodeKind() == Type.ELEMENT && localName.equals(element.getLocalPart())
                && TEI.equals(element.getURI().toString());
    }

    private static List<NodeInfo> children(NodeInfo parent, String localName) {
        List<NodeInfo> found = new ArrayList<>();
        AxisIterator children = parent.iterateAxis(AxisInfo.CHILD);
        for (NodeInfo node = children.next(); node != null; node = children.next()) {
            if (isTei(node, localName)) {
                found.add(node);
            }
        }
        return found;
    }

    private static int count(List<NodeInfo> within, String localName) {
        int count = 0;
        for (NodeInfo element : within) {
            AxisIterator descendants = element.iterateAxis(AxisInfo.DESCENDANT);
            for (NodeInfo node = descendants.next(); node != null; node = descendants.next()) {
                if (isTei(node, localName)) {
                    count++;
                }
            }
        }
        return count;
    }
}
