package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.io.FolderWatch;
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
            "Writes DIR/<name>.html, .fo or .pdf.",
            "With --watch, it stays and renders each file again when it changes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all rendered", "1:a document could not be rendered", "2:usage mistake",
            "130:a watch stopped with Ctrl-C"})
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

    @Option(names = {"-w", "--watch"},
            description = "After rendering, watch the files and folders named and render each file again"
                    + " when it changes (or appears), until Ctrl-C.")
    boolean watch;

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
            failed |= !renderSafely(teikit, file, files, "", out, err);
        }
        if (watch) {
            return watch(teikit, out, err);
        }
        return failed ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    /** {@link #renderOne}, an output that cannot be written said in one line. */
    private boolean renderSafely(Teikit teikit, Path file, List<Path> files, String prefix, PrintWriter out,
                                 PrintWriter err) {
        try {
            return renderOne(teikit, file, files, prefix, out, err);
        } catch (IOException | UncheckedIOException e) {
            OutputPaths.reportFailure(file, e, err);
            return false;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Quick previews while editing: each TEI file named, or in a folder named, is rendered again when it
     * changes or appears, in this JVM (its stylesheets compiled, its code warm), until Ctrl-C, which
     * ends the JVM with exit code 130. A file's own folder is watched, not what is under it.
     */
    private int watch(Teikit teikit, PrintWriter out, PrintWriter err) throws IOException {
        List<Path> trees = inputs.stream().filter(Files::isDirectory).toList();
        List<Path> folders = inputs.stream().filter(p -> !Files.isDirectory(p))
                .map(p -> p.toAbsolutePath().getParent()).distinct().toList();
        try (FolderWatch changes = FolderWatch.of(trees, folders)) {
            out.println("watching for changes; Ctrl-C stops");
            out.flush();
            while (true) {
                Set<Path> changed = changes.next().stream().map(RenderCommand::absolute)
                        .collect(java.util.stream.Collectors.toSet());
                // The files again, quietly: a file named but missing is rendered once it is there.
                List<Path> files = InputFiles.expand(inputs, InputFiles::isTei, "TEI files (.xml)",
                        new PrintWriter(java.io.Writer.nullWriter())).files();
                String time = LocalTime.now().format(BuildCommand.CLOCK) + " ";
                for (Path file : files) {
                    if (changed.isEmpty() || changed.contains(absolute(file))) {
                        renderSafely(teikit, file, files, time, out, err);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERRUPTED;
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Renders one file: whether its output was written (a failure is said on {@code err}). */
    private boolean renderOne(Teikit teikit, Path file, List<Path> files, String prefix, PrintWriter out,
                              PrintWriter err) throws IOException {
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
        out.println(prefix + file + " -> " + target);
        return true;
    }
}
