package org.teikit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.teikit.ConversionReport;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.ValidationReport;
import org.teikit.io.AtomicFiles;
import org.teikit.io.IoFailures;
import org.teikit.pipeline.InOrder;
import org.teikit.pipeline.Stages;
import org.teikit.render.html.PageImages;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.site.CorpusMembers;
import org.teikit.render.site.SiteBuilder;
import org.teikit.validate.TeiValidator;

/**
 * The documents of one {@link EditionBuild} run, each taken through its steps (up-to-date check,
 * conversion, validation, PDF, HTML page, corpus entry) on the worker threads. A failure in one
 * document is that document's error; the others go on.
 */
final class DocumentSteps {

    private final Teikit teikit;
    private final Stages stages;
    private final BuildOptions options;
    private final EditionBuild build;
    private final Path inDir;
    private final Path outDir;
    private final BuildState previous;
    private final Map<Path, String> hashes;
    /** Rebuilt documents whose entry changed in more than its searchable text (or that had none). */
    private final java.util.Set<String> pagesChanged;
    /** The images each rebuilt TEI input's page shows, by input, for the build state. */
    private final Map<Path, List<BuildState.Image>> shownImages;
    /** The schema files each validated document depended on, for the build state. */
    private final SchemaDependencies schemas;
    /** The hashes of the TEI of each rebuilt teiCorpus's documents, by input, for the build state. */
    private final Map<Path, Map<String, String>> memberHashes;
    private final StageClock clock;
    /** Places beside the pages whose copied image may be another document's ({@link ImageClashes#untrustedCopies}). */
    private final java.util.Set<String> untrustedCopies;
    /** The images the pages of TEI inputs show, copied into the edition. */
    private final PageImages images;
    /** Hears of the documents finished, and of a teiCorpus's documents as they are made. */
    private volatile BuildListener listener = BuildListener.NONE;

    DocumentSteps(Teikit teikit, BuildOptions options, EditionBuild build, Path inDir, Path outDir,
                  BuildState previous, Map<Path, String> hashes, java.util.Set<String> untrustedCopies,
                  java.util.Set<String> pagesChanged, Map<Path, List<BuildState.Image>> shownImages,
                  SchemaDependencies schemas, Map<Path, Map<String, String>> memberHashes, StageClock clock) {
        this.teikit = teikit;
        this.stages = Stages.of(teikit);
        this.options = options;
        this.build = build;
        this.inDir = inDir;
        this.outDir = outDir;
        this.previous = previous;
        this.hashes = hashes;
        this.untrustedCopies = untrustedCopies;
        this.pagesChanged = pagesChanged;
        this.shownImages = shownImages;
        this.schemas = schemas;
        this.memberHashes = memberHashes;
        this.clock = clock;
        this.images = new PageImages(inDir, outDir);
    }

    /** A document on its way through the build; one worker thread at a time holds it. */
    private static final class Work {
        final Path input;
        final String name;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        /** The entry the last build saved, when the pages may not need writing again. */
        String oldEntry;
        java.util.Optional<String> siteEntry = java.util.Optional.empty();
        /** The TEI as validation parsed it, kept for its page until the page is made. */
        net.sf.saxon.s9api.XdmNode tree;
        /** Set once the document is done with: up to date, failed, or built. */
        DocumentOutcome outcome;
        /** Whether the input is a teiCorpus, whose documents get pages of their own (see {@link #corpusMembers}). */
        boolean corpus;
        /**
         * A teiCorpus's documents as written out into its folder, once split (with none when its folder's
         * name is one the build keeps); it tells their problems as about the corpus file. Null before.
         */
        CorpusMembers.Split split;
        /** The last build's record of this input, if any. */
        BuildState.Entry before;
        /**
         * Of a teiCorpus's documents, those whose TEI is as the last build wrote it and whose outputs are
         * there: their pages, PDFs and entries stand.
         */
        java.util.Set<String> unchangedMembers = java.util.Set.of();
        /** Of a teiCorpus's documents' outputs (a page, a PDF), how many are made; see {@link BuildListener#corpusProgress}. */
        final AtomicInteger corpusStepsDone = new AtomicInteger();

        Work(Path input, String name) {
            this.input = input;
            this.name = name;
        }

        /** The names of a teiCorpus's documents written out so far (their outputs are the build's to remove). */
        List<String> members() {
            return split == null ? List.of() : split.files().stream().map(CorpusMembers::name).toList();
        }

        /** The document done with, without a page. */
        void done(List<Diagnostic> found, boolean upToDate) {
            outcome = new DocumentOutcome(input, name, found, upToDate, java.util.Optional.empty(), members());
        }
    }

    /** One step of a document's build; it sets the outcome when the document needs no more steps. */
    private interface Step {
        void run(Work work) throws IOException;
    }

    /** Most documents to a batch: see {@link #buildAll}. */
    private static final int BATCH = 16;

    /**
     * Builds the documents on the worker threads in batches of consecutive documents, each batch taken
     * through one stage after the other (all its conversions, then all its validations, ...), not one
     * document through every stage: a thread that keeps to one stage's code and data for a while runs
     * it faster (1,000 documents on one thread of the project's machine: ~16% less time).
     * Small builds get smaller batches, so that every thread has some. Builds with PDF take one
     * document at a time: a PDF takes a good part of a second, so a batch would hold back the progress
     * report for many seconds and gain nothing.
     */
    List<DocumentOutcome> buildAll(Map<Path, String> names, BuildListener listener) throws IOException {
        this.listener = listener;
        AtomicInteger finished = new AtomicInteger();
        int total = names.size();
        int threads = Math.min(options.threads(), Math.max(1, total));
        int batch = options.pdf() ? 1 : Math.max(1, Math.min(BATCH, total / (threads * 4)));
        List<Work> all = names.entrySet().stream().map(e -> new Work(e.getKey(), e.getValue())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<DocumentOutcome>>> futures = new ArrayList<>();
            for (int from = 0; from < total; from += batch) {
                List<Work> part = all.subList(from, Math.min(total, from + batch));
                futures.add(pool.submit(() -> {
                    List<DocumentOutcome> outcomes = buildBatch(part);
                    for (DocumentOutcome outcome : outcomes) {
                        listener.documentFinished(outcome, finished.incrementAndGet(), total);
                    }
                    return outcomes;
                }));
            }
            List<DocumentOutcome> outcomes = new ArrayList<>(total);
            for (Future<List<DocumentOutcome>> future : futures) {
                outcomes.addAll(await(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Takes a batch of documents through each step in turn; a document whose outcome is set skips the rest. */
    private List<DocumentOutcome> buildBatch(List<Work> batch) {
        List<Step> steps = List.of(this::start, this::convert, this::validate, this::pdf, this::html, this::finish);
        for (Step step : steps) {
            for (Work work : batch) {
                if (work.outcome == null) {
                    runSafely(step, work);
                }
            }
        }
        for (Work work : batch) {
            work.tree = null; // a document that failed before its page leaves its tree behind
        }
        return batch.stream().map(work -> work.outcome).toList();
    }

    /** A failure while building one document is that document's error; the build goes on. */
    private static void runSafely(Step step, Work work) {
        try {
            step.run(work);
        } catch (IOException | UncheckedIOException e) {
            work.done(List.of(Diagnostic.error(work.input.toString(), 0, 0, "build.io",
                    "could not read or write a file for this document: " + IoFailures.describe(e))), false);
        } catch (RuntimeException e) {
            work.done(List.of(Diagnostic.error(work.input.toString(), 0, 0, "build.internal",
                    "teikit failed on this document (a bug; please report it): " + e)), false);
        }
    }

    /** Skips a document that is up to date; otherwise clears what the last build saved of it. */
    private void start(Work work) throws IOException {
        BuildState.Entry before = previous.documents().get(inDir.relativize(work.input).toString());
        String sha256 = hashes.computeIfAbsent(work.input, EditionBuild::hashOf);
        if (build.isUpToDate(inDir, outDir, work.input, work.name, previous, sha256, untrustedCopies, schemas)) {
            // Its entry stays in its file, read only if the corpus pages are written again.
            work.outcome = new DocumentOutcome(work.input, work.name, before.diagnostics(), true,
                    java.util.Optional.empty(), before.memberNames());
            return;
        }
        work.before = before;
        // Whatever happens to this document now, the corpus pages must change unless its new entry
        // differs from this one in searchable text only.
        work.oldEntry = before != null && before.name().equals(work.name)
                ? BuildState.loadEntry(outDir, work.name) : null;
        Files.deleteIfExists(BuildState.entryFile(outDir, work.name));
        pagesChanged.add(work.name);
        // Its outputs go too, each made again by the step that succeeds: a document that fails now leaves
        // no page, PDF, TEI or report of an earlier build behind (the index no longer lists it).
        for (Path output : EditionBuild.documentOutputs(outDir, work.name)) {
            Files.deleteIfExists(output);
        }
        // A teiCorpus's documents' outputs stay until its documents are known: those that are the same
        // are kept, the others made again, and those it no longer holds removed after the build
        // (EditionBuild.removeStaleOutputs).
    }

    /** Converts a transcription (its reports beside), or copies a TEI input, into {@code OUT/tei}. */
    private void convert(Work work) throws IOException {
        Path tei = EditionBuild.teiPath(outDir, work.name);
        if (EditionInputs.kindOf(work.input) != EditionInputs.Kind.TRANSCRIPTION) {
            AtomicFiles.write(tei, Files.readAllBytes(work.input));
            work.corpus = Teikit.isTeiCorpus(work.input);
            return;
        }
        long t = System.nanoTime();
        ConversionReport report = teikit.convert(work.input, tei, null); // streamed: no whole-TEI string
        work.diagnostics.addAll(report.diagnostics());
        if (report.hasErrors()) {
            clock.add(Stage.CONVERT, System.nanoTime() - t);
            work.done(work.diagnostics, false);
            return;
        }
        Path reports = outDir.resolve("reports");
        AtomicFiles.writeString(reports.resolve(work.name + ".report.txt"), report.toText());
        AtomicFiles.writeString(reports.resolve(work.name + ".report.json"), report.toJson());
        clock.add(Stage.CONVERT, System.nanoTime() - t);
    }

    /**
     * Most bytes of a converted TEI whose tree the validation keeps for the page: a batch holds up to
     * {@link #BATCH} trees at once, and a tree takes several times its file's size.
     */
    private static final long KEPT_TREE_BYTES = 256 * 1024;

    private void validate(Work work) throws IOException {
        long t = System.nanoTime();
        // TEI written by hand is validated where the editor keeps it, so messages name that file; its
        // tree serves the page (of the copy in OUT/tei, the same bytes) and the images it shows.
        // Converted TEI is validated where its page is made from, so the page can use the same parse.
        boolean byHand = EditionInputs.kindOf(work.input) == EditionInputs.Kind.TEI;
        Path tei = byHand ? work.input : EditionBuild.teiPath(outDir, work.name);
        TeiValidator.Validated validated = stages.validateKeepingTree(tei);
        ValidationReport report = validated.report();
        if (options.html() && !work.corpus && Files.size(tei) <= KEPT_TREE_BYTES) {
            work.tree = validated.tree().orElse(null);
        }
        work.diagnostics.addAll(report.diagnostics());
        schemas.record(work.input, validated.schemaFiles());
        if (byHand && !report.isWellFormed()) {
            // Nothing can be rendered of it: the renderers would only say so again, of the copy, and
            // the edition's TEI holds no copy of it either.
            Files.deleteIfExists(EditionBuild.teiPath(outDir, work.name));
            work.done(work.diagnostics, false);
        }
        clock.add(Stage.VALIDATE, System.nanoTime() - t);
    }

    /**
     * The PDF comes before the HTML page, so that the page finds it and links it. A TEI input's PDF is
     * made from the input itself (its copy in OUT/tei is the same bytes), so that the images it shows
     * are found beside it.
     */
    private void pdf(Work work) throws IOException {
        if (options.pdf() && work.corpus) {
            long t = System.nanoTime();
            Path folder = EditionBuild.corpusFolder(outDir, work.name);
            // Its images are where the corpus file shows them from, not beside the document's copy.
            Path images = PageImages.corpusImageFolder(work.input);
            // A corpus is one input, on one worker: its documents take every thread (as many inputs would).
            List<Path> changed = corpusMembers(work).stream()
                    .filter(member -> !work.unchangedMembers.contains(CorpusMembers.name(member))).toList();
            madeInCorpus(work, corpusMembers(work).size() - changed.size());
            PdfOptions pdfOptions = PdfOptions.from(options.renderOptions());
            InOrder.run(changed, options.threads(), member -> stages.pdf().renderPdf(member, images,
                    folder.resolve(CorpusMembers.name(member) + ".pdf"), pdfOptions),
                    found -> {
                        work.diagnostics.addAll(work.split.aboutCorpus(found));
                        madeInCorpus(work, 1);
                    });
            clock.add(Stage.PDF, System.nanoTime() - t);
        } else if (options.pdf()) {
            long t = System.nanoTime();
            Path tei = EditionInputs.kindOf(work.input) == EditionInputs.Kind.TEI ? work.input
                    : EditionBuild.teiPath(outDir, work.name);
            work.diagnostics.addAll(aboutInput(work, tei,
                    teikit.renderPdf(tei, outDir.resolve(work.name + ".pdf"), options.renderOptions())));
            clock.add(Stage.PDF, System.nanoTime() - t);
        }
    }

    private void html(Work work) throws IOException {
        if (options.html() && work.corpus) {
            long t = System.nanoTime();
            List<String> entries = new ArrayList<>();
            List<Path> members = corpusMembers(work); // first: it finds the unchanged ones
            Map<String, String> kept = keptEntries(work);
            InOrder.run(members, options.threads(), member -> {
                String entry = kept.get(CorpusMembers.name(member));
                return entry != null ? new SiteBuilder.Page(List.of(), java.util.Optional.of(entry))
                        : stages.renderSitePage(member, null, outDir, work.name, CorpusMembers.name(member),
                                options.renderOptions());
            }, page -> {
                work.diagnostics.addAll(work.split.aboutCorpus(page.diagnostics()));
                page.entry().ifPresent(entries::add);
                madeInCorpus(work, 1);
            });
            // The images its documents show, relative to the corpus file, beside their pages (as render
            // copies them for a corpus), recorded as any TEI input's, so that an edited one rebuilds it;
            // none when no document was split out (a refused folder: the build's own, not the corpus's).
            if (!members.isEmpty()) {
                PageImages.Copied copied = PageImages.copyForCorpus(work.input, EditionBuild.corpusFolder(outDir, work.name));
                work.diagnostics.addAll(copied.warnings());
                shownImages.put(work.input, recorded(copied.shown()));
            }
            work.siteEntry = entries.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(SiteBuilder.joinEntries(entries));
            clock.add(Stage.HTML, System.nanoTime() - t);
        } else if (options.html()) {
            long t = System.nanoTime();
            Path tei = EditionBuild.teiPath(outDir, work.name);
            var page = stages.renderSitePage(tei, work.tree, outDir, work.name, options.renderOptions());
            work.diagnostics.addAll(aboutInput(work, tei, page.diagnostics()));
            if (EditionInputs.kindOf(work.input) == EditionInputs.Kind.TEI && page.entry().isPresent()) {
                // From the tree validation made where there is one: the file is not read again.
                PageImages.Copied copied = work.tree == null ? images.copyFor(work.input)
                        : images.copyFor(work.input, work.tree);
                work.diagnostics.addAll(copied.warnings());
                shownImages.put(work.input, recorded(copied.shown()));
            }
            work.tree = null; // done with: a batch need not hold it
            work.siteEntry = page.entry();
            clock.add(Stage.HTML, System.nanoTime() - t);
        }
    }

    /** Tells the listener that {@code steps} more of a teiCorpus's documents' outputs are made. */
    private void madeInCorpus(Work work, int steps) {
        int total = work.split.files().size() * ((options.pdf() ? 1 : 0) + (options.html() ? 1 : 0));
        listener.corpusProgress(work.input, work.corpusStepsDone.addAndGet(steps), total);
    }

    /**
     * A teiCorpus's documents, written out into its folder ({@code OUT/<name>/tei/}) on first asking;
     * none, with the error said, when the corpus holds none or its folder's name is one the build
     * keeps for its own files.
     */
    private List<Path> corpusMembers(Work work) throws IOException {
        if (work.split == null) {
            if (EditionBuild.isReservedFolder(work.name)) {
                work.diagnostics.add(Diagnostic.error(work.input.toString(), 0, 0, "build.corpus-folder",
                        "the teiCorpus's documents would go into the folder '" + work.name + "', which the build "
                                + "keeps for its own files; rename the corpus file (its documents were not built)"));
                work.split = new CorpusMembers.Split(List.of(), List.of(), Map.of(), work.input.toString(), Map.of());
            } else {
                Path folder = EditionBuild.corpusFolder(outDir, work.name);
                var split = stages.corpusMembers().split(work.input, folder.resolve("tei"));
                work.diagnostics.addAll(split.diagnostics());
                work.split = split;
                memberHashes.put(work.input, new java.util.TreeMap<>(split.hashes()));
                work.unchangedMembers = unchangedMembers(work, folder, split.hashes());
            }
        }
        return work.split.files();
    }

    /**
     * The documents of a rebuilt teiCorpus whose TEI is as the last build wrote it (the corpus changed
     * elsewhere, or its schema did) and whose page and PDF are there: they need not be made again.
     */
    private java.util.Set<String> unchangedMembers(Work work, Path folder, Map<String, String> hashes) {
        if (work.before == null || !work.before.name().equals(work.name)) {
            return java.util.Set.of();
        }
        Map<String, String> last = work.before.memberHashesByName();
        java.util.Set<String> same = new java.util.HashSet<>();
        hashes.forEach((member, sha256) -> {
            if (sha256.equals(last.get(member))
                    && (!options.html() || Files.isRegularFile(folder.resolve(member + ".html")))
                    && (!options.pdf() || Files.isRegularFile(folder.resolve(member + ".pdf")))) {
                same.add(member);
            }
        });
        return same;
    }

    /** The entries of a rebuilt teiCorpus's unchanged documents, as its last build saved them, by name. */
    private static Map<String, String> keptEntries(Work work) {
        Map<String, String> kept = new java.util.HashMap<>();
        if (work.oldEntry != null && !work.unchangedMembers.isEmpty()) {
            String prefix = work.name + "/";
            for (String entry : SiteBuilder.splitEntries(work.oldEntry)) {
                String href = SiteBuilder.hrefOf(entry);
                if (href.startsWith(prefix) && href.endsWith(".html")) {
                    String member = href.substring(prefix.length(), href.length() - ".html".length());
                    if (work.unchangedMembers.contains(member)) {
                        kept.put(member, entry);
                    }
                }
            }
        }
        return kept;
    }

    /** The images a page shows as the build state records them, each with its stamp now that it is copied. */
    private List<BuildState.Image> recorded(List<PageImages.Shown> shown) {
        Path in = inDir.toAbsolutePath().normalize();
        Path out = outDir.toAbsolutePath().normalize();
        return shown.stream().map(image -> new BuildState.Image(in.relativize(image.source()).toString(),
                out.relativize(image.target()).toString(), InputStamp.describe(image.source()))).toList();
    }

    /**
     * Diagnostics of a TEI input's copy in {@code OUT/tei} (which the renderers read) as about the input
     * itself, the file its editor keeps and the validation names: the copy is the same bytes, so the
     * same lines and columns. A converted transcription's TEI is its own file and keeps its name.
     */
    private static List<Diagnostic> aboutInput(Work work, Path copy, List<Diagnostic> found) {
        if (EditionInputs.kindOf(work.input) != EditionInputs.Kind.TEI) {
            return found;
        }
        String copyName = copy.toString();
        String input = work.input.toString();
        return found.stream().map(d -> !d.file().equals(copyName) ? d
                : new Diagnostic(d.severity(), input, d.line(), d.column(), d.rule(), d.message(), d.xpath())).toList();
    }

    /** Saves the document's corpus entry, and notes whether the corpus pages need it written again. */
    private void finish(Work work) throws IOException {
        if (work.siteEntry.isPresent()) {
            BuildState.saveEntry(outDir, work.name, work.siteEntry.get());
        }
        if (work.oldEntry != null && work.siteEntry.isPresent()
                && SiteBuilder.pagesPart(work.oldEntry).equals(SiteBuilder.pagesPart(work.siteEntry.get()))) {
            pagesChanged.remove(work.name);
        }
        work.outcome = new DocumentOutcome(work.input, work.name, work.diagnostics, false, work.siteEntry,
                work.members());
    }

    /** The value of a task on another thread; its I/O failure or bug rethrown as such. */
    static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
