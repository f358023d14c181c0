package org.teikit.render.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * "No text lost", checked as bags of words: every word of every text node of the TEI text (markup
 * that is code, such as an XHTML script, aside) must occur in the page at least as often. Words are
 * taken per text node on both sides, because the renderer copies text nodes and only adds its own
 * (labels, brackets, markers) between them.
 */
final class TextAccounting {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private TextAccounting() {
    }

    /** Words of the TEI's text element(s), header excluded. */
    static Map<String, Integer> teiWords(XdmNode document) {
        Map<String, Integer> words = new HashMap<>();
        collectTei(document, words, false, Set.of("text"));
        return words;
    }

    /** Words of the TEI's transcriptions: its text element(s) and its sourceDoc(s), header excluded. */
    static Map<String, Integer> transcriptionWords(XdmNode document) {
        Map<String, Integer> words = new HashMap<>();
        collectTei(document, words, false, Set.of("text", "sourceDoc"));
        return words;
    }

    private static void collectTei(XdmNode node, Map<String, Integer> words, boolean inText, Set<String> roots) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            if (inText) {
                add(node.getStringValue(), words);
            }
            return;
        }
        if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
            String ns = node.getNodeName().getNamespace();
            String local = node.getNodeName().getLocalName();
            if (TEI.equals(ns) && local.equals("teiHeader")) {
                return;
            }
            if (!TEI.equals(ns) && (local.equals("script") || local.equals("style"))) {
                return;
            }
            inText = inText || (TEI.equals(ns) && roots.contains(local));
        }
        for (XdmNode child : node.children()) {
            collectTei(child, words, inText, roots);
        }
    }

    /** Words of the page's body, script elements excluded. */
    static Map<String, Integer> htmlWords(Document page) {
        Map<String, Integer> words = new HashMap<>();
        collectHtml(page.getDocumentElement(), words);
        return words;
    }

    /** Words inside the page's element of this id (the text is {@code tk-text}), script elements excluded. */
    static Map<String, Integer> htmlWords(Document page, String id) {
        Map<String, Integer> words = new HashMap<>();
        Element element = page.getElementById(id);
        if (element == null) {
            NodeList all = page.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength() && element == null; i++) {
                if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                    element = (Element) all.item(i);
                }
            }
        }
        if (element != null) {
            collectHtml(element, words);
        }
        return words;
    }

    private static void collectHtml(Node node, Map<String, Integer> words) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            add(node.getNodeValue(), words);
            return;
        }
        if (node.getNodeType() == Node.ELEMENT_NODE && XHTML.equals(node.getNamespaceURI())
                && ("script".equals(node.getLocalName()) || "head".equals(node.getLocalName()))) {
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectHtml(child, words);
        }
    }

    private static void add(String text, Map<String, Integer> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        }
    }

    /** Words (with the shortfall) that the page has fewer times than the TEI. */
    static Map<String, Integer> missing(Map<String, Integer> tei, Map<String, Integer> html) {
        Map<String, Integer> missing = new HashMap<>();
        tei.forEach((word, count) -> {
            int shortfall = count - html.getOrDefault(word, 0);
            if (shortfall > 0) {
                missing.put(word, shortfall);
            }
        });
        return missing;
    }
}
