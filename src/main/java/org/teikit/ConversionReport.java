package org.teikit;

import java.util.List;

/**
 * What a conversion did: the input format it detected, each interpretation it made (which source
 * line became which TEI construct), each kind of material it dropped and why, and its warnings.
 * Together with the TEI, this accounts for every character of the source.
 *
 * @param source          the input's name
 * @param format          the detected or requested input format id (for example {@code web-capture})
 * @param interpretations one entry per decision, in source order
 * @param dropped         one entry per kind of dropped material
 * @param diagnostics     warnings and errors, each located
 */
public record ConversionReport(String source, String format, List<Interpretation> interpretations,
                               List<Dropped> dropped, List<Diagnostic> diagnostics) {

    /**
     * Copies the lists, so the report is immutable.
     *
     * @param source          the input's name
     * @param format          the detected or requested input format id
     * @param interpretations one entry per decision, in source order
     * @param dropped         one entry per kind of dropped material
     * @param diagnostics     warnings and errors, each located
     */
    public ConversionReport {
        interpretations = List.copyOf(interpretations);
        dropped = List.copyOf(dropped);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * A source passage read as a TEI construct: {@code line 12: 'AVPRF f. 0100 …' → msIdentifier}.
     *
     * @param line    the 1-based source line, or 0 when the reading was inferred
     * @param excerpt the start of the passage
     * @param as      what it became in the TEI
     */
    public record Interpretation(int line, String excerpt, String as) {
    }

    /**
     * A kind of source material that is not text of the document and was left out.
     *
     * @param kind  a short id, for example {@code page-chrome} or {@code paragraph-box}
     * @param why   why it is not text of the document
     * @param lines the 1-based source lines where it was found, one entry per occurrence
     * @param texts what was dropped, one entry per occurrence (same order as lines)
     */
    public record Dropped(String kind, String why, List<Integer> lines, List<String> texts) {
        /**
         * Copies the lists, so the entry is immutable.
         *
         * @param kind  a short id, for example {@code page-chrome}
         * @param why   why it is not text of the document
         * @param lines the 1-based source lines where it was found, one entry per occurrence
         * @param texts what was dropped, one entry per occurrence
         */
        public Dropped {
            lines = List.copyOf(lines);
            texts = List.copyOf(texts);
        }

        /**
         * How often this kind of material was dropped.
         *
         * @return the number of occurrences
         */
        public int count() {
            return lines.size();
        }
    }

    /**
     * Whether the conversion reported an error.
     *
     * @return true when there is at least one error
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * The report as plain text. Placeholder until the ingest work lands its report writer.
     *
     * @return the report, one diagnostic a line
     */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        diagnostics.forEach(d -> sb.append(d.format()).append('\n'));
        return sb.toString();
    }

    /**
     * The report as JSON. Placeholder until the ingest work lands its report writer.
     *
     * @return the report as a JSON object
     */
    public String toJson() {
        return "{}";
    }
}
