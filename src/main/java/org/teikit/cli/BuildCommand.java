package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.build.BuildOptions;
import org.teikit.build.BuildResult;
import org.teikit.build.DocumentOutcome;
import org.teikit.build.EditionBuild;

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
            "Only what changed since the last build into OUT_DIR is redone."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built, no errors", "1:some documents have errors (the rest were built)", "2:usage mistake"})
final class BuildCommand implements Callable<Integer> {

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

    @CommandLine.Mixin
    DateOption dateOption;

    @CommandLine.Mixin
    PaperOptions paperOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = BuildOptions.defaults()
                .withPdf(!noPdf)
                .withIncremental(!full)
                .withRenderOptions(paperOptions.renderOptions());
        if (threads != null) {
            options = options.withThreads(threads);
        }
        Progress progress = quiet ? Progress.silent() : Progress.forConsole(out);
        BuildResult result;
        try {
            result = new EditionBuild(dateOption.teikit(), options).run(inDir, outDir, progress);
        } catch (IllegalArgumentException e) {
            err.println("teikit: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        progress.finish();
        for (DocumentOutcome outcome : result.documents()) {
            outcome.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                    .map(Diagnostic::format).forEach(err::println);
        }
        result.corpus().stream().map(Diagnostic::format).forEach(err::println);
        if (!quiet) {
            out.println(summary(result, outDir));
        }
        return result.hasErrors() ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    static String summary(BuildResult result, Path outDir) {
        return result.summary() + System.lineSeparator() + "edition: " + outDir.resolve("index.html");
    }
}
