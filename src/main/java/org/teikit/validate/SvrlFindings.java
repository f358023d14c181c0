package org.teikit.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an SVRL report as Saxon writes it and keeps only its findings (failed asserts and successful
 * reports), so that the report of a large document, with one fired-rule element per node a rule
 * matched, is never built as a tree. One per run; not thread-safe.
 */
final class SvrlFindings extends DefaultHandler {

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    /**
     * One finding: its attributes, the normalized text of its first svrl:text, and the ids of the
     * nearest fired-rule and active-pattern before it among its siblings ("" when none).
     */
    record Finding(String id, String role, String flag, String location, String message, String firedRule,
                   String activePattern) {
    }

    /** The ids of the last fired-rule and active-pattern seen among the children of one element. */
    private static final class Siblings {
        String firedRule = "";
        String activePattern = "";
    }

    private final List<Finding> findings = new ArrayList<>();
    private final Deque<Siblings> open = new ArrayDeque<>();
    private Attributes finding;
    private int findingDepth;
    private int textDepth;
    private boolean textSeen;
    private StringBuilder text;

    List<Finding> findings() {
        return findings;
    }

    @Override
    public void startDocument() {
        open.push(new Siblings());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        Siblings siblings = open.peek();
        if (finding == null && SVRL.equals(uri)) {
            switch (localName) {
                case "fired-rule" -> siblings.firedRule = value(atts, "id");
                case "active-pattern" -> siblings.activePattern = value(atts, "id");
                case "failed-assert", "successful-report" -> {
                    finding = new org.xml.sax.helpers.AttributesImpl(atts);
                    findingDepth = open.size();
                    text = new StringBuilder();
                    textSeen = false;
                }
                default -> { }
            }
        } else if (finding != null && open.size() == findingDepth + 1 && !textSeen && SVRL.equals(uri)
                && "text".equals(localName)) {
            textDepth = open.size() + 1;
        }
        open.push(new Siblings());
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        open.pop();
        if (textDepth > 0 && open.size() + 1 == textDepth) {
            textDepth = 0;
            textSeen = true;
        }
        if (finding != null && open.size() == findingDepth) {
            Siblings siblings = open.peek();
            findings.add(new Finding(value(finding, "id"), value(finding, "role"), value(finding, "flag"),
                    finding.getValue("", "location"), normalizeSpace(text), siblings.firedRule, siblings.activePattern));
            finding = null;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (textDepth > 0) {
            text.append(ch, start, length);
        }
    }

    private static String value(Attributes atts, String name) {
        String v = atts.getValue("", name);
        return v == null ? "" : v;
    }

    /** XPath's normalize-space: only space, tab, CR and LF are white space. */
    static String normalizeSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                gap = out.length() > 0;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
