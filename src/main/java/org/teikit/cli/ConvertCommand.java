package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.teikit.ConversionReport;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.ingest.Converter;
import org.teikit.io.SourcePaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code teikit convert FILE... -o DIR}: transcriptions to TEI, each with its conversion report. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts transcriptions to TEI P5.",
            "Writes DIR/<name>.xml and, beside it, the conversion report",
            "DIR/<name>.report.txt and .report.json.",
            "A TEI file already in DIR is replaced only if it is as teikit wrote it",
            "(see --overwrite)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all converted", "1:an input could not be converted", "2:usage mistake"})
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Transcription files, or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path outputDir;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
            description = "Input format: web-capture, markdown-export or teikit (default: detected).")
    String format;

    /** A format name teikit knows, or a command-line mistake (exit 2) before any file is read. */
    static final class FormatName implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!Converter.FORMATS.contains(value)) {
                throw new CommandLine.TypeConversionException("expected one of " + String.join(", ", Converter.FORMATS)
                        + " but was '" + value + "'");
            }
            return value;
        }
    }

    @Option(names = "--overwrite",
            description = "Replace a TEI file in DIR even when it was changed after teikit wrote it (refused otherwise).")
    boolean overwrite;

    @CommandLine.Mixin
    DateOption dateOption;

    @CommandLine.Mixin
    ThreadsOption threadsOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int threads = threadsOption.threads();
        Teikit teikit = dateOption.teikit();
        InputFiles.Expanded expanded =
                InputFiles.expand(inputs, file -> InputFiles.isTranscription(file) && !ReportFiles.isTextReport(file)
                        && !SourcePaths.isFolderNote(file),
                        "transcriptions (.txt, .md)", outputDir, err);
        List<Path> files = expanded.files();
        int failures = expanded.complete() ? 0 : 1;
        if (!OutputPaths.checkFolder(outputDir, err)) {
            return ExitCodes.DOCUMENT_ERRORS;
        }
        Set<Path> clashing =
                OutputPaths.clashing(files, file -> OutputPaths.replaceExtension(outputDir, file, ".xml"), err);
        failures += clashing.size();
        List<Path> converted = files.stream().filter(file -> !clashing.contains(file)).toList();
        OutputPaths.Inputs named = new OutputPaths.Inputs(files);
        failures += FilesInParallel.run(converted, threads, (file, fileOut, fileErr) -> {
            try {
                return convertOne(teikit, file, named, fileOut, fileErr) == 0;
            } catch (IOException | UncheckedIOException e) {
                OutputPaths.reportFailure(file, e, fileErr);
                return false;
            }
        }, out, err);
        return failures == 0 ? ExitCodes.OK : ExitCodes.DOCUMENT_ERRORS;
    }

    /** Converts one file: 0 when its TEI and reports are written, 1 when it fails (said on {@code err}). */
    private int convertOne(Teikit teikit, Path file, OutputPaths.Inputs named, PrintWriter out, PrintWriter err)
            throws IOException {
        Path target = OutputPaths.replaceExtension(outputDir, file, ".xml");
        List<Path> reports = ReportFiles.paths(outputDir, file);
        if (!OutputPaths.checkNamesFit(file, List.of(target, reports.get(0), reports.get(1)), err)
                || !OutputPaths.checkNotInput(target, named, err) || !OutputPaths.checkNotInput(reports.get(0), named, err)
                || !OutputPaths.checkNotInput(reports.get(1), named, err)) {
            return 1;
        }
        if (!overwrite && !OutputPaths.checkNotEditedSinceConverted(target, reports.get(1), err)) {
            return 1;
        }
        // Streamed to the target: a large transcription's TEI is never held whole in memory.
        ConversionReport report = teikit.convert(file, target, format);
        report.diagnostics().stream().map(Diagnostic::format).forEach(err::println);
        if (report.hasErrors()) {
            return 1;
        }
        ReportFiles.write(outputDir, file, report);
        out.println(file + " -> " + target);
        return 0;
    }
}
