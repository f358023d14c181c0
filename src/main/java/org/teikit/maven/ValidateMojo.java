package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.Counted;
import org.teikit.Teikit;
import org.teikit.ValidationReport;
import org.teikit.pipeline.InOrder;
import org.teikit.validate.SchemaProblemsOnce;

/**
 * Validates the edition's TEI: the documents written by hand in {@code src/main/tei} and those the
 * {@code convert} goal made. Each document is checked against the schemas its
 * xml-model processing instructions name (resolved through teikit's catalog, never over the network),
 * or teikit's own RELAX NG and editorial Schematron rules when it names none. Any error fails the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class ValidateMojo extends AbstractTeikitMojo {

    /** The edition's own TEI documents ({@code .xml}, searched recursively). Missing is fine. */
    @Parameter(property = "teikit.teiDirectory", defaultValue = "${project.basedir}/src/main/tei", required = true)
    File teiDirectory;

    /** The TEI made by the {@code convert} goal. Missing is fine. */
    @Parameter(property = "teikit.convertedDirectory", defaultValue = "${project.build.directory}/tei",
            required = true)
    File convertedDirectory;

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void run(DiagnosticLog diagnostics) throws IOException, MojoExecutionException {
        List<Path> files = SourceFiles.tei(path(teiDirectory), path(convertedDirectory));
        if (files.isEmpty()) {
            getLog().info("teikit: no TEI documents in " + path(teiDirectory) + " or " + path(convertedDirectory));
            return;
        }
        Teikit teikit = teikit();
        List<ValidationReport> reports = new java.util.ArrayList<>();
        InOrder.run(files, threads(), file -> {
            try {
                return teikit.validate(file);
            } catch (RuntimeException e) {
                return new ValidationReport(file.toString(), List.of(internalError(file, e)));
            }
        }, reports::add);
        int invalid = 0;
        // A broken schema the documents name is reported with the first of them only.
        for (ValidationReport report : SchemaProblemsOnce.inRun(reports)) {
            diagnostics.report(report.diagnostics());
            if (!report.isValid()) {
                invalid++;
            }
        }
        getLog().info(String.format(java.util.Locale.ROOT, "teikit: %s validated, %d invalid",
                Counted.of(files.size(), "document"), invalid));
    }
}
