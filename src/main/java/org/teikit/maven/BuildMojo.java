package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.build.BuildOptions;
import org.teikit.build.BuildResult;
import org.teikit.build.DocumentOutcome;
import org.teikit.build.EditionBuild;

/**
 * Builds the whole edition in one step, exactly as {@code teikit build} does: converts the transcriptions
 * ({@code .txt}, {@code .md}) and takes the TEI files ({@code .xml}) found under the source folder,
 * validates every document, renders HTML and PDF, and writes the corpus site. Documents are built in
 * parallel; with {@code incremental}, only documents whose source (or teikit) changed since the last
 * build into the same folder are redone, and the others' diagnostics are reported again from that build.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractPublishMojo {

    /**
     * The folder searched (recursively, hidden folders skipped) for transcriptions and TEI files. By
     * default {@code src/main}, which holds {@code transcriptions/} and {@code tei/}; any other
     * {@code .txt}, {@code .md} or {@code .xml} file under it is taken as a document too.
     */
    @Parameter(property = "teikit.sourceDirectory", defaultValue = "${project.basedir}/src/main", required = true)
    File sourceDirectory;

    /** Renders a PDF of each document besides its HTML page. */
    @Parameter(property = "teikit.pdf", defaultValue = "true")
    boolean pdf;

    @Override
    String goal() {
        return "build";
    }

    BuildOptions buildOptions() throws MojoExecutionException {
        int threads = threads();
        BuildOptions options = BuildOptions.defaults()
                .withPdf(pdf)
                .withIncremental(incremental)
                .withRenderOptions(renderOptions());
        return options.withThreads(threads);
    }

    @Override
    void run(DiagnosticLog diagnostics) throws IOException, MojoExecutionException {
        Path inDir = path(sourceDirectory);
        Path outDir = path(outputDirectory);
        if (!Files.isDirectory(inDir)) {
            getLog().info("teikit: no source folder " + inDir);
            return;
        }
        BuildOptions options = buildOptions();
        BuildResult result;
        try {
            result = new EditionBuild(teikit(), options).run(inDir, outDir, (outcome, finished, total) ->
                    getLog().debug("teikit: [" + finished + "/" + total + "] " + outcome.name()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("teikit build: " + e.getMessage(), e);
        }
        if (!Files.isDirectory(outDir)) {
            // Nothing to build (io.no-inputs) and nothing written: no failure, as for a missing folder.
            getLog().info("teikit: no transcriptions or TEI files in " + inDir);
            return;
        }
        for (DocumentOutcome outcome : result.documents()) {
            diagnostics.report(outcome.diagnostics());
        }
        diagnostics.report(result.corpus());
        applyStylesheet(outDir);
        getLog().info("teikit: " + result.summary() + "; edition: " + outDir.resolve("index.html"));
    }
}
