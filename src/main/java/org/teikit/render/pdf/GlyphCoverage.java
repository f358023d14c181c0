package org.teikit.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.teikit.Diagnostic;

/**
 * Finds the characters of a TEI document that no font of a {@link FontSet} can show, with their line
 * and column, before FOP would silently set them as '#'. Each character is reported at its first
 * place, with the count of its other occurrences.
 */
final class GlyphCoverage {

    static final String RULE = "pdf.missing-glyph";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final FontSet fonts;

    GlyphCoverage(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The diagnostics for {@code document}; {@code reported} receives the code points reported. */
    List<Diagnostic> check(XdmNode document, String file, Set<Integer> reported) {
        record Place(int line, int column, int count) {
        }
        Map<Integer, Place> first = new LinkedHashMap<>();
        for (XdmNode text : document.select(Steps.descendant()).toList()) {
            if (text.getNodeKind() != XdmNodeKind.TEXT || insideXhtml(text)) {
                continue;
            }
            String value = text.getStringValue();
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                i += Character.charCount(cp);
                if (ignorable(cp) || fonts.covers(cp)) {
                    continue;
                }
                first.merge(cp, new Place(lineOf(text), columnOf(text), 1),
                        (old, next) -> new Place(old.line(), old.column(), old.count() + 1));
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        first.forEach((cp, place) -> {
            reported.add(cp);
            String others = place.count() > 1 ? " (and " + (place.count() - 1) + " more times)" : "";
            diagnostics.add(Diagnostic.warning(file, place.line(), place.column(), RULE,
                    "No font covers the character " + describe(cp) + others
                            + "; it would print as '#'. Configure a font that has it."));
        });
        return diagnostics;
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        String code = "U+" + String.format(Locale.ROOT, "%04X", cp) + (name == null ? "" : " " + name);
        // A control character is named only: written out, it would be a control in the message too.
        return Character.getType(cp) == Character.CONTROL ? code : "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /**
     * Characters FOP sets without a glyph: white space, no-break space, soft hyphen, format characters,
     * NEL (a line break). Other control characters (DEL, the rest of the C1 range) are looked for in the
     * fonts and print as '#' (FOP reported them itself, without a place in the TEI).
     */
    private static boolean ignorable(int cp) {
        return Character.isWhitespace(cp) || cp == 0xA0 || cp == 0xAD || cp == 0x85
                || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean insideXhtml(XdmNode node) {
        for (XdmNode p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getNodeKind() == XdmNodeKind.ELEMENT && XHTML.equals(p.getNodeName().getNamespace())) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(XdmNode text) {
        int line = text.getLineNumber();
        return line > 0 ? line : Math.max(text.getParent().getLineNumber(), 0);
    }

    private static int columnOf(XdmNode text) {
        int column = text.getColumnNumber();
        return column > 0 ? column : Math.max(text.getParent().getColumnNumber(), 0);
    }
}
