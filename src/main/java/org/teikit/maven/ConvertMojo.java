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
import org.teikit.ingest.Converter;
import org.teikit.io.AtomicFiles;
import org.teikit.io.Sha256;
import org.teikit.pipeline.InOrder;

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
        Path stateFile = stateFile(outDir);
        GoalState previous = GoalState.load(stateFile);
        if (format != null && !format.isBlank() && !Converter.FORMATS.contains(format)) {
            // Said once, and before anything is converted or removed: every file would fail alike.
            diagnostics.report(List.of(Diagnostic.error(inDir.toString(), 0, 0, "ingest.format",
                    "unknown input format '" + format + "' (format, -Dteikit.format); use one of "
                            + String.join(", ", Converter.FORMATS) + ", or leave it unset to detect each file's")));
            return;
        }
        List<Path> files = SourceFiles.transcriptions(inDir);
        String fingerprint = GoalState.fingerprint(goal(), options());
        GoalState next = GoalState.empty(fingerprint);
        boolean sameOptions = incremental && previous.madeWith(fingerprint);
        List<Diagnostic> clashes = new ArrayList<>();
        Map<Path, String> names = SourceFiles.names(files, clashes);
        diagnostics.report(clashes);
        Teikit teikit = names.isEmpty() ? null : teikit();
        int[] converted = {0};
        int[] upToDate = {0};
        // On several threads; what each transcription gave is reported and recorded in their order.
        InOrder.run(List.copyOf(names.entrySet()), threads(), entry -> {
            Path file = entry.getKey();
            String name = entry.getValue();
            String key = GoalState.key(stateFile, file);
            Path tei = outDir.resolve(name + ".xml");
            GoalState.Input before = previous.input(key);
            // Hashed before converting: an edit saved meanwhile is seen by the next run.
            String hash = Sha256.of(file);
            // Converted last time (not refused or failed: those are tried again) from the same content:
            // its problems stand as the last run reported them (and fail the build again).
            if (sameOptions && before != null && !before.outputs().isEmpty() && Files.isRegularFile(tei)
                    && unchanged(before, hash)) {
                return new Outcome(key, before, true);
            }
            return new Outcome(key, convert(teikit, file, tei, name).madeFrom(hash), false);
        }, outcome -> {
            diagnostics.report(outcome.input().diagnostics());
            next.put(outcome.key(), outcome.input());
            if (outcome.upToDate()) {
                upToDate[0]++;
            } else if (!outcome.input().outputs().isEmpty()) {
                converted[0]++;
            }
        });
        int removed = removeStale(outDir, previous, next);
        if (!names.isEmpty() || !previous.inputs().isEmpty()) {
            next.save(stateFile);
        }
        if (files.isEmpty()) {
            getLog().info("teikit: no transcriptions in " + inDir
                    + (removed > 0 ? "; removed the TEI of " + Counted.of(removed, "transcription") + " gone" : ""));
            return;
        }
        getLog().info(String.format(java.util.Locale.ROOT, "teikit: %s converted, %d up to date%s, into %s",
                Counted.of(converted[0], "transcription"), upToDate[0],
                removed > 0 ? ", " + removed + " removed" : "", outDir));
    }

    /** The options that change the TEI written: the format and the date of the conversion. */
    private String options() throws MojoExecutionException {
        java.time.Instant date = ChangeDate.parse(outputTimestamp);
        // Unset, the date is SOURCE_DATE_EPOCH's or the current time: only the former is a setting.
        String when = date != null ? date.toString() : "SOURCE_DATE_EPOCH=" + System.getenv("SOURCE_DATE_EPOCH");
        return "format=" + (format == null || format.isBlank() ? "" : format) + "|date=" + when;
    }

    /**
     * Removes what the last run wrote and this one did not: the TEI and reports of transcriptions that are
     * gone (or no longer convert). A TEI changed by hand since teikit wrote it is kept, with its reports:
     * it is an editor's work now.
     *
     * @return how many TEI files were removed
     */
    private int removeStale(Path outDir, GoalState previous, GoalState next) throws IOException {
        List<String> stale = previous.staleOutputs(next, outDir);
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (String output : stale) {
            Path file = GoalState.resolve(outDir, output);
            if (file != null && output.endsWith(".xml") && Files.isRegularFile(file)) {
                String name = output.substring(0, output.length() - ".xml".length());
                Optional<String> edited = ConversionReport.handEdited(file,
                        file.resolveSibling(file.getFileName().toString().replaceFirst("\\.xml$", ".report.json")));
                if (edited.isPresent()) {
                    kept.add(name);
                    getLog().warn("teikit: kept " + file + ": its transcription is gone, but " + edited.get()
                            + "; delete it by hand if it is no longer wanted");
                }
            }
        }
        int removed = 0;
        for (String output : stale) {
            Path file = GoalState.resolve(outDir, output);
            String name = output.replaceFirst("(\\.report\\.txt|\\.report\\.json|\\.xml)$", "");
            if (file == null || kept.contains(name)) {
                continue;
            }
            if (Files.deleteIfExists(file) && output.endsWith(".xml")) {
                removed++;
            }
        }
        return removed;
    }

    /**
     * Converts one file; writes its TEI (streamed, with its hash in the JSON report) only when conversion
     * succeeded, and removes an older one otherwise. A TEI file changed by hand is left alone (unless
     * {@link #overwrite}): replacing or removing it would lose an editor's work.
     *
     * @return the outputs written (none when the conversion failed) and the diagnostics found, which the
     *         caller reports (in the transcriptions' order)
     */
    private GoalState.Input convert(Teikit teikit, Path file, Path tei, String name) throws IOException {
        Path reportJson = tei.resolveSibling(name + ".report.json");
        if (!overwrite) {
            Optional<String> edited = ConversionReport.handEdited(tei, reportJson);
            if (edited.isPresent()) {
                List<Diagnostic> refused = List.of(Diagnostic.error(tei.toString(), 0, 0,
                        ConversionReport.WOULD_OVERWRITE_EDITS, edited.get() + ", and converting " + file
                                + " again would replace it; move it out of the converted folder, or set overwrite "
                                + "(-Dteikit.overwrite=true) to replace it"));
                return new GoalState.Input(List.of(), refused);
            }
        }
        ConversionReport report;
        try {
            report = teikit.convert(file, tei, format);
        } catch (RuntimeException e) {
            List<Diagnostic> failed = List.of(internalError(file, e));
            Files.deleteIfExists(tei);
            return new GoalState.Input(List.of(), failed);
        }
        if (report.hasErrors()) {
            // A stale TEI from an earlier build must not be validated and published as if it were current.
            Files.deleteIfExists(tei);
            return new GoalState.Input(List.of(), report.diagnostics());
        }
        AtomicFiles.writeString(tei.resolveSibling(name + ".report.txt"), report.toText());
        AtomicFiles.writeString(reportJson, report.toJson());
        return new GoalState.Input(List.of(name + ".xml", name + ".report.txt", name + ".report.json"),
                report.diagnostics());
    }

    /** What became of one transcription: its record, and whether it was up to date. */
    private record Outcome(String key, GoalState.Input input, boolean upToDate) {
    }
}
