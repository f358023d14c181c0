package org.teikit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem or remark about a document, with its location. Diagnostics are values: converters and
 * validators collect them in full and return them; they are never thrown.
 *
 * @param severity how serious it is
 * @param file     the file (or source name) it is about; never null, may be empty for a setup message
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param rule     a stable rule or constraint id (for example {@code ingest.note-without-call}); never null
 * @param message  a message in plain words for an editor
 * @param xpath    the XPath of the node concerned, when known (Schematron), otherwise empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String rule, String message,
                         String xpath) {

    /** A line break in a message and the blanks around it, which {@link #format()} makes one space. */
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    /**
     * Checks the required parts and turns absent optional ones into empty strings.
     *
     * @param severity how serious it is; required
     * @param file     the file it is about; null becomes empty
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param rule     a stable rule id; null becomes empty
     * @param message  the message; required
     * @param xpath    the XPath of the node concerned; null becomes empty
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        file = file == null ? "" : file;
        rule = rule == null ? "" : rule;
        Objects.requireNonNull(message, "message");
        xpath = xpath == null ? "" : xpath;
    }

    /**
     * A diagnostic without an XPath.
     *
     * @param severity how serious it is
     * @param file     the file it is about
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param rule     a stable rule id
     * @param message  the message
     */
    public Diagnostic(Severity severity, String file, int line, int column, String rule, String message) {
        this(severity, file, line, column, rule, message, "");
    }

    /**
     * An error: the document fails.
     *
     * @param file    the file it is about
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param rule    a stable rule id
     * @param message the message
     * @return the diagnostic
     */
    public static Diagnostic error(String file, int line, int column, String rule, String message) {
        return new Diagnostic(Severity.ERROR, file, line, column, rule, message);
    }

    /**
     * A warning: worth an editor's look, the document still passes.
     *
     * @param file    the file it is about
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param rule    a stable rule id
     * @param message the message
     * @return the diagnostic
     */
    public static Diagnostic warning(String file, int line, int column, String rule, String message) {
        return new Diagnostic(Severity.WARNING, file, line, column, rule, message);
    }

    /**
     * A remark for information.
     *
     * @param file    the file it is about
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param rule    a stable rule id
     * @param message the message
     * @return the diagnostic
     */
    public static Diagnostic info(String file, int line, int column, String rule, String message) {
        return new Diagnostic(Severity.INFO, file, line, column, rule, message);
    }

    /**
     * Whether this is an error.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    private static String oneLine(String message) {
        return message.indexOf('\n') < 0 && message.indexOf('\r') < 0 ? message
                : LINE_BREAKS.matcher(message.strip()).replaceAll(" ");
    }

    /**
     * The compiler-style line that editors and IDEs link: one line, a message of several lines (a
     * schema's own text) joined with spaces, so that a tool reading line by line takes it whole.
     *
     * @return {@code file:line:col: severity: message [rule]}, leaving out the parts that are unknown
     */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        sb.append(severity.word()).append(": ").append(oneLine(message));
        if (!rule.isEmpty()) {
            sb.append(" [").append(rule).append(']');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
