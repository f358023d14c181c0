package org.teikit.tei;

/**
 * A date as TEI encodes it: the source wording as content and the normalised value in one of the
 * dating attributes (ISO 8601 / W3C forms). Any attribute may be null; a date with none of them is
 * kept as text only ("undated", or a form that could not be read).
 *
 * @param text      the wording of the source
 * @param when      an exact (possibly partial) date such as {@code 1956-03-20}, {@code 1958-05}, {@code --01-17}
 * @param from      start of a range
 * @param to        end of a range
 * @param notBefore earliest possible date of an uncertain date
 * @param notAfter  latest possible date of an uncertain date
 */
public record TeiDate(String text, String when, String from, String to, String notBefore, String notAfter) {

    public static TeiDate exact(String text, String when) {
        return new TeiDate(text, when, null, null, null, null);
    }

    public static TeiDate range(String text, String from, String to) {
        return new TeiDate(text, null, from, to, null, null);
    }

    public static TeiDate between(String text, String notBefore, String notAfter) {
        return new TeiDate(text, null, null, null, notBefore, notAfter);
    }

    public static TeiDate textOnly(String text) {
        return new TeiDate(text, null, null, null, null, null);
    }

    /** True when the date carries a machine-readable value. */
    public boolean isNormalised() {
        return when != null || from != null || notBefore != null;
    }

    /** A short description of the normalised value, for the conversion report. */
    public String describe() {
        if (when != null) {
            return "@when=" + when;
        }
        if (from != null) {
            return "@from=" + from + " @to=" + to;
        }
        if (notBefore != null) {
            return "@notBefore=" + notBefore + " @notAfter=" + notAfter;
        }
        return "text only";
    }
}
