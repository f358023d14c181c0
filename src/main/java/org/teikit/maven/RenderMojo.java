package org.teikit.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.teikit.Counted;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;
import org.teikit.io.AtomicFiles;
import org.teikit.render.html.PageImages;
import org.teikit.render.site.SiteBuilder;

/**
 * Publishes the edition: renders each TEI document (the edition's own and the converted ones) as an
 * HTML page, XSL-FO and/or PDF, copies the TEI beside them, and writes the corpus site
 * ({@code index.html}, facets, search). The same layout as {@code teikit build}.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends AbstractPublishMojo {

    /** The edition's own TEI documents ({@code .xml}, searched recursively). Missing is fine. */
    @Parameter(property = "teikit.teiDirectory", defaultValue = "${project.basedir}/src/main/tei", required = true)
    File teiDirectory;

    /** The TEI made by the {@code convert} goal. Missing is fine. */
    @Parameter(property = "teikit.convertedDirectory", defaultValue = "${project.build.directory}/tei",
            required = true)
    File convertedDirectory;

    /**
     * What to make of each document: any of {@code html}, {@code fo}, {@code pdf}, as a comma-separated
     * list or as nested format elements.
     */
    @Parameter(property = "teikit.formats", defaultValue = "html,pdf", required = true)
    List<String> formats;

    /** Writes the corpus site (index with facets and search) when HTML is rendered. */
    @Parameter(property = "teikit.site", defaultValue = "true")
    boolean site;

    @Override
    String goal() {
        return "render";
    }

    @Override
    void run(DiagnosticLog diagnostics) throws IOException, MojoExecutionException {
        Set<RenderFormat> wanted = RenderFormat.parse(formats);
        RenderOptions options = renderOptions();
        Path outDir = path(outputDirectory);
        List<Path> files = SourceFiles.tei(path(teiDirectory), path(convertedDirectory));
        if (files.isEmpty()) {
            getLog().info("teikit: no TEI documents in " + path(teiDirectory) + " or " + path(convertedDirectory));
            return;
        }
        List<Diagnostic> clashes = new ArrayList<>();
        Map<Path, String> names = SourceFiles.names(files, clashes);
        diagnostics.report(clashes);
        Files.createDirectories(outDir);
        Teikit teikit = teikit();
        // With the site, HTML pages come from the site's page renderer (which also yields each page's
        // index entry), and only when something changed: then every page is made once, for the index.
        boolean sitePages = site && wanted.contains(RenderFormat.HTML);
        boolean siteStale = sitePages && siteIsStale(names, outDir);
        List<String> entries = new ArrayList<>();
        int made = 0;
        int upToDate = 0;
        for (Map.Entry<Path, String> entry : names.entrySet()) {
            Path file = entry.getKey();
            String name = entry.getValue();
            Path copy = outDir.resolve("tei").resolve(name + ".xml");
            if (!copy.equals(file) && !upToDate(file, copy)) {
                AtomicFiles.write(copy, Files.readAllBytes(file));
            }
            // HTML last, so that its page finds the PDF and links it.
            for (RenderFormat format : htmlLast(wanted)) {
                Path target = outDir.resolve(name + format.extension());
                boolean current = upToDate(file, target);
                if (format == RenderFormat.HTML && sitePages) {
                    if (!siteStale) {
                        upToDate++;
                    } else if (sitePage(teikit, file, outDir, name, entries, diagnostics)) {
                        // a page made again only for the index is counted as it was: up to date
                        if (current) {
                            upToDate++;
                        } else {
                            made++;
                        }
                    }
                } else if (current) {
                    upToDate++;
                } else if (render(teikit, format, file, target, options, diagnostics)) {
                    made++;
                }
            }
        }
        boolean siteWritten = false;
        if (siteStale) {
            try {
                diagnostics.report(teikit.writeSiteIndex(entries, outDir));
            } catch (RuntimeException e) {
                diagnostics.report(List.of(internalError(outDir, e)));
            }
            siteWritten = true;
        }
        if (wanted.contains(RenderFormat.HTML)) {
            applyStylesheet(outDir);
        }
        getLog().info(String.format(java.util.Locale.ROOT, "teikit: %s written, %d up to date%s, in %s",
                Counted.of(made, "file"), upToDate, siteWritten ? ", site pages written" : "", outDir));
    }

    private boolean siteIsStale(Map<Path, String> names, Path outDir) throws IOException {
        if (!Files.exists(outDir.resolve("index.html"))) {
            return true;
        }
        for (Map.Entry<Path, String> entry : names.entrySet()) {
            if (!upToDate(entry.getKey(), outDir.resolve(entry.getValue() + RenderFormat.HTML.extension()))) {
                return true;
            }
        }
        return false;
    }

    private static List<RenderFormat> htmlLast(Set<RenderFormat> wanted) {
        List<RenderFormat> order = new ArrayList<>(wanted);
        order.sort(java.util.Comparator.comparing(format -> format == RenderFormat.HTML));
        return order;
    }

    /** Renders one document's site page and keeps its index entry; false when the page has errors. */
    private boolean sitePage(Teikit teikit, Path tei, Path outDir, String name, List<String> entries,
                             DiagnosticLog diagnostics) throws IOException {
        List<Diagnostic> found;
        try {
            SiteBuilder.Page page = teikit.renderSitePage(tei, outDir, name);
            page.entry().ifPresent(entries::add);
            found = new ArrayList<>(page.diagnostics());
            if (page.entry().isPresent()) {
                // The images the page shows, from beside the TEI document (as teikit render copies them).
                found.addAll(new PageImages(tei.toAbsolutePath().getParent(), outDir).copyFor(tei).warnings());
            }
        } catch (RuntimeException e) {
            found = List.of(internalError(tei, e));
        }
        diagnostics.report(found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            Files.deleteIfExists(outDir.resolve(name + RenderFormat.HTML.extension()));
            return false;
        }
        return true;
    }

    /** Renders one output; an output with errors is removed, so that the next build tries it again. */
    private boolean render(Teikit teikit, RenderFormat format, Path tei, Path target, RenderOptions options,
                           DiagnosticLog diagnostics) throws IOException {
        List<Diagnostic> found;
        try {
            found = switch (format) {
                case HTML -> teikit.renderHtml(tei, target);
                case FO -> teikit.renderFo(tei, target, options);
                case PDF -> teikit.renderPdf(tei, target, options);
            };
        } catch (RuntimeException e) {
            found = List.of(internalError(tei, e));
        }
        diagnostics.report(found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            Files.deleteIfExists(target);
            return false;
        }
        return true;
    }
}
