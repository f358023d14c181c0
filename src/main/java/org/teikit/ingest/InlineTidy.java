package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;

import org.teikit.tei.Inline;

/** Whitespace of running text as TEI keeps it: runs (line ends included) become one space, ends trimmed. */
final class InlineTidy {

    private InlineTidy() {
    }

    /** Collapses whitespace in text runs, merges neighbouring runs and trims the ends of the whole run. */
    static List<Inline> tidy(List<Inline> in) {
        List<Inline> merged = new ArrayList<>();
        // Neighbouring texts are joined first and collapsed once: collapsing the joined text at each
        // join made a paragraph of 10,000 footnote calls kept as text take 11 s.
        StringBuilder texts = new StringBuilder();
        boolean inTexts = false;
        for (Inline inline : in) {
            if (inline instanceof Inline.Text text) {
                texts.append(text.text());
                inTexts = true;
                continue;
            }
            if (inTexts) {
                merged.add(new Inline.Text(collapseSpace(texts.toString())));
                texts.setLength(0);
                inTexts = false;
            }
            merged.add(collapse(inline));
        }
        if (inTexts) {
            merged.add(new Inline.Text(collapseSpace(texts.toString())));
        }
        trimStart(merged);
        trimEnd(merged);
        return List.copyOf(merged);
    }

    private static Inline collapse(Inline inline) {
        if (inline instanceof Inline.Text t) {
            return new Inline.Text(collapseSpace(t.text()));
        }
        if (inline instanceof Inline.Supplied s) {
            return new Inline.Supplied(s.reason(), tidy(s.content()));
        }
        if (inline instanceof Inline.Hi h) {
            return new Inline.Hi(h.rend(), tidy(h.content()));
        }
        if (inline instanceof Inline.Quote q) {
            return new Inline.Quote(collapseOnly(q.content()));
        }
        if (inline instanceof Inline.DateRef d) {
            return new Inline.DateRef(d.date(), collapseOnly(d.content()));
        }
        return inline;
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regular expression (compiled per call, it was the
     * converter's hottest spot): every run of {@code [ \t\n\x0B\f\r]} becomes one space.
     */
    static String collapseSpace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                sb.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static List<Inline> collapseOnly(List<Inline> in) {
        return in.stream().map(InlineTidy::collapse).toList();
    }

    private static void trimStart(List<Inline> list) {
        while (!list.isEmpty() && list.get(0) instanceof Inline.Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) {
                list.remove(0);
            } else {
                list.set(0, new Inline.Text(s));
                return;
            }
        }
    }

    private static void trimEnd(List<Inline> list) {
        while (!list.isEmpty() && list.get(list.size() - 1) instanceof Inline.Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) {
                list.remove(list.size() - 1);
            } else {
                list.set(list.size() - 1, new Inline.Text(s));
                return;
            }
        }
    }

    /** The plain text of inline content (notes included), for excerpts and checks. */
    static String plainText(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Supplied s) {
                sb.append(plainText(s.content()));
            } else if (i instanceof Inline.Hi h) {
                sb.append(plainText(h.content()));
            } else if (i instanceof Inline.Quote q) {
                sb.append(plainText(q.content()));
            } else if (i instanceof Inline.DateRef d) {
                sb.append(plainText(d.content()));
            } else if (i instanceof Inline.Sic s) {
                sb.append(s.text());
            } else if (i instanceof Inline.PlaceName p) {
                sb.append(p.name());
            }
        }
        return sb.toString();
    }
}
