package org.teikit.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.trans.XPathException;
import org.teikit.Diagnostic;

/**
 * The error for a document nested too deep to render. The stylesheets follow the document's nesting
 * with the Java stack; elements nested several hundred levels deep (TEI documents rarely pass 30)
 * exhaust it, and Saxon then reports "too many nested apply-templates calls, the stylesheet may be
 * looping", which names neither the cause nor the place. This names both.
 */
public final class NestingDepth {

    /** The rule of the diagnostic. */
    public static final String RULE = "render.too-deep";

    private NestingDepth() {
    }

    /** Whether {@code e} (or a cause of it) says a transformation ran out of stack. */
    public static boolean ranOutOfStack(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StackOverflowError || t instanceof XPathException.StackOverflow) {
                return true;
            }
        }
        return false;
    }

    /** An error at the document's most deeply nested element, saying how deep it is. */
    public static Diagnostic tooDeep(String file, XdmNode document) {
        // Iterative, so that the search itself cannot run out of stack.
        Deque<Iterator<XdmNode>> path = new ArrayDeque<>();
        path.push(document.children().iterator());
        XdmNode deepest = null;
        int maxDepth = 0;
        while (!path.isEmpty()) {
            Iterator<XdmNode> siblings = path.peek();
            if (!siblings.hasNext()) {
                path.pop();
                continue;
            }
            XdmNode node = siblings.next();
            if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
                path.push(node.axisIterator(Axis.CHILD));
                if (path.size() - 1 > maxDepth) {
                    maxDepth = path.size() - 1;
                    deepest = node;
                }
            }
        }
        int line = deepest == null ? 0 : Math.max(deepest.getLineNumber(), 0);
        int column = deepest == null ? 0 : Math.max(deepest.getColumnNumber(), 0);
        return Diagnostic.error(file, line, column, RULE, "elements are nested " + maxDepth
                + " levels deep here, too deep to render (TEI documents rarely nest more than 30 levels): "
                + "look for unclosed or runaway markup");
    }
}
