package org.teikit.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Markdown nested too deep to walk: quotes, lists or emphasis hundreds of levels deep. The
 * converter's walk of commonmark's tree, and every step after it, follow the nesting on the Java
 * stack; 5,000 nested quotes ended the conversion with a StackOverflowError. A top-level block nested
 * deeper than {@link #MAX_DEPTH} is read as one paragraph of its text instead: every character is
 * kept (code and HTML as written, a footnote call as {@code [^label]}), its nesting is not, and the
 * caller says so. Measuring a block's depth and gathering its text keep their own stacks of nodes,
 * not Java's.
 */
final class DeepMarkdown {

    /** Deepest nesting read as it is; transcriptions nest a few levels at most. */
    static final int MAX_DEPTH = 64;

    private DeepMarkdown() {
    }

    /** How deeply {@code node}'s descendants nest below it (0 for a leaf), counted without recursion. */
    static int depth(Node node) {
        int deepest = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(node);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            deepest = Math.max(deepest, d);
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return deepest;
    }

    /** One paragraph holding all the text of {@code node}, in order, placed where {@code node} begins. */
    static Paragraph flattened(Node node) {
        StringBuilder text = new StringBuilder();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(node);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof Text t) {
                text.append(t.getLiteral());
            } else if (n instanceof Code c) {
                text.append(c.getLiteral());
            } else if (n instanceof HtmlInline h) {
                text.append(h.getLiteral());
            } else if (n instanceof HtmlBlock h) {
                text.append(' ').append(h.getLiteral()).append(' ');
            } else if (n instanceof FencedCodeBlock f) {
                text.append(' ').append(f.getLiteral()).append(' ');
            } else if (n instanceof IndentedCodeBlock i) {
                text.append(' ').append(i.getLiteral()).append(' ');
            } else if (n instanceof FootnoteReference ref) {
                text.append("[^").append(ref.getLabel()).append(']');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                text.append(' ');
            } else if (n instanceof Block && n != node) {
                text.append(' ');
            }
            // Children in order: pushed last first.
            Node last = n.getLastChild();
            for (Node c = last; c != null; c = c.getPrevious()) {
                pending.push(c);
            }
        }
        Paragraph paragraph = new Paragraph();
        Text only = new Text(text.toString());
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
            paragraph.setSourceSpans(List.of(spans.get(0)));
            only.setSourceSpans(List.of(spans.get(0)));
        }
        paragraph.appendChild(only);
        return paragraph;
    }
}
