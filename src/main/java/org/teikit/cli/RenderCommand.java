package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.teikit.CorpusRender;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.io.FolderWatch;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.html.PageImages;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit render FILE|DIR... --to html|fo|pdf -o DIR}. */
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

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "TEI files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES}.")
    Target target;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path outputDir;

    @CommandLine.Mixin
    PaperOptions paperOptions;

    @CommandLine.Mixin
    ThreadsOption threadsOption;

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
        int threads = threadsOption.threads();
        paperOptions.warnIfUnknownLabels(err);
        Teikit teikit = Teikit.create();
        InputFiles.Expanded expanded = InputFiles.expand(inputs, InputFiles::isTei, "TEI files (.xml)", outputDir, err);
        List<Path> files = expanded.files();
        boolean failed = !expanded.complete();
        if (!OutputPaths.checkFolder(outputDir, err)) {
            return ExitCodes.DOCUMENT_ERRORS;
        }
        Set<Path> clashing = OutputPaths.clashing(files, this::outputOf, err);
        failed |= !clashing.isEmpty();
        List<Path> rendered = files.stream().filter(file -> !clashing.contains(file)).toList();
        OutputPaths.Inputs named = new OutputPaths.Inputs(files);
        failed |= FilesInParallel.run(rendered, threads,
                (file, fileOut, fileErr) -> renderSafely(teikit, file, named, "", fileOut, fileErr), out, err) > 0;
        if (watch) {
            return watch(teikit, out, err);
        }
        return failed ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }

    /** {@link #renderOne}, an output that cannot be written said in one line. */
    private boolean renderSafely(Teikit teikit, Path file, OutputPaths.Inputs named, String prefix, PrintWriter out,
                                 PrintWriter err) {
        try {
            return renderOne(teikit, file, named, prefix, out, err);
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
     * changes or appears, or when an image its page shows does, in this JVM (its stylesheets compiled,
     * its code warm), until Ctrl-C, which ends the JVM with exit code 130. A file's own folder is watched,
     * not what is under it, and so are the folders of the images its page shows.
     */
    private int watch(Teikit teikit, PrintWriter out, PrintWriter err) throws IOException {
        List<Path> trees = inputs.stream().filter(Files::isDirectory).toList();
        List<Path> folders = inputs.stream().filter(p -> !Files.isDirectory(p))
                .map(p -> p.toAbsolutePath().getParent()).distinct().toList();
        Map<Path, Set<Path>> images = new HashMap<>();
        for (Path file : teiFiles()) {
            images.put(absolute(file), imagesShownBy(file));
        }
        Set<Path> watched = watchedFolders(trees, folders, images);
        FolderWatch changes = FolderWatch.of(trees, watched);
        try {
            out.println("watching for changes; Ctrl-C stops");
            out.flush();
            while (true) {
                Set<Path> changed;
                boolean gone = false;
                try {
                    changed = changes.next().stream().map(RenderCommand::absolute)
                            .collect(java.util.stream.Collectors.toSet());
                } catch (NoSuchFileException e) {
                    if (!Stream.concat(trees.stream(), folders.stream()).allMatch(Files::isDirectory)) {
                        throw e; // a folder named, or a named file's folder, is gone
                    }
                    changed = Set.of(); // an image's folder is gone: everything may have changed
                    gone = true;
                }
                // The files again, quietly: a file named but missing is rendered once it is there.
                List<Path> files = teiFiles();
                Set<Path> clashing = OutputPaths.clashing(files, this::outputOf, QUIET); // said at the start
                String time = LocalTime.now().format(BuildCommand.CLOCK) + " ";
                OutputPaths.Inputs named = new OutputPaths.Inputs(files);
                for (Path file : files) {
                    if (!clashing.contains(file) && affected(absolute(file), images.getOrDefault(absolute(file), Set.of()), changed)) {
                        renderSafely(teikit, file, named, time, out, err);
                        images.put(absolute(file), imagesShownBy(file));
                    }
                }
                Set<Path> now = watchedFolders(trees, folders, images);
                if (gone || !now.equals(watched)) {
                    changes.close();
                    changes = FolderWatch.of(trees, now);
                    watched = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERRUPTED;
        } finally {
            changes.close();
        }
    }

    /**
     * Whether a file is to be rendered again: anything may have changed (no paths), the file did, or an
     * image its page shows, or a folder on the image's way (made, removed or renamed).
     */
    private static boolean affected(Path file, Set<Path> shown, Set<Path> changed) {
        return changed.isEmpty() || changed.contains(file)
                || shown.stream().anyMatch(image -> changed.stream().anyMatch(image::startsWith));
    }

    /** Where a watch's rounds say what the first round said already: nowhere. */
    private static final PrintWriter QUIET = new PrintWriter(java.io.Writer.nullWriter());

    /** The TEI files named, or in the folders named, as they are now (nothing said of missing ones). */
    private List<Path> teiFiles() throws IOException {
        return InputFiles.expand(inputs, InputFiles::isTei, "TEI files (.xml)", outputDir, QUIET).files();
    }

    /** The images a file's page shows; none when it cannot be read (its render says why). */
    private static Set<Path> imagesShownBy(Path file) {
        try {
            return PageImages.shownBy(file);
        } catch (IOException | UncheckedIOException e) {
            return Set.of();
        }
    }

    /**
     * The named files' folders and the folders, where they exist, of the images their pages show (but
     * those in the trees watched anyway).
     */
    private static Set<Path> watchedFolders(List<Path> trees, List<Path> folders, Map<Path, Set<Path>> images) {
        Set<Path> watched = new java.util.LinkedHashSet<>(folders);
        List<Path> treeRoots = trees.stream().map(RenderCommand::absolute).toList();
        images.values().stream().flatMap(Set::stream).map(Path::getParent)
                .filter(folder -> treeRoots.stream().noneMatch(folder::startsWith))
                .filter(Files::isDirectory).forEach(watched::add);
        return watched;
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Where a file's output goes. */
    private Path outputOf(Path file) {
        return OutputPaths.replaceExtension(outputDir, file, "." + target.name());
    }

    /** Renders one file: whether its output was written (a failure is said on {@code err}). */
    private boolean renderOne(Teikit teikit, Path file, OutputPaths.Inputs named, String prefix, PrintWriter out,
                              PrintWriter err) throws IOException {
        if (Teikit.isTeiCorpus(file)) {
            return renderCorpus(teikit, file, named, prefix, out, err);
        }
        Path target = outputOf(file);
        if (!OutputPaths.checkNamesFit(file, List.of(target), err) || !OutputPaths.checkNotInput(target, named, err)) {
            return false;
        }
        List<Diagnostic> diagnostics = switch (this.target) {
            case html -> teikit.renderHtml(file, target, paperOptions.renderOptions());
            case fo -> teikit.renderFo(file, target, paperOptions.renderOptions());
            case pdf -> teikit.renderPdf(file, target, paperOptions.renderOptions());
        };
        diagnostics.stream().map(Diagnostic::format).forEach(err::println);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            if (!prefix.isEmpty()) {
                // A watch's round: its time, and what became of the page (the problem lines stay as
                // editors read them, file:line:column first).
                err.println(prefix + file + ": not rendered again; " + target.getFileName() + " is as it was");
            }
            return false;
        }
        out.println(prefix + file + " -> " + target);
        return true;
    }

    /** The last render of each corpus by this command, for a watch's next round. */
    private final Map<Path, CorpusRender> corpusRenders = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A teiCorpus: its documents in a folder named after it ({@code letters.xml} makes {@code OUT/letters/}).
     * To HTML a site, {@code index.html} and a page per document beside it; to FO or PDF a file per
     * document.
     */
    private boolean renderCorpus(Teikit teikit, Path file, OutputPaths.Inputs named, String prefix, PrintWriter out,
                                 PrintWriter err) throws IOException {
        Path folder = OutputPaths.replaceExtension(outputDir, file, "");
        Path index = folder.resolve("index.html");
        if (!OutputPaths.checkNamesFit(file, List.of(index), err) || !OutputPaths.checkNotInput(folder, named, err)) {
            return false;
        }
        // A watch's next round keeps the outputs of the documents that did not change.
        CorpusRender last = corpusRenders.get(file);
        CorpusRender made = switch (this.target) {
            case html -> teikit.renderCorpusSite(file, folder, paperOptions.renderOptions(), last);
            case fo -> teikit.renderCorpusFo(file, folder, paperOptions.renderOptions(), last);
            case pdf -> teikit.renderCorpusPdf(file, folder, paperOptions.renderOptions(), last);
        };
        corpusRenders.put(file, made);
        List<Diagnostic> diagnostics = made.diagnostics();
        diagnostics.stream().map(Diagnostic::format).forEach(err::println);
        boolean written = this.target == Target.html ? Files.isRegularFile(index) : Files.isDirectory(folder.resolve("tei"));
        if (!written || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            if (!prefix.isEmpty()) {
                err.println(prefix + file + ": not rendered again");
            }
            return false;
        }
        out.println(prefix + file + " -> " + (this.target == Target.html ? index : folder + java.io.File.separator));
        return true;
    }
}
