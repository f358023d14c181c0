package org.teikit.validate;

import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.teikit.Diagnostic;
import org.xml.sax.SAXParseException;

/**
 * A problem in a schema file itself, as a diagnostic located in that file (so that an editor opens
 * the schema at the place), and schema messages made fit for one diagnostic line.
 */
final class SchemaProblem {

    static final String RULE = "schema.invalid";

    /** "com.thaiopensource.resolver.ResolverException: " and the like: Java's names, not the user's. */
    private static final Pattern JAVA_EXCEPTION = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ");

    private SchemaProblem() {
    }

    /** The problem where the schema parser found it: the schema file's name, line and column. */
    static Diagnostic located(SAXParseException e) {
        return Diagnostic.error(displayName(e.getSystemId()), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                RULE, oneLine(e.getMessage()));
    }

    /**
     * A problem Saxon found in a schema, said in the schema's file: at Saxon's line when {@code placed}
     * (the schema file was being parsed) and Saxon names that file, else in the file as a whole.
     */
    static Diagnostic inFile(URI location, net.sf.saxon.s9api.SaxonApiException e, boolean placed) {
        boolean here = placed && location.toString().equals(e.getSystemId());
        return Diagnostic.error(displayName(location.toString()), here ? Math.max(e.getLineNumber(), 0) : 0, 0, RULE,
                oneLine(e.getMessage()));
    }

    /** "3 problems, reported in the schema (the first at my.rng:3:10)", for the line on the document. */
    static String summary(java.util.List<Diagnostic> problems) {
        Diagnostic first = problems.get(0);
        String at = first.file() + (first.line() > 0 ? ":" + first.line() + (first.column() > 0 ? ":" + first.column() : "") : "");
        return problems.size() == 1 ? "1 problem, reported at " + at
                : problems.size() + " problems, reported in the schema (the first at " + at + ")";
    }

    /** A message on one line, without Java class names. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return JAVA_EXCEPTION.matcher(message).replaceAll("").replaceAll("\\s+", " ").trim();
    }

    /** A schema's file as a path relative to the working folder when it is below it, else as it is. */
    static String displayName(String systemId) {
        if (systemId == null || systemId.isEmpty()) {
            return "";
        }
        try {
            URI uri = new URI(systemId);
            if (!"file".equals(uri.getScheme())) {
                return systemId;
            }
            Path file = Path.of(uri).normalize();
            Path here = Path.of("").toAbsolutePath().normalize();
            return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return systemId;
        }
    }
}
