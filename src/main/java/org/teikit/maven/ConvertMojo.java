package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.ConversionReport;
import org.teikit.Counted;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.io.AtomicFiles;

/**
 * Converts the edition's transcriptions ({@code .txt}, {@code .md}) to TEI P5: each
 * {@code NAME.txt} becomes {@code NAME.xml} in the output folder, with its conversion report beside
 * it ({@code NAME.report.txt} and {@code .report.json}), as {@code teikit convert} writes them.
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class ConvertMojo extends AbstractTeikitMojo {

    /** The folder of transcriptions; searched recursively, hidden folders skipped. Missing is fine. */
    @Parameter(property = "teikit.transcriptionDirectory",
            defaultValue = "${project.basedir}/src/main/transcriptions", required = true)
    File transcriptionDirectory;

    /** Where the TEI goes; the {@code validate} and {@code render} goals read it from here. */
    @Parameter(property = "teikit.convertedDirectory", defaultValue = "${project.build.directory}/tei",
            required = true)
    File convertedDirectory;

    /**
     * The transcriptions' format: {@code web-capture}, {@code markdown-export} or {@code teikit}.
     * By default each file's format is detected.
     */
    @Parameter(property = "teikit.format")
    String format;

    /**
     * Replaces TEI files that were changed by hand since teikit converted them (or that teikit did not
     * write). By default such a file is kept, and its transcription is an error
     * ({@code io.would-overwrite-edits}) until it is moved away or this is set.
     */
    @Parameter(property = "teikit.overwrite", defaultValue = "false")
    boolean overwrite;

    @Override
    String goal() {
        return "convert";
    }

    @Override
    void run(DiagnosticLog diagnostics) throws IOException, MojoExecutionException {
        Path inDir = path(transcriptionDirectory);
        Path outDir = path(convertedDirectory);
        List<Path> files = SourceFiles.transcriptions(inDir);
        if (files.isEmpty()) {
            getLog().info("teikit: no transcriptions in " + inDir);
            return;
        }
        List<Diagnostic> clashes = new ArrayList<>();
        Map<Path, String> names = SourceFiles.names(files, clashes);
        diagnostics.report(clashes);
        Teikit teikit = teikit();
        int converted = 0;
        int upToDate = 0;
        for (Map.Entry<Path, String> entry : names.entrySet()) {
            Path file = entry.getKey();
            Path tei = outDir.resolve(entry.getValue() + ".xml");
            if (upToDate(file, tei)) {
                upToDate++;
                continue;
            }
            if (convert(teikit, file, tei, entry.getValue(), diagnostics)) {
                converted++;
            }
        }
        getLog().info(String.format(java.util.Locale.ROOT, "teikit: %s converted, %d up to date, into %s",
                Counted.of(converted, "transcription"), upToDate, outDir));
    }

    /**
     * Converts one file; writes its TEI (streamed, with its hash in the JSON report) only when conversion
     * succeeded, and removes an older one otherwise. A TEI file changed by hand is left alone (unless
     * {@link #overwrite}): replacing or removing it would lose an editor's work.
     */
    private boolean convert(Teikit teikit, Path file, Path tei, String name, DiagnosticLog diagnostics)
            throws IOException {
        Path reportJson = tei.resolveSibling(name + ".report.json");
        if (!overwrite) {
            Optional<String> edited = ConversionReport.handEdited(tei, reportJson);
            if (edited.isPresent()) {
                diagnostics.report(List.of(Diagnostic.error(tei.toString(), 0, 0, ConversionReport.WOULD_OVERWRITE_EDITS,
                        edited.get() + ", and converting " + file + " again would replace it; move it out of "
                                + "the converted folder, or set overwrite (-Dteikit.overwrite=true) to replace it")));
                return false;
            }
        }
        ConversionReport report;
        try {
            report = teikit.convert(file, tei, format);
        } catch (RuntimeException e) {
            diagnostics.report(List.of(internalError(file, e)));
            Files.deleteIfExists(tei);
            return false;
        }
        diagnostics.report(report.diagnostics());
        if (report.hasErrors()) {
            // A stale TEI from an earlier build must not be validated and published as if it were current.
            Files.deleteIfExists(tei);
            return false;
        }
        AtomicFiles.writeString(tei.resolveSibling(name + ".report.txt"), report.toText());
        AtomicFiles.writeString(reportJson, report.toJson());
        return true;
    }
}
