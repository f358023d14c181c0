package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.render.html.HtmlRenderer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit render FILE... --to html|fo|pdf -o DIR}. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Renders TEI files as HTML pages, XSL-FO or PDF.",
            "Writes DIR/<name>.html, .fo or .pdf."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all rendered", "1:a document could not be rendered", "2:usage mistake"})
final class RenderCommand implements Callable<Integer> {

    /** The output kinds. */
    enum Target { html, fo, pdf }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES}.")
    Target target;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path outputDir;

    @CommandLine.Mixin
    PaperOptions paperOptions;

    /**
     * Starts compiling the HTML stylesheet, on a thread of its own, when the command line asks for an
     * HTML render, before picocli has read it: building picocli's model of the commands takes about a
     * tenth of a second of a cold start, which the compilation then overlaps. A guess only: picocli
     * still reads the command line, and a wrong guess costs some CPU, nothing else.
     */
    static void startEarly(String[] args) {
        if (looksLikeAnHtmlRender(args)) {
            HtmlRenderer.shared();
        }
    }

    /** Whether a command line seems to ask for {@code render ... --to html}; see {@link #startEarly}. */
    static boolean looksLikeAnHtmlRender(String[] args) {
        List<String> words = java.util.Arrays.asList(args);
        return !words.isEmpty() && words.get(0).equals("render")
                && (words.contains("html") || words.contains("--to=html"));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Teikit teikit = Teikit.create();
        InputFiles.Expanded expanded = InputFiles.expand(inputs, InputFiles::isTei, "TEI files (.xml)", err);
        List<Path> files = expanded.files();
        boolean failed = !expanded.complete();
        if (!OutputPaths.checkFolder(outputDir, err)) {
            return ExitCodes.DOCUMENT_ERRORS;
        }
        for (Path file : files) {
            try {
                failed |= !renderOne(teikit, file, files, out, err);
            } catch (IOException | UncheckedIOException e) {
                OutputPaths.reportFailure(file, e, err);
                failed = true;
            }
        }
        return failed ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    /** Renders one file: whether its output was written (a failure is said on {@code err}). */
    private boolean renderOne(Teikit teikit, Path file, List<Path> files, PrintWriter out, PrintWriter err)
            throws IOException {
        Path target = OutputPaths.replaceExtension(outputDir, file, "." + this.target.name());
        if (!OutputPaths.checkNamesFit(file, List.of(target), err) || !OutputPaths.checkNotInput(target, files, err)) {
            return false;
        }
        List<Diagnostic> diagnostics = switch (this.target) {
            case html -> teikit.renderHtml(file, target);
            case fo -> teikit.renderFo(file, target, paperOptions.renderOptions());
            case pdf -> teikit.renderPdf(file, target, paperOptions.renderOptions());
        };
        diagnostics.stream().map(Diagnostic::format).forEach(err::println);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return false;
        }
        out.println(file + " -> " + target);
        return true;
    }
}
