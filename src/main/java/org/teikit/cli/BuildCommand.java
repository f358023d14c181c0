package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.teikit.Counted;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.Teikit;
import org.teikit.build.BuildOptions;
import org.teikit.build.BuildResult;
import org.teikit.build.DocumentOutcome;
import org.teikit.build.EditionBuild;
import org.teikit.build.EditionWatch;

import org.teikit.validate.TeiValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit build IN -o OUT}: a whole edition from a folder of transcriptions and TEI files. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Builds an edition from a folder of transcriptions and TEI files.",
            "Converts transcriptions (.txt, .md), takes TEI files (.xml) as they are,",
            "validates every document, renders HTML and PDF, and writes the corpus",
            "site (index.html).",
            "Only what changed since the last build into OUT_DIR is redone.",
            "With --watch, it stays and rebuilds whenever IN_DIR changes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built, no errors", "1:some documents have errors (the rest were built)", "2:usage mistake",
            "130:a watch stopped with Ctrl-C"})
final class BuildCommand implements Callable<Integer> {

    /** The time a watch's rebuild line starts with (LocalTime's own form drops ":00" seconds). */
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN_DIR", description = "Folder of transcriptions and TEI files.")
    Path inDir;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT_DIR", description = "Output folder.")
    Path outDir;

    @Option(names = "--no-pdf", description = "Skip PDF rendering.")
    boolean noPdf;

    @Option(names = "--full", description = "Rebuild everything, ignoring the previous build.")
    boolean full;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents built at once (default: cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = {"-w", "--watch"},
            description = "After the build, watch IN_DIR and rebuild what changes (a fraction of a second"
                    + " for an edited document), until Ctrl-C.")
    boolean watch;

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA",
            description = "Validate every document against this schema instead of those it names (path, URL,"
                    + " catalog name, or a TEI schema by its name: tei_all). Repeatable.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "50",
            description = "Problems printed for each document (default: ${DEFAULT-VALUE}; 0: all of them); those"
                    + " left out are counted.")
    int maxProblems;

    @Option(names = "--schema-store", paramLabel = "DIR",
            description = "The user schema store (default: $TEIKIT_SCHEMAS or ~/.local/share/teikit/schemas).")
    Path schemaStore;

    @CommandLine.Mixin
    DateOption dateOption;

    /** The Teikit of this build: its date, and the schemas given instead of the documents' own. */
    private Teikit teikit() {
        Teikit.Builder builder = dateOption.builder();
        schemas.forEach(s -> builder.schema(ValidateCommand.schemaLocation(s)));
        if (schemaStore != null) {
            builder.schemaStore(schemaStore);
        }
        return builder.build();
    }

    @CommandLine.Mixin
    PaperOptions paperOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        paperOptions.warnIfUnknownLabels(err);
        BuildOptions options = BuildOptions.defaults()
                .withPdf(!noPdf)
                .withIncremental(!full)
                .withRenderOptions(paperOptions.renderOptions());
        if (threads != null) {
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid value for option '--threads': " + threads + " (at least 1 document at once)");
            }
            options = options.withThreads(threads);
        }
        if (maxProblems < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-problems': " + maxProblems + " (0 prints them all)");
        }
        if (watch) {
            return watch(new EditionBuild(teikit(), options), out, err);
        }
        Progress progress = quiet ? Progress.silent() : Progress.forConsole(out);
        BuildResult result;
        try {
            result = new EditionBuild(teikit(), options).run(inDir, outDir, progress);
        } catch (IllegalArgumentException e) {
            err.println("teikit: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        progress.finish();
        printProblems(result, false, err);
        if (!quiet) {
            out.println(summary(result, outDir));
        }
        return result.hasErrors() ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    /**
     * The problems of a build's documents (of the rebuilt ones only, when asked), at most
     * {@link #maxProblems} of each, and of the edition.
     */
    private void printProblems(BuildResult result, boolean rebuiltOnly, PrintWriter err) {
        for (DocumentOutcome outcome : result.documents()) {
            if (!rebuiltOnly || !outcome.upToDate()) {
                printProblems(outcome, err);
            }
        }
        result.corpus().stream().map(Diagnostic::format).forEach(err::println);
        long unnamed = result.documents().stream().filter(outcome -> !rebuiltOnly || !outcome.upToDate())
                .filter(outcome -> outcome.diagnostics().stream()
                        .anyMatch(d -> d.rule().equals(TeiValidator.DEFAULT_SCHEMA_RULE))).count();
        if (unnamed > 0) {
            // Said once for the build, not per document (the build leaves information out): it explains
            // the errors of TEI encoded by hand that teikit's subset refuses.
            boolean one = unnamed == 1;
            err.println("teikit: " + Counted.of(unnamed, "document") + (one ? " that names" : " that name")
                    + " no schema failed teikit's own, stricter than TEI (the TEI teikit writes); to check "
                    + (one ? "it" : "them") + " against TEI itself, build with"
                    + " --schema tei_all (once added: teikit schemas add tei_all.rng) [validate.default-schema]");
        }
        err.flush();
    }

    /**
     * A document's problems, the first {@link #maxProblems} of them, then a line counting the rest: TEI
     * encoded by hand and checked against teikit's subset has thousands (a FRUS volume 26,700), which
     * would bury the other documents' problems and the build's summary.
     */
    private void printProblems(DocumentOutcome outcome, PrintWriter err) {
        List<Diagnostic> problems = outcome.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
        int shown = maxProblems == 0 ? problems.size() : Math.min(maxProblems, problems.size());
        problems.subList(0, shown).forEach(d -> err.println(d.format()));
        List<Diagnostic> rest = problems.subList(shown, problems.size());
        if (!rest.isEmpty()) {
            long errors = rest.stream().filter(Diagnostic::isError).count();
            err.println("teikit: " + Counted.of(rest.size(), "more problem") + " of " + outcome.input()
                    + " not printed (" + Counted.of(errors, "error") + ", " + Counted.of(rest.size() - errors, "warning")
                    + "); --max-problems 0 prints them all");
        }
    }

    /**
     * The build, then a rebuild after each change to the input folder, in this JVM, until Ctrl-C (which
     * ends the JVM: its exit code is 130, and a rebuild under way saves a checkpoint as any build does).
     * After the first build, each rebuild that redid something prints the problems of the documents it
     * redid and a summary; one that found nothing to redo (a file saved unchanged) prints nothing. An
     * edition deleted while the watch runs is said, and built again in full.
     */
    private int watch(EditionBuild build, PrintWriter out, PrintWriter err) throws IOException {
        // The first build gets the progress bar or lines; rebuilds, quick, a bar on a terminal only.
        Progress[] progress = {quiet ? Progress.silent() : Progress.forConsole(out)};
        int[] documents = {-1};
        EditionWatch.Listener listener = new EditionWatch.Listener() {
            @Override
            public void built(BuildResult result, boolean first) {
                progress[0].finish();
                boolean news = first || result.rebuilt() > 0 || result.documents().size() != documents[0];
                documents[0] = result.documents().size();
                if (news) {
                    printProblems(result, !first, err);
                    if (!quiet) {
                        if (first) {
                            out.println(summary(result, outDir));
                            out.println("watching " + inDir + " for changes; Ctrl-C stops");
                        } else {
                            out.println(LocalTime.now().format(CLOCK) + " " + result.summary());
                        }
                    }
                    out.flush();
                }
                progress[0] = quiet || System.console() == null ? Progress.silent() : Progress.forConsole(out);
            }

            @Override
            public void outputGone(Path edition) {
                if (!quiet) {
                    out.println(LocalTime.now().format(CLOCK) + " " + edition + " is gone: building the edition again");
                    out.flush();
                }
            }

            @Override
            public void failed(IOException failure) {
                progress[0].finish();
                err.println("teikit: error: " + Main.describe(failure) + " (still watching)");
                err.flush();
            }
        };
        try {
            new EditionWatch(build).run(inDir, outDir, (o, done, total) -> progress[0].documentFinished(o, done, total),
                    listener);
        } catch (IllegalArgumentException e) {
            err.println("teikit: error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.INTERRUPTED;
    }

    static String summary(BuildResult result, Path outDir) {
        boolean written = !result.documents().isEmpty() || Files.exists(outDir.resolve("index.html"));
        return result.summary() + (written ? System.lineSeparator() + "edition: " + outDir.resolve("index.html") : "");
    }
}
