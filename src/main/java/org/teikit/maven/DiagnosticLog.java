package org.teikit.maven;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.teikit.Counted;
import org.teikit.Diagnostic;

/**
 * Writes diagnostics to the Maven log, one {@code file:line:col: message [rule]} line each (Maven adds
 * {@code [ERROR]} or {@code [WARNING]}, and IDEs link the location), counts them, and decides whether
 * the build fails. Not thread-safe: a Mojo reports from its own thread.
 */
final class DiagnosticLog {

    private final Log log;
    private final Set<String> filesWithErrors = new TreeSet<>();
    private int errors;
    private int warnings;

    DiagnosticLog(Log log) {
        this.log = log;
    }

    void report(Collection<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            switch (diagnostic.severity()) {
                case ERROR -> {
                    errors++;
                    filesWithErrors.add(diagnostic.file());
                    log.error(line(diagnostic));
                }
                case WARNING -> {
                    warnings++;
                    log.warn(line(diagnostic));
                }
                case INFO -> log.debug(line(diagnostic));
            }
        }
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** {@code file:line:col: message [rule]}: the location parts that are known, then the message. */
    static String line(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.file());
        if (d.line() > 0) {
            sb.append(':').append(d.line());
            if (d.column() > 0) {
                sb.append(':').append(d.column());
            }
        }
        if (sb.length() > 0) {
            sb.append(": ");
        }
        sb.append(d.message());
        if (!d.rule().isEmpty()) {
            sb.append(" [").append(d.rule()).append(']');
        }
        return sb.toString();
    }

    /** Fails the build on any error, and on any warning when {@code failOnWarnings} is set. */
    void failIfNeeded(String goal, boolean failOnWarnings) throws MojoFailureException {
        if (errors > 0) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "teikit %s: %s in %s (%s); each is logged above as file:line:col: message [rule]",
                    goal, Counted.of(errors, "error"), Counted.of(filesWithErrors.size(), "file"),
                    Counted.of(warnings, "warning")));
        }
        if (failOnWarnings && warnings > 0) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "teikit %s: %s and failOnWarnings is set; each is logged above", goal,
                    Counted.of(warnings, "warning")));
        }
    }
}
