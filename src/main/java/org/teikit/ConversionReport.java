package org.teikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.teikit.io.Sha256;

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
 * @param teiSha256       the SHA-256 (hex) of the TEI file the conversion wrote, or "" when it wrote
 *                        none (a conversion in memory, or one that failed): it tells a TEI file left as
 *                        teikit wrote it from one changed by hand since
 */
public record ConversionReport(String source, String format, List<Interpretation> interpretations,
                               List<Dropped> dropped, List<Diagnostic> diagnostics, String teiSha256) {

    /**
     * Copies the lists, so the report is immutable.
     *
     * @param source          the input's name
     * @param format          the detected or requested input format id
     * @param interpretations one entry per decision, in source order
     * @param dropped         one entry per kind of dropped material
     * @param diagnostics     warnings and errors, each located
     * @param teiSha256       the SHA-256 of the TEI file written, or ""
     */
    public ConversionReport {
        interpretations = List.copyOf(interpretations);
        dropped = List.copyOf(dropped);
        diagnostics = List.copyOf(diagnostics);
        teiSha256 = teiSha256 == null ? "" : teiSha256;
    }

    /** Rule id of a refusal to convert over a TEI file that {@link #handEdited} finds changed by hand. */
    public static final String WOULD_OVERWRITE_EDITS = "io.would-overwrite-edits";

    /** The field of the JSON report that holds {@link #teiSha256()}. */
    private static final String TEI_SHA256_FIELD = "teiSha256";

    /**
     * The TEI file's SHA-256 that a JSON report (as {@link #writeJson} writes it) records.
     *
     * @param json the report's JSON
     * @return the hash, or empty when the report records none or is not a JSON object
     * @throws IOException when reading fails
     */
    public static Optional<String> readTeiSha256(InputStream json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING
                        && field.equals(TEI_SHA256_FIELD)) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty(); // not JSON: it records nothing
        }
    }

    /**
     * Why the TEI file at {@code tei} is not the one a conversion wrote there, when it is not: converting
     * again would replace it, and with it an editor's changes. The file is teikit's when its SHA-256 is
     * the one the JSON report beside it ({@code reportJson}) records.
     *
     * @param tei        the TEI file a conversion is about to write
     * @param reportJson the JSON report of the conversion that wrote it
     * @return empty when there is no file at {@code tei} or it is as teikit wrote it; else the reason, a
     *         phrase such as "this TEI file was changed after 'teikit convert' wrote it"
     * @throws IOException when a file cannot be read
     */
    public static Optional<String> handEdited(Path tei, Path reportJson) throws IOException {
        if (!Files.isRegularFile(tei)) {
            return Optional.empty();
        }
        Optional<String> recorded = Optional.empty();
        if (Files.isRegularFile(reportJson)) {
            try (InputStream in = Files.newInputStream(reportJson)) {
                recorded = readTeiSha256(in);
            }
        }
        if (recorded.isEmpty()) {
            return Optional.of("this TEI file was not written by 'teikit convert' (no conversion report records it)");
        }
        return recorded.get().equals(Sha256.of(tei)) ? Optional.empty()
                : Optional.of("this TEI file was changed after 'teikit convert' wrote it");
    }

    /**
     * A report of a conversion that wrote no TEI file (or whose file is not known).
     *
     * @param source          the input's name
     * @param format          the detected or requested input format id
     * @param interpretations one entry per decision, in source order
     * @param dropped         one entry per kind of dropped material
     * @param diagnostics     warnings and errors, each located
     */
    public ConversionReport(String source, String format, List<Interpretation> interpretations,
                            List<Dropped> dropped, List<Diagnostic> diagnostics) {
        this(source, format, interpretations, dropped, diagnostics, "");
    }

    /**
     * This report, for a conversion that wrote the TEI file with this SHA-256.
     *
     * @param sha256 the file's SHA-256, hex
     * @return a report like this one with {@link #teiSha256()} set
     */
    public ConversionReport withTeiSha256(String sha256) {
        return new ConversionReport(source, format, interpretations, dropped, diagnostics, sha256);
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
     * The report as plain text for an editor: format, one line per interpretation
     * ({@code line 12: 'AVPRF f. 0100 …' → msIdentifier}), dropped material by kind with its lines,
     * then the diagnostics in compiler style.
     *
     * @return the text, one line each
     */
    public String toText() {
        return asString(this::writeText);
    }

    private interface Writing {
        void to(Writer out) throws IOException;
    }

    private static String asString(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /**
     * Writes {@link #toText()} to {@code out} as it is made: a large input's report is not built as one string.
     *
     * @param out where the text goes (not closed)
     * @throws IOException when writing fails
     */
    public void writeText(Writer out) throws IOException {
        out.append("Conversion report for ").append(source).append('\n');
        out.append("format: ").append(format).append('\n');
        out.append("interpretations: ").append(String.valueOf(interpretations.size())).append('\n');
        for (Interpretation i : interpretations) {
            out.append("  ").append(i.line() > 0 ? "line " + i.line() : "inferred").append(": '")
                    .append(i.excerpt()).append("' \u2192 ").append(i.as()).append('\n');
        }
        out.append("dropped: ").append(String.valueOf(dropped.size())).append(dropped.isEmpty() ? "" : " kinds")
                .append('\n');
        for (Dropped d : dropped) {
            out.append("  ").append(d.kind()).append(" \u00d7").append(String.valueOf(d.count())).append(" (")
                    .append(d.why()).append("), lines ");
            for (int k = 0; k < d.lines().size(); k++) {
                out.append(k > 0 ? ", " : "").append(String.valueOf(d.lines().get(k)));
            }
            out.append('\n');
        }
        out.append("diagnostics: ").append(String.valueOf(diagnostics.size())).append('\n');
        for (Diagnostic d : diagnostics) {
            out.append("  ").append(d.format()).append('\n');
        }
    }

    /**
     * The report as JSON (written with jackson-core, so every string is escaped by the library).
     *
     * @return the JSON document
     */
    public String toJson() {
        return asString(this::writeJson);
    }

    /**
     * Writes {@link #toJson()} to {@code out} as it is made: a large input's report is not built as one string.
     *
     * @param out where the JSON goes (flushed, not closed)
     * @throws IOException when writing fails
     */
    public void writeJson(Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeStringField("format", format);
            if (!teiSha256.isEmpty()) {
                json.writeStringField(TEI_SHA256_FIELD, teiSha256);
            }
            json.writeArrayFieldStart("interpretations");
            for (Interpretation i : interpretations) {
                json.writeStartObject();
                json.writeNumberField("line", i.line());
                json.writeStringField("excerpt", i.excerpt());
                json.writeStringField("as", i.as());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dropped");
            for (Dropped d : dropped) {
                json.writeStartObject();
                json.writeStringField("kind", d.kind());
                json.writeStringField("why", d.why());
                json.writeNumberField("count", d.count());
                json.writeArrayFieldStart("occurrences");
                for (int k = 0; k < d.count(); k++) {
                    json.writeStartObject();
                    json.writeNumberField("line", d.lines().get(k));
                    json.writeStringField("text", d.texts().get(k));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                json.writeStartObject();
                json.writeStringField("severity", d.severity().word());
                json.writeStringField("file", d.file());
                json.writeNumberField("line", d.line());
                json.writeNumberField("column", d.column());
                json.writeStringField("rule", d.rule());
                json.writeStringField("message", d.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
