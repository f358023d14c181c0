package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.teikit.Diagnostic;
import org.teikit.Teikit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit render FILE... --to html|fo|pdf -o DIR}. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        description = "Renders TEI files as HTML pages, XSL-FO or PDF: DIR/<name>.html, .fo or .pdf.",
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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Teikit teikit = Teikit.create();
        List<Path> files = InputFiles.expand(inputs, InputFiles::isTei, err);
        boolean failed = files.size() < inputs.size();
        for (Path file : files) {
            Path target = OutputPaths.replaceExtension(outputDir, file, "." + this.target.name());
            if (!OutputPaths.checkNotInput(target, files, err)) {
                failed = true;
                continue;
            }
            List<Diagnostic> diagnostics = switch (this.target) {
                case html -> teikit.renderHtml(file, target);
                case fo -> teikit.renderFo(file, target, paperOptions.renderOptions());
                case pdf -> teikit.renderPdf(file, target, paperOptions.renderOptions());
            };
            diagnostics.stream().map(Diagnostic::format).forEach(err::println);
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                failed = true;
            } else {
                out.println(file + " -> " + target);
            }
        }
        return failed ? ExitCodes.DOCUMENT_ERRORS : ExitCodes.OK;
    }
}
