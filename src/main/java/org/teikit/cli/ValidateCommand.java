package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.teikit.ValidationReport;
import org.teikit.validate.ReportFormat;
import org.teikit.validate.SchemaStore;
import org.teikit.validate.TeiValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code teikit validate FILE|DIR...}: exit 0 when no document has errors, 1 when one has, 2 for a usage mistake. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {
            "Validates TEI files against their schemas, offline.",
            "Checks the files given (and the .xml files in folders) against RELAX NG,",
            "XML Schema, DTD and Schematron without using the network.",
            "Schemas: those given with --schema; otherwise those each document names",
            "in <?xml-model?>; otherwise teikit's own.",
            "Prints one line per problem (file:line:column: severity: message [rule])",
            "and a summary."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no document has errors", "1:a document has errors (or warnings, with --warnings-as-errors)", "2:usage mistake"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "TEI files, or folders to search for .xml files")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA",
            description = "Validate against this schema instead (path, URL or catalog name; .rng .rnc .xsd .dtd .sch;"
                    + " a TEI schema by its name, tei_all, once it is in the store). Repeatable.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text, json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--warnings-as-errors", description = "Fail (exit 1) on warnings too.")
    boolean warningsAsErrors;

    @Option(names = "--schema-store", paramLabel = "DIR",
            description = "The user schema store (default: $TEIKIT_SCHEMAS or ~/.local/share/teikit/schemas).")
    Path schemaStore;

    @Option(names = "--no-xml-model", description = "Ignore <?xml-model?> instructions in the documents.")
    boolean noXmlModel;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Files validated in parallel. Default: processors.")
    Integer threads;

    @Option(names = "--schematron-time-limit", paramLabel = "SECONDS",
            description = "Stop Schematron rules that run longer than this on one document (they are reported). Default: 300.")
    Integer schematronTimeLimit;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Unknown --format '" + format + "': use text, json or sarif");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        TeiValidator.Builder builder = TeiValidator.builder()
                .schemaStore(schemaStore != null ? schemaStore : SchemaStore.defaultLocation(System.getenv()))
                .xmlModel(!noXmlModel);
        if (threads != null) {
            builder.threads(threads);
        }
        if (schematronTimeLimit != null) {
            if (schematronTimeLimit < 1) {
                throw new ParameterException(spec.commandLine(), "--schematron-time-limit must be at least 1 second");
            }
            builder.schematronTimeLimit(java.time.Duration.ofSeconds(schematronTimeLimit));
        }
        schemas.forEach(s -> builder.schema(schemaLocation(s)));
        List<ValidationReport> reports = builder.build().validateAll(inputs);
        PrintWriter out = spec.commandLine().getOut();
        reportFormat.write(reports, out);
        ReportFormat.Summary summary = ReportFormat.Summary.of(reports);
        if (reportFormat != ReportFormat.TEXT) {
            // stdout carries the JSON or SARIF document alone; the summary goes beside it.
            spec.commandLine().getErr().println(summary.line());
            spec.commandLine().getErr().flush();
        }
        return summary.errors() > 0 || warningsAsErrors && summary.warnings() > 0 ? 1 : 0;
    }

    private static Path pathOrNull(String s) {
        if (s.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !s.matches("^[A-Za-z]:[\\\\/].*")) {
            return null;
        }
        try {
            return Path.of(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A schema as {@code --schema} names it, for the validator: an existing file as its absolute path,
     * anything else (a URL, a catalog name, one of TEI's schemas by its name, a file that is not there)
     * as given, for the validator to find ({@link SchemaStore#teiSchemaAddress}).
     */
    static String schemaLocation(String named) {
        Path asPath = pathOrNull(named);
        if (asPath != null && Files.isRegularFile(asPath)) {
            return asPath.toAbsolutePath().normalize().toString();
        }
        return named;
    }
}
