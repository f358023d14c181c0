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
import org.teikit.io.Sha256;
import org.teikit.io.SourcePaths;
import org.teikit.pipeline.InOrder;
import org.teikit.pipeline.Stages;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.html.PageImages;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.site.CorpusMembers;
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
        Path stateFile = stateFile(outDir);
        GoalState previous = GoalState.load(stateFile);
        String fingerprint = GoalState.fingerprint(goal(), options(wanted, options));
        GoalState next = GoalState.empty(fingerprint);
        boolean sameOptions = incremental && previous.madeWith(fingerprint);
        List<Path> files = SourceFiles.tei(path(teiDirectory), path(convertedDirectory));
        if (files.isEmpty()) {
            int removed = removeStale(outDir, previous, next);
            if (!previous.inputs().isEmpty()) {
                next.save(stateFile);
            }
            getLog().info("teikit: no TEI documents in " + path(teiDirectory) + " or " + path(convertedDirectory)
                    + (removed > 0 ? "; removed " + Counted.of(removed, "file") + " of documents gone" : ""));
            return;
        }
        List<Diagnostic> clashes = new ArrayList<>();
        Map<Path, String> names = SourceFiles.names(files, clashes);
        diagnostics.report(clashes);
        Files.createDirectories(outDir);
        Teikit teikit = teikit();
        // A document is redone as a whole (all its outputs) when any of them is missing, its TEI's content
        // changed, or the options did; an up-to-date one's problems are reported as last time.
        // Each TEI is read once: the bytes hashed for the check are the ones a redone document's copy is
        // written from, now (its other outputs are rendered below), and the ones its state records.
        Map<Path, GoalState.Input> current = new java.util.HashMap<>();
        Map<Path, String> hashes = new java.util.HashMap<>();
        Set<Path> corpora = new java.util.HashSet<>();
        int threads = threads();
        InOrder.run(List.copyOf(names.entrySet()), threads, entry -> check(entry.getKey(), entry.getValue(),
                sameOptions ? previous.input(GoalState.key(stateFile, entry.getKey())) : null, outDir, wanted), checked -> {
            hashes.put(checked.file(), checked.hash());
            if (checked.corpus()) {
                corpora.add(checked.file());
            }
            if (checked.upToDate() != null) {
                current.put(checked.file(), checked.upToDate());
            }
        });
        // With the site, HTML pages come from the site's page renderer (which also yields each page's
        // index entry), and only when something changed: then every page is made once, for the index.
        boolean sitePages = site && wanted.contains(RenderFormat.HTML);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        names.keySet().forEach(file -> keys.add(GoalState.key(stateFile, file)));
        boolean siteStale = sitePages && (current.size() < names.size() || !Files.exists(outDir.resolve("index.html"))
                || !keys.equals(previous.inputs().keySet()));
        Pass pass = new Pass(teikit, outDir, wanted, options, sitePages, siteStale,
                file -> sameOptions ? previous.input(GoalState.key(stateFile, file)) : null);
        // Documents on several threads; their problems reported, their records and index entries kept in
        // the documents' order.
        List<Rendered> done = new ArrayList<>();
        GoalState state = next;
        InOrder.run(List.copyOf(names.entrySet()), threads, entry -> pass.render(entry.getKey(), entry.getValue(),
                current.get(entry.getKey()), hashes.get(entry.getKey()), corpora.contains(entry.getKey())), rendered -> {
            diagnostics.report(rendered.input().diagnostics());
            state.put(GoalState.key(stateFile, rendered.file()), rendered.input());
            done.add(rendered);
        });
        List<String> entries = done.stream().flatMap(rendered -> rendered.entry().stream()).toList();
        boolean siteWritten = false;
        if (siteStale) {
            try {
                diagnostics.report(Stages.of(teikit).writeSiteIndex(entries, outDir, options));
            } catch (RuntimeException e) {
                diagnostics.report(List.of(internalError(outDir, e)));
            }
            siteWritten = true;
            next = next.withShared(SiteBuilder.corpusFiles(entries.size()));
        } else if (sitePages) {
            next = next.withShared(previous.shared());
        }
        // After the site's files are known: a site turned off, or with fewer search files, leaves none.
        int removed = removeStale(outDir, previous, next);
        next.save(stateFile);
        if (wanted.contains(RenderFormat.HTML)) {
            applyStylesheet(outDir);
        }
        getLog().info(String.format(java.util.Locale.ROOT, "teikit: %s written, %d up to date%s%s, in %s",
                Counted.of(done.stream().mapToInt(Rendered::made).sum(), "file"),
                done.stream().mapToInt(Rendered::upToDate).sum(), removed > 0 ? ", " + removed + " removed" : "",
                siteWritten ? ", site pages written" : "", outDir));
    }

    /**
     * Reads and hashes a document's TEI, and copies it beside the outputs unless they are up to date (the
     * copy is of the bytes hashed: each TEI is read once per run).
     *
     * @param before its record of the last run made with the same options, if any
     */
    private Checked check(Path file, String name, GoalState.Input before, Path outDir, Set<RenderFormat> wanted)
            throws IOException {
        byte[] tei = readTei(file);
        String hash = Sha256.of(tei);
        boolean corpus = CorpusMembers.isCorpus(tei); // from the bytes read: the file is read once
        boolean upToDate = before != null && unchanged(before, hash) && (corpus
                ? corpusOutputsExist(before, outDir) : outputsExist(file, name, outDir, wanted));
        if (!upToDate) {
            copyTei(file, name, outDir, tei);
        }
        return new Checked(file, hash, upToDate ? before : null, corpus);
    }

    /** One run's rendering of its documents, each on whichever thread takes it. */
    private final class Pass {
        private final Teikit teikit;
        private final Path outDir;
        private final Set<RenderFormat> wanted;
        private final RenderOptions options;
        private final boolean sitePages;
        private final boolean siteStale;
        /** An input's record of the last run made with the same options, if any. */
        private final java.util.function.Function<Path, GoalState.Input> lastRun;

        Pass(Teikit teikit, Path outDir, Set<RenderFormat> wanted, RenderOptions options, boolean sitePages,
             boolean siteStale, java.util.function.Function<Path, GoalState.Input> lastRun) {
            this.teikit = teikit;
            this.outDir = outDir;
            this.wanted = wanted;
            this.options = options;
            this.sitePages = sitePages;
            this.siteStale = siteStale;
            this.lastRun = lastRun;
        }

        /**
         * Renders a document's outputs, or, when it is up to date, only its site page for the index when
         * the site is written again (its problems are then those of last time).
         *
         * @param upToDate its last record, when its outputs are up to date
         * @param hash     the SHA-256 of its TEI, for its new record
         * @param corpus   whether it is a teiCorpus, whose documents are rendered apart
         */
        Rendered render(Path file, String name, GoalState.Input upToDate, String hash, boolean corpus) throws IOException {
            if (corpus) {
                return renderCorpus(file, name, upToDate, hash);
            }
            List<String> pageEntry = new ArrayList<>(1);
            if (upToDate != null) {
                if (siteStale) {
                    sitePage(teikit, file, outDir, name, pageEntry, options, new ArrayList<>());
                }
                return new Rendered(file, upToDate, 0, wanted.size(), pageEntry);
            }
            List<String> written = new ArrayList<>();
            List<Diagnostic> found = new ArrayList<>();
            if (!teiCopy(outDir, name).equals(file)) {
                written.add("tei/" + name + ".xml"); // written with the hash, by check
            }
            int made = 0;
            // HTML last, so that its page finds the PDF and links it.
            for (RenderFormat format : htmlLast(wanted)) {
                boolean ok = format == RenderFormat.HTML && sitePages
                        ? sitePage(teikit, file, outDir, name, pageEntry, options, found)
                        : RenderMojo.this.render(teikit, format, file, outDir.resolve(name + format.extension()), options, found);
                if (ok) {
                    made++;
                    written.add(name + format.extension());
                    if (format == RenderFormat.HTML) {
                        written.addAll(copiedImages(file, outDir));
                    }
                }
            }
            return new Rendered(file, new GoalState.Input(written, found, hash), made, 0, pageEntry);
        }

        /**
         * A teiCorpus: each of its documents rendered as one, into a folder named after the corpus, as
         * {@code teikit build} does ({@code letters/<name>.html}, {@code .fo}, {@code .pdf} and
         * {@code letters/tei/<name>.xml}), listed in the site's index like any document.
         */
        private Rendered renderCorpus(Path file, String name, GoalState.Input upToDate, String hash) throws IOException {
            List<String> entries = new ArrayList<>();
            if (upToDate != null) {
                if (siteStale) {
                    // the pages again, for their index entries (their problems are those of last time)
                    corpusOutputs(file, name, Set.of(RenderFormat.HTML), null, entries, new ArrayList<>(),
                            new ArrayList<>(), new java.util.TreeMap<>());
                }
                int outputs = (int) upToDate.outputs().stream().filter(o -> wanted.stream()
                        .anyMatch(format -> o.endsWith(format.extension()))).count();
                return new Rendered(file, upToDate, 0, outputs, entries);
            }
            List<String> written = new ArrayList<>();
            List<Diagnostic> found = new ArrayList<>();
            if (!teiCopy(outDir, name).equals(file)) {
                written.add("tei/" + name + ".xml"); // written with the hash, by check
            }
            Map<String, String> parts = new java.util.TreeMap<>();
            int made = corpusOutputs(file, name, wanted, lastRun.apply(file), entries, written, found, parts);
            int kept = (int) written.stream().filter(o -> wanted.stream().anyMatch(f -> o.endsWith(f.extension()))).count() - made;
            return new Rendered(file, new GoalState.Input(written, found, hash, parts), made, kept, entries);
        }

        /**
         * Renders a teiCorpus's documents in {@code formats} (but the outputs of those whose TEI is as
         * {@code last} made them, which stand, unless a page's index entry is wanted); returns how many
         * outputs were made. Each document's hash goes into {@code parts}.
         */
        private int corpusOutputs(Path file, String name, Set<RenderFormat> formats, GoalState.Input last,
                                  List<String> entries, List<String> written, List<Diagnostic> found,
                                  Map<String, String> parts) throws IOException {
            if (SourcePaths.sameFileKey(name).equals("tei")) { // TEI/ is tei/ on macOS and Windows
                found.add(Diagnostic.error(file.toString(), 0, 0, "render.corpus-folder", "the teiCorpus's documents"
                        + " would go into the folder 'tei', which holds the edition's TEI; rename the corpus file"
                        + " (its documents were not rendered)"));
                return 0;
            }
            Stages stages = Stages.of(teikit);
            Path folder = outDir.resolve(name);
            CorpusMembers.Split split = stages.corpusMembers().split(file, folder.resolve("tei"));
            found.addAll(split.diagnostics());
            // Their images are where the corpus file shows them from.
            Path images = PageImages.corpusImageFolder(file);
            PdfOptions pdf = PdfOptions.from(options);
            int made = 0;
            for (Path member : split.files()) {
                String page = CorpusMembers.name(member);
                written.add(name + "/tei/" + page + ".xml");
                String sha256 = split.hashes().get(page);
                parts.put(page, sha256);
                boolean same = last != null && sha256.equals(last.parts().get(page));
                for (RenderFormat format : htmlLast(formats)) {
                    Path target = folder.resolve(page + format.extension());
                    String output = name + "/" + page + format.extension();
                    if (same && !(format == RenderFormat.HTML && sitePages) && last.outputs().contains(output)
                            && Files.isRegularFile(target)) {
                        written.add(output); // as the last run made it
                        continue;
                    }
                    List<Diagnostic> got;
                    try {
                        got = switch (format) {
                            case HTML -> {
                                SiteBuilder.Page sitePage = stages.site().withLabels(options.labels())
                                        .page(member, null, outDir, name, page, sitePages);
                                sitePage.entry().ifPresent(entries::add);
                                yield sitePage.diagnostics();
                            }
                            case FO -> stages.pdf().renderFo(member, images, target, pdf);
                            case PDF -> stages.pdf().renderPdf(member, images, target, pdf);
                        };
                    } catch (RuntimeException e) {
                        got = List.of(internalError(member, e));
                    }
                    found.addAll(split.aboutCorpus(got));
                    if (got.stream().anyMatch(Diagnostic::isError)) {
                        Files.deleteIfExists(target);
                    } else {
                        made++;
                        written.add(output);
                    }
                }
            }
            if (formats.contains(RenderFormat.HTML) && !split.files().isEmpty()) {
                PageImages.Copied copied = PageImages.copyForCorpus(file, folder);
                found.addAll(copied.warnings());
                Path top = outDir.toAbsolutePath().normalize();
                for (PageImages.Shown shown : copied.shown()) {
                    Path copy = shown.target().toAbsolutePath().normalize();
                    if (copy.startsWith(top) && Files.isRegularFile(copy)) {
                        written.add(top.relativize(copy).toString().replace('\\', '/'));
                    }
                }
                if (!sitePages) {
                    HtmlRenderer.writeAssets(outDir); // the pages' styles, one folder up, as pages without the site have them
                }
            }
            return made;
        }
    }

    /** The options that change what is written: the formats, the site, the paper, PDF/A and the labels. */
    private String options(Set<RenderFormat> wanted, RenderOptions options) {
        return "formats=" + new java.util.TreeSet<>(wanted) + "|site=" + site + "|" + options;
    }

    /** The bytes of a TEI input: the goal reads each once per run (the renderers read the file themselves). */
    byte[] readTei(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** Where a document's TEI is copied beside its outputs. */
    private static Path teiCopy(Path outDir, String name) {
        return outDir.resolve("tei").resolve(name + ".xml");
    }

    /** Writes a redone document's TEI copy from the bytes read for its hash (none when the input is the copy). */
    private static void copyTei(Path file, String name, Path outDir, byte[] tei) throws IOException {
        Path copy = teiCopy(outDir, name);
        if (!copy.equals(file)) {
            AtomicFiles.write(copy, tei);
        }
    }

    /** Whether each of a document's outputs (its TEI copy among them) exists. */
    private static boolean outputsExist(Path file, String name, Path outDir, Set<RenderFormat> wanted) {
        Path copy = teiCopy(outDir, name);
        if (!copy.equals(file) && !Files.isRegularFile(copy)) {
            return false;
        }
        return wanted.stream().allMatch(format -> Files.isRegularFile(outDir.resolve(name + format.extension())));
    }

    /**
     * Whether the outputs a teiCorpus's last run recorded are all there, and it had no errors (an error
     * may have left an output unmade: the corpus is rendered again).
     */
    private static boolean corpusOutputsExist(GoalState.Input before, Path outDir) {
        return !before.outputs().isEmpty() && before.diagnostics().stream().noneMatch(Diagnostic::isError)
                && before.outputs().stream().allMatch(output -> {
                    Path file = GoalState.resolve(outDir, output);
                    return file != null && Files.isRegularFile(file);
                });
    }

    /**
     * Removes the files the last run wrote for documents that are gone (or no longer made: a format
     * left out, a page that now fails). All of them are teikit's own, in the output folder.
     *
     * @return how many files were removed
     */
    private static int removeStale(Path outDir, GoalState previous, GoalState next) throws IOException {
        int removed = 0;
        for (String output : previous.staleOutputs(next, outDir)) {
            Path file = GoalState.resolve(outDir, output);
            if (file != null && Files.deleteIfExists(file)) {
                removed++;
                removeEmptyFolders(outDir, file.getParent());
            }
        }
        return removed;
    }

    /** Removes {@code folder} and the folders above it while they are empty, up to (not including) {@code outDir}. */
    private static void removeEmptyFolders(Path outDir, Path folder) throws IOException {
        Path top = outDir.toAbsolutePath().normalize();
        for (Path at = folder.toAbsolutePath().normalize(); at.startsWith(top) && !at.equals(top); at = at.getParent()) {
            try (var entries = Files.list(at)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(at);
        }
    }

    /**
     * The copies beside the page of the images it shows from beside its TEI file (as the page's
     * renderer copies them), relative to the output folder: outputs of the document, removed with it.
     */
    private static List<String> copiedImages(Path tei, Path outDir) throws IOException {
        Path teiDir = tei.toAbsolutePath().normalize().getParent();
        Path top = outDir.toAbsolutePath().normalize();
        List<String> copies = new ArrayList<>();
        for (Path image : PageImages.shownBy(tei)) {
            Path copy = top.resolve(teiDir.relativize(image)).normalize();
            // Never a file in the TEI's own folder (an edition written there): only copies are removed.
            if (image.startsWith(teiDir) && !copy.startsWith(teiDir) && copy.startsWith(top) && Files.isRegularFile(copy)) {
                copies.add(top.relativize(copy).toString().replace('\\', '/'));
            }
        }
        return copies;
    }

    private static List<RenderFormat> htmlLast(Set<RenderFormat> wanted) {
        List<RenderFormat> order = new ArrayList<>(wanted);
        order.sort(java.util.Comparator.comparing(format -> format == RenderFormat.HTML));
        return order;
    }

    /** Renders one document's site page, keeps its index entry and adds its problems to {@code diagnostics}; false when it has errors. */
    private boolean sitePage(Teikit teikit, Path tei, Path outDir, String name, List<String> entries,
                             RenderOptions options, List<Diagnostic> diagnostics) throws IOException {
        List<Diagnostic> found;
        try {
            SiteBuilder.Page page = Stages.of(teikit).renderSitePage(tei, null, outDir, name, options);
            page.entry().ifPresent(entries::add);
            found = new ArrayList<>(page.diagnostics());
            if (page.entry().isPresent()) {
                // The images the page shows, from beside the TEI document (as teikit render copies them).
                found.addAll(new PageImages(tei.toAbsolutePath().getParent(), outDir).copyFor(tei).warnings());
            }
        } catch (RuntimeException e) {
            found = List.of(internalError(tei, e));
        }
        diagnostics.addAll(found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            Files.deleteIfExists(outDir.resolve(name + RenderFormat.HTML.extension()));
            return false;
        }
        return true;
    }

    /** Renders one output, adding its problems to {@code diagnostics}; an output with errors is removed, so that the next build tries it again. */
    private boolean render(Teikit teikit, RenderFormat format, Path tei, Path target, RenderOptions options,
                           List<Diagnostic> diagnostics) throws IOException {
        List<Diagnostic> found;
        try {
            found = switch (format) {
                case HTML -> teikit.renderHtml(tei, target, options);
                case FO -> teikit.renderFo(tei, target, options);
                case PDF -> teikit.renderPdf(tei, target, options);
            };
        } catch (RuntimeException e) {
            found = List.of(internalError(tei, e));
        }
        diagnostics.addAll(found);
        if (found.stream().anyMatch(Diagnostic::isError)) {
            Files.deleteIfExists(target);
            return false;
        }
        return true;
    }

    /** A document as the check found it: its content's hash, and its last record when it is up to date. */
    private record Checked(Path file, String hash, GoalState.Input upToDate, boolean corpus) {
    }

    /**
     * A document as rendered (or left up to date): its record, the outputs made, those up to date, and
     * its index entry when its site page was made.
     */
    private record Rendered(Path file, GoalState.Input input, int made, int upToDate, List<String> entry) {
    }
}
