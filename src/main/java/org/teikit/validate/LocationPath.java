package org.teikit.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmSequenceIterator;
import net.sf.saxon.s9api.Axis;

/**
 * Follows the location paths Schematron reports carry, in the form of XPath's {@code path()}
 * ({@code /Q{ns}TEI[1]/Q{ns}text[1]/@when}), step by step over one document's tree, without compiling
 * each as an XPath expression. Returns null for a path of another form, which the caller then evaluates
 * as XPath. Each parent's children are grouped by name once, on the first path through it, so that a
 * step such as {@code p[12345]} is a lookup: walking the siblings for every finding made 20,000 findings
 * among 20,000 siblings take 35 s. One per document and thread.
 */
final class LocationPath {

    private final XdmNode document;
    /** For each parent a path has gone through: its children by step test ({ns}local, text(), comment()). */
    private final Map<XdmNode, Map<String, List<XdmNode>>> childrenByTest = new HashMap<>();

    LocationPath(XdmNode document) {
        this.document = document;
    }

    XdmNode find(String path) {
        if (!path.startsWith("/") || document.getNodeKind() != XdmNodeKind.DOCUMENT) {
            return null;
        }
        List<String> steps = steps(path);
        if (steps == null) {
            return null;
        }
        XdmNode node = document;
        for (String step : steps) {
            node = step.startsWith("@") ? attribute(node, step.substring(1)) : child(node, step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The steps of a path, split at slashes outside {@code Q{...}}; null when it is not absolute and simple. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int from = 1;
        boolean inBraces = false;
        for (int i = 1; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '{') {
                inBraces = true;
            } else if (c == '}') {
                inBraces = false;
            } else if (c == '/' && !inBraces) {
                if (i == from) {
                    return null;
                }
                steps.add(path.substring(from, i));
                from = i + 1;
            }
        }
        return steps;
    }

    private static XdmNode attribute(XdmNode element, String name) {
        String[] qname = qualified(name);
        if (qname == null) {
            return null;
        }
        XdmSequenceIterator<XdmNode> it = element.axisIterator(Axis.ATTRIBUTE);
        while (it.hasNext()) {
            XdmNode a = it.next();
            if (a.getNodeName().getLocalName().equals(qname[1]) && a.getNodeName().getNamespace().equals(qname[0])) {
                return a;
            }
        }
        return null;
    }

    private XdmNode child(XdmNode parent, String step) {
        int bracket = step.lastIndexOf('[');
        if (bracket < 0 || !step.endsWith("]")) {
            return null;
        }
        int position;
        try {
            position = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        String test = step.substring(0, bracket);
        String key;
        if (test.equals("text()") || test.equals("comment()")) {
            key = test;
        } else if (test.contains("(")) {
            return null;
        } else {
            String[] qname = qualified(test);
            if (qname == null) {
                return null;
            }
            key = qname[0] + "}" + qname[1];
        }
        List<XdmNode> matching = childrenByTest.computeIfAbsent(parent, LocationPath::byTest).get(key);
        return matching == null || position < 1 || position > matching.size() ? null : matching.get(position - 1);
    }

    /** A parent's element, text and comment children, in order, by the step test that names them. */
    private static Map<String, List<XdmNode>> byTest(XdmNode parent) {
        Map<String, List<XdmNode>> children = new HashMap<>();
        XdmSequenceIterator<XdmNode> it = parent.axisIterator(Axis.CHILD);
        while (it.hasNext()) {
            XdmNode c = it.next();
            String key = switch (c.getNodeKind()) {
                case ELEMENT -> c.getNodeName().getNamespace() + "}" + c.getNodeName().getLocalName();
                case TEXT -> "text()";
                case COMMENT -> "comment()";
                default -> null;
            };
            if (key != null) {
                children.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        return children;
    }

    /** {namespace, local name} of {@code Q{ns}local} or a plain {@code local} (no namespace); null otherwise. */
    private static String[] qualified(String name) {
        if (name.startsWith("Q{")) {
            int close = name.indexOf('}');
            return close < 0 ? null : new String[] {name.substring(2, close), name.substring(close + 1)};
        }
        return name.indexOf(':') >= 0 || name.indexOf('*') >= 0 || name.isEmpty() ? null : new String[] {"", name};
    }
}
