package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.RenderOptions;

/** The settings of the goals that publish the edition ({@code render} and {@code build}). */
abstract class AbstractPublishMojo extends AbstractTeikitMojo {

    /**
     * Where the edition is written: per document {@code NAME.xml} (the TEI), {@code NAME.html},
     * {@code NAME.pdf}, and the corpus pages ({@code index.html} and the rest).
     */
    @Parameter(property = "teikit.outputDirectory", defaultValue = "${project.build.directory}/edition",
            required = true)
    File outputDirectory;

    /** The page size of the PDF (and FO) edition: {@code A4} or {@code LETTER}. */
    @Parameter(property = "teikit.paper", defaultValue = "A4", required = true)
    String paper;

    /** Writes the PDFs as PDF/A (archival, tagged). */
    @Parameter(property = "teikit.pdfA", defaultValue = "false")
    boolean pdfA;

    /**
     * The language of the fixed words of pages and PDFs ("Notes", "Page", field names, month names):
     * {@code en}, {@code de}, {@code fr}, {@code es} or {@code ru}. Another renders in English, with a
     * warning.
     */
    @Parameter(property = "teikit.labels", defaultValue = "en")
    String labels;

    /**
     * The edition's own CSS. When the file exists, its rules are added after teikit's in the
     * {@code teikit.css} every page links, so they win over teikit's defaults.
     */
    @Parameter(property = "teikit.stylesheet", defaultValue = "${project.basedir}/src/main/css/edition.css")
    File stylesheet;

    RenderOptions renderOptions() throws MojoExecutionException {
        RenderOptions options = RenderOptions.defaults().withPaper(RenderFormat.paper(paper)).withPdfA(pdfA)
                .withLabels(labels);
        options.unknownLabelsWarning().ifPresent(warning -> getLog().warn("teikit: " + warning));
        return options;
    }

    /** Adds the edition's CSS, if it has one, to the rendered pages in {@code outDir}. */
    void applyStylesheet(Path outDir) throws IOException {
        if (stylesheet == null || !stylesheet.isFile()) {
            return;
        }
        Path css = path(stylesheet);
        if (EditionStylesheet.apply(css, outDir)) {
            getLog().info("teikit: added " + css + " to " + outDir.resolve(EditionStylesheet.CSS_FILE));
        } else if (Files.isDirectory(outDir)) {
            getLog().warn("teikit: no " + EditionStylesheet.CSS_FILE + " in " + outDir
                    + " (no HTML rendered?), so " + css + " was not applied");
        }
    }
}
