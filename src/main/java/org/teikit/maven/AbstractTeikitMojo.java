package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.Diagnostic;
import org.teikit.Teikit;

/**
 * What every teikit goal shares: skipping, failing on warnings, incremental work, the date written into
 * converted documents, and turning diagnostics into Maven log lines and a build verdict. The goals are
 * thin layers over {@link Teikit} and {@link org.teikit.build.EditionBuild}, the same calls the command
 * line makes.
 */
abstract class AbstractTeikitMojo extends AbstractMojo {

    /** Skips this goal (and, with the user property, every teikit goal of the build). */
    @Parameter(property = "teikit.skip", defaultValue = "false")
    boolean skip;

    /**
     * Fails the build when a document has warnings, not only when it has errors. The convert and render
     * goals count the warnings of the documents they redo; {@code -Dteikit.incremental=false} redoes all.
     */
    @Parameter(property = "teikit.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /**
     * Redoes only what changed. The convert and render goals leave the outputs of an input whose content
     * is the same as when they were made (its SHA-256, recorded in a state file under
     * {@code target/.teikit}), by the same teikit with the same options, and report an unchanged input's
     * diagnostics from their last run; the build goal keeps a state file of its own likewise. The
     * validate goal always checks every document.
     */
    @Parameter(property = "teikit.incremental", defaultValue = "true")
    boolean incremental;

    /**
     * The date written into each converted document's {@code revisionDesc/change/@when}: ISO 8601 with an
     * offset ({@code 2026-01-01T00:00:00Z}) or seconds since 1970. By default the project's
     * {@code project.build.outputTimestamp}, so reproducible builds give reproducible TEI; when unset,
     * {@code SOURCE_DATE_EPOCH} or the current time.
     */
    @Parameter(property = "teikit.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /**
     * Schemas to validate against instead of those the documents name in {@code <?xml-model?>} (and of
     * teikit's own): file paths, or URLs that the catalogs map to local files. The language follows from
     * the extension ({@code .rng}, {@code .rnc}, {@code .xsd}, {@code .dtd}, {@code .sch}).
     */
    @Parameter(property = "teikit.schemas")
    List<String> schemas;

    /**
     * The schema store whose catalog maps schema URLs to local copies ({@code teikit schemas add}). By
     * default {@code $TEIKIT_SCHEMAS}, else {@code ~/.local/share/teikit/schemas}.
     */
    @Parameter(property = "teikit.schemaStore")
    File schemaStore;

    /**
     * How many documents the goal works on at once; 0 means one per processor. What the goal reports of
     * them comes in the documents' order all the same.
     */
    @Parameter(property = "teikit.threads", defaultValue = "0")
    int threads;

    /** The threads to work on documents with ({@link #threads}, checked). */
    int threads() throws MojoExecutionException {
        if (threads < 0) {
            throw new MojoExecutionException("threads: " + threads + " is negative; use 0 for one per processor");
        }
        return threads > 0 ? threads : org.teikit.pipeline.InOrder.defaultThreads();
    }

    /** Where the convert and render goals keep their state ({@code .teikit/} in it). */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("teikit: skipped (teikit.skip)");
            return;
        }
        DiagnosticLog diagnostics = new DiagnosticLog(getLog());
        try {
            run(diagnostics);
        } catch (IOException e) {
            throw new MojoExecutionException("teikit " + goal() + ": " + e, e);
        }
        diagnostics.failIfNeeded(goal(), failOnWarnings);
    }

    /** The goal's name, for messages. */
    abstract String goal();

    /** Does the goal's work, reporting every diagnostic to {@code diagnostics}. */
    abstract void run(DiagnosticLog diagnostics) throws IOException, MojoExecutionException;

    /** A Teikit for this build; the conversion date comes from {@link #outputTimestamp}. */
    Teikit teikit() throws MojoExecutionException {
        Instant date = ChangeDate.parse(outputTimestamp);
        Teikit.Builder builder = Teikit.builder();
        if (date != null) {
            builder.changeDate(date);
        }
        if (schemas != null) {
            schemas.forEach(builder::schema);
        }
        if (schemaStore != null) {
            builder.schemaStore(schemaStore.toPath());
        }
        return builder.build();
    }

    /**
     * True when {@code incremental} is on and the input's content ({@code hash}, its SHA-256) is what it
     * was when the last run ({@code before}) made its outputs. By content, not by modification time: a
     * transcription restored from an archive or a copy keeps an older time than the outputs of the version
     * it replaces, and a file saved unchanged is no change. The caller hashes the input once, for this
     * and for the state it records.
     */
    boolean unchanged(GoalState.Input before, String hash) {
        return incremental && before != null && before.hash() != null && before.hash().equals(hash);
    }

    /**
     * The file of this goal's state ({@link GoalState}) for its output folder {@code outDir}: under the
     * project's build folder, or (without one, as in a bare test) beside {@code outDir}.
     */
    Path stateFile(Path outDir) {
        Path stateDir = buildDirectory != null ? path(buildDirectory).resolve(".teikit")
                : outDir.resolveSibling(".teikit");
        return GoalState.file(stateDir, goal(), outDir);
    }

    /**
     * A failure of teikit itself on one document becomes that document's error, as in {@code teikit build},
     * and the other documents go on; the stack trace is logged with {@code -X}.
     */
    Diagnostic internalError(Path file, RuntimeException e) {
        getLog().debug("teikit failed on " + file, e);
        return Diagnostic.error(file.toString(), 0, 0, "build.internal",
                "teikit failed on this document (a bug; please report it): " + e);
    }

    static Path path(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }
}
