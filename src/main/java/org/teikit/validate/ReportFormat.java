package org.teikit.validate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.teikit.Counted;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.ValidationReport;
import org.teikit.Version;

/**
 * How validation results are printed: compiler-style text lines that editors and IDEs link, JSON
 * for scripts, and SARIF 2.1.0 for code hosts that annotate files in pull requests. JSON is written
 * with jackson-core, never by hand.
 */
public enum ReportFormat {
    TEXT, JSON, SARIF;

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    /** SARIF's conventional name for the root of the analysed sources. */
    private static final String SRCROOT = "%SRCROOT%";
    private static final Pattern GUIDELINES = Pattern.compile("https://tei-c\\.org/release/doc/tei-p5-doc/en/html/ref-[A-Za-z0-9]+\\.html");

    /** The format named on a command line ({@code text}, {@code json}, {@code sarif}). */
    public static ReportFormat parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** Totals over a set of reports. */
    public record Summary(int files, int invalidFiles, long errors, long warnings) {
        public static Summary of(List<ValidationReport> reports) {
            return new Summary(reports.size(), (int) reports.stream().filter(r -> !r.isValid()).count(),
                    reports.stream().mapToLong(ValidationReport::errorCount).sum(),
                    reports.stream().mapToLong(ValidationReport::warningCount).sum());
        }

        /** "3 files, 1 with errors: 2 errors, 1 warning". */
        public String line() {
            return Counted.of(files, "file") + ", " + invalidFiles + " with errors: " + Counted.of(errors, "error")
                    + ", " + Counted.of(warnings, "warning");
        }
    }

    /** Writes every diagnostic of every report, then (text) a summary line. */
    public void write(List<ValidationReport> reports, Writer out) throws IOException {
        switch (this) {
            case TEXT -> text(reports, out);
            case JSON -> json(reports, out);
            case SARIF -> sarif(reports, out);
        }
        out.flush();
    }

    private static void text(List<ValidationReport> reports, Writer out) throws IOException {
        for (ValidationReport r : reports) {
            for (Diagnostic d : r.diagnostics()) {
                out.write(d.format());
                out.write(System.lineSeparator());
            }
        }
        out.write(Summary.of(reports).line());
        out.write(System.lineSeparator());
    }

    private static void json(List<ValidationReport> reports, Writer out) throws IOException {
        try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (ValidationReport r : reports) {
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeBooleanField("valid", r.isValid());
                g.writeArrayFieldStart("diagnostics");
                for (Diagnostic d : r.diagnostics()) {
                    g.writeStartObject();
                    g.writeStringField("severity", d.severity().word());
                    g.writeStringField("file", d.file());
                    g.writeNumberField("line", d.line());
                    g.writeNumberField("column", d.column());
                    g.writeStringField("rule", d.rule());
                    g.writeStringField("message", d.message());
                    if (!d.xpath().isEmpty()) {
                        g.writeStringField("xpath", d.xpath());
                    }
                    String link = guidelines(d.message());
                    if (link != null) {
                        g.writeStringField("guidelines", link);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            Summary s = Summary.of(reports);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files());
            g.writeNumberField("invalidFiles", s.invalidFiles());
            g.writeNumberField("errors", s.errors());
            g.writeNumberField("warnings", s.warnings());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void sarif(List<ValidationReport> reports, Writer out) throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        reports.forEach(r -> r.diagnostics().forEach(d -> rules.putIfAbsent(d.rule().isEmpty() ? "teikit" : d.rule(), guidelines(d.message()))));
        List<String> ruleIds = List.copyOf(rules.keySet());
        try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "teikit");
            g.writeStringField("version", Version.get());
            g.writeStringField("informationUri", "https://teikit.org/");
            g.writeArrayFieldStart("rules");
            for (String id : ruleIds) {
                g.writeStartObject();
                g.writeStringField("id", id);
                if (rules.get(id) != null && !id.startsWith("rng.")) {
                    g.writeStringField("helpUri", rules.get(id));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            // Relative paths are relative to the folder teikit ran in: SARIF names that base
            // (uriBaseId), so that a viewer finds the files.
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeStringField("uri", Path.of("").toAbsolutePath().toUri().toString());
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (ValidationReport r : reports) {
                for (Diagnostic d : r.diagnostics()) {
                    String id = d.rule().isEmpty() ? "teikit" : d.rule();
                    g.writeStartObject();
                    g.writeStringField("ruleId", id);
                    g.writeNumberField("ruleIndex", ruleIds.indexOf(id));
                    g.writeStringField("level", d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "note");
                    g.writeObjectFieldStart("message");
                    g.writeStringField("text", d.message());
                    g.writeEndObject();
                    g.writeArrayFieldStart("locations");
                    g.writeStartObject();
                    g.writeObjectFieldStart("physicalLocation");
                    g.writeObjectFieldStart("artifactLocation");
                    String file = d.file().isEmpty() ? r.file() : d.file();
                    g.writeStringField("uri", artifactUri(file));
                    if (!isAbsolute(file)) {
                        g.writeStringField("uriBaseId", SRCROOT);
                    }
                    g.writeEndObject();
                    if (d.line() > 0) {
                        g.writeObjectFieldStart("region");
                        g.writeNumberField("startLine", d.line());
                        if (d.column() > 0) {
                            g.writeNumberField("startColumn", d.column());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                    if (!d.xpath().isEmpty()) {
                        g.writeArrayFieldStart("logicalLocations");
                        g.writeStartObject();
                        g.writeStringField("fullyQualifiedName", d.xpath());
                        g.writeStringField("kind", "element");
                        g.writeEndObject();
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static boolean isAbsolute(String file) {
        try {
            return Path.of(file).isAbsolute() || file.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !file.matches("^[A-Za-z]:[\\\\/].*");
        } catch (RuntimeException e) {
            return true; // written as it is: not a path under the base either
        }
    }

    /** A relative path as a relative URI reference with forward slashes; an absolute one as a file URI. */
    static String artifactUri(String file) {
        try {
            Path p = Path.of(file);
            if (p.isAbsolute()) {
                return p.toUri().toString();
            }
            StringBuilder sb = new StringBuilder();
            for (Path part : p) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return sb.toString();
        } catch (RuntimeException e) {
            return file;
        }
    }

    private static String guidelines(String message) {
        Matcher m = GUIDELINES.matcher(message);
        return m.find() ? m.group() : null;
    }
}
