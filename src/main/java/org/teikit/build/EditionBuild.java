package org.teikit.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.io.AtomicFiles;
import org.teikit.io.Sha256;
import org.teikit.io.SourcePaths;
import org.teikit.pipeline.Stages;
import org.teikit.render.site.CorpusMembers;
import org.teikit.render.site.SiteBuilder;

/**
 * Builds an edition from a folder: converts transcriptions, takes TEI files as they are, validates
 * every document, renders HTML and PDF, and writes the corpus pages. Documents are worked on in
 * parallel; one bad document is reported and never stops the others. With {@code incremental}, a
 * document whose input and teikit are unchanged since the last build into the same folder is skipped.
 *
 * <p>Output layout: {@code OUT/<name>.html}, {@code OUT/<name>.pdf}, {@code OUT/tei/<name>.xml} (the TEI),
 * {@code OUT/index.html}, {@code OUT/names.html} and the site's scripts and styles,
 * {@code OUT/reports/<name>.report.txt|json} for converted transcriptions.
 */
public final class EditionBuild {

    private final Teikit teikit;
    private final BuildOptions options;
    private final Duration checkpointEvery;

    /**
     * An edition build; it can be run any number of times.
     *
     * @param teikit  the library calls every stage goes through
     * @param options what to make and how
     */
    public EditionBuild(Teikit teikit, BuildOptions options) {
        this(teikit, options, Checkpoints.EVERY);
    }

    /** A build that saves a checkpoint of its state at most every {@code checkpointEvery} (tests). */
    EditionBuild(Teikit teikit, BuildOptions options, Duration checkpointEvery) {
        this.teikit = java.util.Objects.requireNonNull(teikit, "teikit");
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.checkpointEvery = checkpointEvery;
    }

    /** The same build, but full: a watch's build of an edition whose folder was deleted. */
    EditionBuild full() {
        return options.incremental() ? new EditionBuild(teikit, options.withIncremental(false), checkpointEvery) : this;
    }

    /** Whether the build writes the HTML pages, the front page ({@code index.html}) among them. */
    boolean makesHtml() {
        return options.html();
    }

    /** The same build, but incremental: a watch's rebuilds, after a first build that may be full. */
    EditionBuild incremental() {
        return options.incremental() ? this
                : new EditionBuild(teikit, options.withIncremental(true), checkpointEvery);
    }

    /**
     * Builds the edition from {@code inDir} into {@code outDir}.
     *
     * @param inDir    the folder of transcriptions ({@code .txt}, {@code .md}) and TEI files ({@code .xml})
     * @param outDir   the edition folder, outside {@code inDir}; created when missing
     * @param listener hears about each finished document
     * @return one outcome per document, the corpus diagnostics and timings
     * @throws IOException when a folder cannot be read or the build state cannot be written
     * @throws IllegalArgumentException when {@code outDir} is {@code inDir} or inside it, or {@code inDir} is
     *                                  inside a folder the build writes into ({@code outDir/tei}, say)
     * @throws OutputFolderInUseException when another build is writing into {@code outDir}
     */
    public BuildResult run(Path inDir, Path outDir, BuildListener listener) throws IOException {
        java.util.Objects.requireNonNull(inDir, "inDir");
        java.util.Objects.requireNonNull(outDir, "outDir");
        java.util.Objects.requireNonNull(listener, "listener");
        long start = System.nanoTime();
        checkFolders(inDir, outDir);
        // A first build into OUT scans its inputs here (the build uses this scan): with no edition of
        // earlier inputs to empty, nothing to build is an error, said before anything is written.
        EditionInputs.Scan scanned = Files.exists(outDir.resolve(BuildState.FILE)) ? null : EditionInputs.scan(inDir);
        if (scanned != null && scanned.inputs().isEmpty()) {
            List<Diagnostic> said = new ArrayList<>(folderNotes(scanned));
            said.add(0, Diagnostic.error(inDir.toString(), 0, 0, "io.no-inputs",
                    "The folder holds no transcriptions (.txt, .md) or TEI files (.xml) to build; nothing was written."));
            return new BuildResult(List.of(), said, Map.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        Files.createDirectories(outDir);
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            if (lock.lastRunCutShort()) {
                removeLeftovers(outDir);
            }
            return build(inDir, outDir, listener, start, scanned);
        }
    }

    /** The build, of the inputs {@code scanned} already, or (when null) found by a scan of {@code inDir}. */
    private BuildResult build(Path inDir, Path outDir, BuildListener listener, long start, EditionInputs.Scan scanned)
            throws IOException {
        // The last build's state is read on another thread while this one scans the input folder and
        // takes its files' stamps: both are a good part of a rebuild's time, and neither needs the other.
        java.util.concurrent.CompletableFuture<BuildState> lastBuild = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> lastBuild(outDir));
        EditionInputs.Scan scan = scanned != null ? scanned : EditionInputs.scan(inDir);
        List<Path> inputs = scan.inputs();
        List<Diagnostic> corpus = new ArrayList<>(folderNotes(scan));
        Map<Path, String> names = assignNames(inputs, corpus);
        Map<Path, InputStamp> stats = statAll(names.keySet());
        BuildState previous = DocumentSteps.await(lastBuild);
        String fingerprint = previous.fingerprint();
        StageClock clock = new StageClock();

        // Every input's content hash known first (read in parallel, or the last build's where the
        // input's stamp vouches for it), so that the stages a rebuild needs are known before the first
        // document is built, and compile side by side instead of one after the other. They start
        // compiling before the hashing when every document is built, or when an input's size or
        // modification time differs from the last build's (then it has most likely changed: the
        // compiling overlaps the hashing, which still decides what is rebuilt).
        boolean fullBuild = previous.documents().isEmpty() && !names.isEmpty();
        BuildState next = BuildState.empty(fingerprint, InputStamp.nowNanos());
        boolean prepared = fullBuild || names.entrySet().stream().anyMatch(e -> looksChanged(inDir, e.getKey(),
                e.getValue(), previous, stats.get(e.getKey())));
        if (prepared) {
            teikit.prepare(true, options.html(), options.pdf());
        }
        // A schema edited since a running validator compiled it (a watched build) is compiled again.
        SchemaDependencies schemas = new SchemaDependencies();
        Stages.of(teikit).forgetChangedSchemas(schemas::digest);
        Map<Path, String> hashes = hashAll(inDir, names.keySet(), stats, previous);
        Map<String, String> hashesByKey = new HashMap<>();
        hashes.forEach((input, sha256) -> hashesByKey.put(inDir.relativize(input).toString(), sha256));
        java.util.Set<String> untrustedCopies = ImageClashes.untrustedCopies(inDir, previous, hashesByKey);
        if (!prepared && names.entrySet().stream().anyMatch(e -> !isUpToDate(inDir, outDir, e.getKey(), e.getValue(),
                previous, hashes.get(e.getKey()), untrustedCopies, schemas))) {
            teikit.prepare(true, options.html(), options.pdf());
        }
        // Rebuilt documents whose entry changed in more than its searchable text (or that had none).
        java.util.Set<String> pagesChanged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Function<DocumentOutcome, String> keyOf = o -> inDir.relativize(o.input()).toString();
        // The images each rebuilt page shows, as copied this build.
        Map<Path, List<BuildState.Image>> images = new java.util.concurrent.ConcurrentHashMap<>();
        Function<DocumentOutcome, List<BuildState.Image>> imagesOf = o -> {
            BuildState.Entry before = previous.documents().get(keyOf.apply(o));
            return o.upToDate() && before != null ? before.images() : images.get(o.input());
        };
        // The hashes of the TEI of each rebuilt teiCorpus's documents.
        Map<Path, Map<String, String>> memberHashes = new java.util.concurrent.ConcurrentHashMap<>();
        Function<DocumentOutcome, BuildState.Entry> entryOf = o -> {
            String sha256 = hashes.get(o.input());
            BuildState.Entry before = previous.documents().get(keyOf.apply(o));
            Map<String, String> members = o.upToDate() && before != null ? before.memberHashes()
                    : memberHashes.get(o.input());
            InputStamp stat = sha256 == null ? null : stats.get(o.input());
            // An input that could not be read has no hash: its entry records none (and no stamp to vouch
            // for one), so the next build reads it again; its build.io error is in its diagnostics.
            return new BuildState.Entry(o.name(), sha256 == null ? UNREAD : sha256,
                    o.diagnostics(), stat == null ? null : stat.size(), stat == null ? null : stat.modifiedMillis(),
                    stat == null ? null : stat.encoded(), imagesOf.apply(o),
                    schemas.of(o.input(), o.upToDate(), before),
                    o.members().isEmpty() ? null : o.members(), o.members().isEmpty() ? null : members);
        };
        Checkpoints checkpoints = new Checkpoints(outDir, previous, keyOf, entryOf, checkpointEvery);
        DocumentSteps steps = new DocumentSteps(teikit, options, this, inDir, outDir, previous, hashes, untrustedCopies,
                pagesChanged, images, schemas, memberHashes, clock);
        List<DocumentOutcome> outcomes = ImageClashes.warn(inDir, checkpoints.whileBuilding(() -> steps.buildAll(
                names, checkpoints.around(listener))), imagesOf);
        for (DocumentOutcome outcome : outcomes) {
            next.documents().put(keyOf.apply(outcome), entryOf.apply(outcome));
        }
        // After a build cut short, the corpus pages may not show what its checkpoint recorded.
        boolean changed = outcomes.stream().anyMatch(o -> !o.upToDate()) || previous.isCheckpoint()
                || !previous.documents().keySet().equals(next.documents().keySet())
                || !Files.exists(outDir.resolve("index.html"));
        removeStaleOutputs(outDir, previous, next);
        if (options.html() && changed) {
            long t = System.nanoTime();
            if (pagesChanged.isEmpty() && !previous.isCheckpoint() && corpusPagesUnchanged(outDir, previous, next)
                    && noCorpus(previous) && noCorpus(next)
                    && outcomes.stream().allMatch(o -> o.upToDate() || o.siteEntry().isPresent())) {
                // Only searchable text changed (an edited paragraph): the index and names pages stay,
                // their stylesheet need not even be compiled, and only the search-index files holding
                // the rebuilt documents are written again, from the entries of the documents they hold.
                // (Every up-to-date document has its entry file: outputsExist asks for it.)
                List<DocumentOutcome> all = outcomes;
                java.util.Set<Integer> rebuilt = new java.util.HashSet<>();
                for (int i = 0; i < all.size(); i++) {
                    if (!all.get(i).upToDate()) {
                        rebuilt.add(i);
                    }
                }
                Stages.of(teikit).writeSiteSearchIndex(all.size(), rebuilt, i -> {
                    try {
                        return entryOf(outDir, all.get(i)).orElseThrow(() -> new IllegalStateException(
                                "the saved entry of " + all.get(i).name() + " is gone"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, outDir);
            } else {
                outcomes = withSavedEntries(outDir, outcomes);
                // A teiCorpus's entry holds those of its documents, each listed on its own.
                List<String> entries = outcomes.stream().flatMap(o -> o.siteEntry().stream()
                        .flatMap(entry -> o.members().isEmpty() ? java.util.stream.Stream.of(entry)
                                : SiteBuilder.splitEntries(entry).stream())).toList();
                corpus.addAll(Stages.of(teikit).writeSiteIndex(entries, outDir, options.renderOptions()));
            }
            clock.add(Stage.SITE, System.nanoTime() - t);
        }
        if (changed || prepared || !Files.exists(outDir.resolve(BuildState.FILE))) {
            // An unchanged state is not written again; one whose inputs were touched but not changed
            // is, so that the next build does not take them for changed again.
            next.save(outDir);
        }
        return new BuildResult(schemaProblemsOnce(outcomes), corpus, clock.toDurations(),
                Duration.ofNanos(System.nanoTime() - start), SchemaDependencies.files(next));
    }

    /**
     * The outcomes with a broken schema's own problems said with the first document naming it only (each
     * other document keeps its line saying it was not validated against it). The build's state keeps
     * every document's whole report, so that an up-to-date document still has them in a later build.
     */
    private static List<DocumentOutcome> schemaProblemsOnce(List<DocumentOutcome> outcomes) {
        return org.teikit.validate.SchemaProblemsOnce.inRun(outcomes, o -> o.input().toString(),
                DocumentOutcome::diagnostics, (o, kept) -> new DocumentOutcome(o.input(), o.name(), kept, o.upToDate(),
                        o.siteEntry(), o.members()));
    }

    /** The state the last build into {@code outDir} left, if it was made by this teikit with these options. */
    private BuildState lastBuild(Path outDir) {
        String fingerprint = Fingerprint.of(options, Stages.of(teikit).schemas());
        return options.incremental() ? BuildState.load(outDir, fingerprint) : BuildState.empty(fingerprint);
    }

    /**
     * Whether no input of a build state is a teiCorpus: the search index's files hold a fixed number of
     * documents each, counted in inputs only where every input is one document.
     */
    private static boolean noCorpus(BuildState state) {
        return state.documents().values().stream().allMatch(e -> e.members() == null);
    }

    /**
     * Whether the index and names pages written by the last build are still right, given that no
     * rebuilt document's entry changed but in its searchable text: the same documents, in the same order.
     */
    private static boolean corpusPagesUnchanged(Path outDir, BuildState previous, BuildState next) {
        return List.copyOf(previous.documents().keySet()).equals(List.copyOf(next.documents().keySet()))
                && Files.exists(outDir.resolve("index.html")) && Files.exists(outDir.resolve("names.html"));
    }

    /** A document's entry: the one just made, else the one the build that made it saved (if any). */
    private static java.util.Optional<String> entryOf(Path outDir, DocumentOutcome outcome) throws IOException {
        return outcome.upToDate() ? java.util.Optional.ofNullable(BuildState.loadEntry(outDir, outcome.name()))
                : outcome.siteEntry();
    }

    /** The outcomes, those of up-to-date documents with their entries as saved by the build that made them. */
    private static List<DocumentOutcome> withSavedEntries(Path outDir, List<DocumentOutcome> outcomes)
            throws IOException {
        List<DocumentOutcome> complete = new ArrayList<>(outcomes.size());
        for (DocumentOutcome o : outcomes) {
            complete.add(!o.upToDate() ? o : new DocumentOutcome(o.input(), o.name(), o.diagnostics(), true,
                    entryOf(outDir, o), o.members()));
        }
        return complete;
    }

    /**
     * Deletes the temporary files a build that was cut short left in the folders it writes (never taken
     * for outputs, they would otherwise stay for good). Safe: this build holds the folder, no other
     * writes into it.
     */
    private static void removeLeftovers(Path outDir) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(outDir, outDir.resolve("tei"), outDir.resolve("reports"),
                outDir.resolve(BuildState.ENTRIES)));
        // and the folders of teiCorpus inputs' documents (OUT/<name>/ and its tei/)
        try (java.util.stream.Stream<Path> files = Files.list(outDir)) {
            for (Path folder : files.filter(Files::isDirectory).filter(f -> !folders.contains(f)).toList()) {
                folders.add(folder);
                folders.add(folder.resolve("tei"));
            }
        }
        for (Path dir : folders) {
            if (Files.isDirectory(dir)) {
                try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(AtomicFiles::isLeftover).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    /** Refuses an output folder that is the input folder or inside it, where outputs would be read back as input. */
    private static void checkFolders(Path inDir, Path outDir) throws IOException {
        if (!Files.isDirectory(inDir)) {
            throw Files.exists(inDir) ? new java.nio.file.NotDirectoryException(inDir.toString())
                    : new java.nio.file.NoSuchFileException(inDir.toString());
        }
        Path in = inDir.toRealPath();
        Path out = outDir.toAbsolutePath().normalize();
        if (Files.exists(out)) {
            out = out.toRealPath();
        }
        if (out.startsWith(in)) {
            throw new IllegalArgumentException("the output folder " + outDir + " is inside the input folder "
                    + inDir + ": its files would be read back as input; choose a folder outside it");
        }
        // An input folder inside the output folder is fine, but not inside a folder the build writes
        // into: its TEI, reports and entries would land among the inputs (and a TEI input be replaced).
        for (String owned : List.of("tei", "reports", BuildState.ENTRIES)) {
            if (in.startsWith(out.resolve(owned))) {
                throw new IllegalArgumentException("the input folder " + inDir + " is inside " + out.resolve(owned)
                        + ", where the build writes its own files; keep the inputs in a folder of their own");
            }
        }
    }

    /** The longest suffix of a document's output names ({@code reports/<name>.report.json}). */
    private static final String LONGEST_SUFFIX = ".report.json";

    /** A line for each of a folder's notes that the scan found, saying it is not built, and why. */
    private static List<Diagnostic> folderNotes(EditionInputs.Scan scan) {
        return scan.folderNotes().stream().map(note -> Diagnostic.info(note.toString(), 0, 0, "build.folder-note",
                "taken for a note about its folder, not a document: not built (rename it to build it)")).toList();
    }

    /**
     * Each input's document name; a second input with the same name (case ignored, see
     * {@link SourcePaths#sameFileKey}), or a name too long for its
     * outputs, is an error, not an overwrite or a failure half-way.
     */
    private static Map<Path, String> assignNames(List<Path> inputs, List<Diagnostic> corpus) {
        Map<Path, String> names = new java.util.LinkedHashMap<>();
        Map<String, Path> taken = new HashMap<>();
        for (Path input : inputs) {
            String name = SiteBuilder.pageName(EditionInputs.nameOf(input));
            if (!AtomicFiles.nameFits(name + LONGEST_SUFFIX)) {
                // Refused before anything is written, as the command line refuses it, rather than
                // failing half-way with the file system's "File name too long".
                corpus.add(Diagnostic.error(input.toString(), 0, 0, "build.name-too-long",
                        "the document's outputs would be named " + name + LONGEST_SUFFIX + " ("
                                + AtomicFiles.nameBytes(name + LONGEST_SUFFIX)
                                + " bytes), longer than file systems allow (" + AtomicFiles.MAX_NAME_BYTES
                                + "); shorten the input's name (this one was not built)"));
                continue;
            }
            Path first = taken.putIfAbsent(SourcePaths.sameFileKey(name), input);
            if (first != null) {
                corpus.add(Diagnostic.error(input.toString(), 0, 0, "build.name-clash",
                        "another input, " + first + ", already makes the document '" + name
                                + "'; rename one of them (this one was not built)"));
            } else {
                names.put(input, name);
            }
        }
        return names;
    }

    /**
     * Whether the last build made this input's outputs from the same content under the same name, with
     * the same images and against the same schemas.
     */
    boolean isUpToDate(Path inDir, Path outDir, Path input, String name, BuildState previous, String sha256,
                       java.util.Set<String> untrustedCopies, SchemaDependencies schemas) {
        BuildState.Entry before = previous.documents().get(inDir.relativize(input).toString());
        return before != null && before.name().equals(name) && before.sha256().equals(sha256) && schemas.unchanged(before)
                && (outputsExist(outDir, name, before.memberNames()) || failedOnItsContent(before)) && imagesUnchanged(inDir, outDir, before)
                && (before.images() == null || before.images().stream().noneMatch(i -> untrustedCopies.contains(i.target())));
    }

    /**
     * Whether the last build could make nothing of the document for what it holds (a transcription that
     * does not convert, TEI that is not well-formed): the same bytes would fail the same way, so an
     * unchanged one is not tried again, and its recorded problems stand. A failure to read or write a
     * file ({@code build.io}) may pass: that document is tried again.
     */
    private static boolean failedOnItsContent(BuildState.Entry before) {
        return before.diagnostics().stream().anyMatch(Diagnostic::isError)
                && before.diagnostics().stream().noneMatch(d -> d.rule().equals("build.io"));
    }

    /**
     * Whether the images a document's page shows are as they were when last copied, and their copies
     * still there: an image replaced, added where one was missing, or removed rebuilds its document.
     * Compared by their stamps (size, times, inode), not read.
     */
    private static boolean imagesUnchanged(Path inDir, Path outDir, BuildState.Entry before) {
        if (before.images() == null) {
            return true;
        }
        for (BuildState.Image image : before.images()) {
            if (!java.util.Objects.equals(image.stamp(), InputStamp.describe(inDir.resolve(image.source())))
                    || image.stamp() != null && !Files.isRegularFile(outDir.resolve(image.target()))) {
                return false;
            }
        }
        return true;
    }

    /** The stamp of each input (taken before its hash); unreadable ones are left out. */
    private static Map<Path, InputStamp> statAll(java.util.Collection<Path> inputs) {
        Map<Path, InputStamp> stats = new HashMap<>();
        for (Path input : inputs) {
            try {
                stats.put(input, InputStamp.of(input));
            } catch (IOException e) {
                // its build reports it
            }
        }
        return stats;
    }

    /** Whether an input is new, renamed, or of another size or time than when it was last built. */
    private static boolean looksChanged(Path inDir, Path input, String name, BuildState previous,
                                        InputStamp stat) {
        BuildState.Entry before = previous.documents().get(inDir.relativize(input).toString());
        return before == null || !before.name().equals(name) || stat == null || before.size() == null
                || before.modified() == null || before.size() != stat.size()
                || before.modified() != stat.modifiedMillis();
    }

    /**
     * The content hashes of the inputs: the last build's where an input's stamp vouches that it is
     * unchanged since (see {@link InputStamp}), else read and hashed, in parallel. An unreadable input is
     * left out (its build reports it).
     */
    private static Map<Path, String> hashAll(Path inDir, java.util.Collection<Path> inputs,
                                             Map<Path, InputStamp> stamps, BuildState previous) {
        Map<Path, String> hashes = new java.util.concurrent.ConcurrentHashMap<>();
        inputs.parallelStream().forEach(input -> {
            BuildState.Entry before = previous.documents().get(inDir.relativize(input).toString());
            InputStamp stamp = stamps.get(input);
            if (before != null && stamp != null && stamp.vouchesFor(before.stamp(), previous.hashedAt())) {
                hashes.put(input, before.sha256());
                return;
            }
            try {
                hashes.put(input, Sha256.of(input));
            } catch (IOException e) {
                // buildOne hashes it again and turns the failure into the document's diagnostic
            }
        });
        return hashes;
    }

    /**
     * Whether a document the build made without errors lacks an output now: the edition folder, or files
     * in it, deleted while the build ran (a watch then builds again).
     */
    boolean lostOutputs(Path outDir, BuildResult result) {
        return result.documents().stream().anyMatch(d -> !d.hasErrors() && !outputsExist(outDir, d.name(), d.members()));
    }

    /** Whether a document's outputs are there: a teiCorpus's ({@code members}) are its documents' pages and PDFs. */
    private boolean outputsExist(Path outDir, String name, List<String> members) {
        if (!Files.exists(teiPath(outDir, name)) || options.html() && !Files.exists(BuildState.entryFile(outDir, name))) {
            return false;
        }
        Path folder = members.isEmpty() ? outDir : corpusFolder(outDir, name);
        for (String page : members.isEmpty() ? List.of(name) : members) {
            if (options.html() && !Files.exists(folder.resolve(page + ".html"))
                    || options.pdf() && !Files.exists(folder.resolve(page + ".pdf"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Outputs of inputs that are gone (or renamed) since the last build are removed, and copies of
     * images no page shows any more (with the folders that held only them).
     */
    private static void removeStaleOutputs(Path outDir, BuildState previous, BuildState next) throws IOException {
        java.util.Set<String> live = new java.util.HashSet<>();
        next.documents().values().forEach(e -> live.add(e.name()));
        java.util.Set<String> liveImages = new java.util.HashSet<>();
        next.documents().values().forEach(e -> copiedImages(e).forEach(liveImages::add));
        for (BuildState.Entry old : previous.documents().values()) {
            for (String image : (Iterable<String>) copiedImages(old)::iterator) {
                if (!liveImages.contains(image)) {
                    removeWithEmptyFolders(outDir, outDir.resolve(image));
                }
            }
        }
        Map<String, BuildState.Entry> nextByName = new HashMap<>();
        Map<String, String> liveByKey = new HashMap<>();
        next.documents().values().forEach(e -> {
            nextByName.put(e.name(), e);
            liveByKey.put(SourcePaths.sameFileKey(e.name()), e.name());
        });
        for (BuildState.Entry old : previous.documents().values()) {
            String successor = live.contains(old.name()) ? old.name()
                    : renamedInCaseOnly(outDir, old.name(), liveByKey.get(SourcePaths.sameFileKey(old.name())));
            if (successor == null) {
                for (Path output : documentOutputs(outDir, old.name())) {
                    Files.deleteIfExists(output);
                }
                Files.deleteIfExists(BuildState.entryFile(outDir, old.name()));
            }
            // a teiCorpus's documents it no longer holds (none, when it is gone, fails or is no corpus now)
            BuildState.Entry now = successor == null ? null : nextByName.get(successor);
            removeMemberOutputs(outDir, old, now == null ? java.util.Set.of() : java.util.Set.copyOf(now.memberNames()));
        }
    }

    /**
     * The live document whose outputs are the same files as those of a document gone since the last
     * build, where the file system ignores case ({@code memo.txt} renamed {@code Memo.txt} on macOS:
     * {@code memo.html} is the new {@code Memo.html}), or null; its outputs are then not removed as stale.
     */
    static String renamedInCaseOnly(Path outDir, String gone, String live) {
        if (live == null || live.equals(gone)) {
            return null;
        }
        List<Path> before = new ArrayList<>(documentOutputs(outDir, gone));
        List<Path> now = new ArrayList<>(documentOutputs(outDir, live));
        before.add(BuildState.entryFile(outDir, gone));
        now.add(BuildState.entryFile(outDir, live));
        for (int i = 0; i < before.size(); i++) {
            if (SourcePaths.oneFile(before.get(i), now.get(i))) {
                return live;
            }
        }
        return null;
    }

    /** Folders of the edition that the build keeps for its own files: no teiCorpus's documents go there. */
    private static final java.util.Set<String> RESERVED_FOLDERS = java.util.Set.of("tei", "reports", BuildState.ENTRIES);

    /**
     * Whether a teiCorpus's documents may not go into {@code OUT/<name>/}: a folder the build keeps for its
     * own files, in any case ({@code TEI} is {@code tei} on macOS and Windows).
     */
    static boolean isReservedFolder(String name) {
        return RESERVED_FOLDERS.contains(SourcePaths.sameFileKey(name));
    }

    /** The folder of a teiCorpus's documents in the edition: {@code OUT/<name>/}. */
    static Path corpusFolder(Path outDir, String name) {
        return outDir.resolve(name);
    }

    /**
     * Removes what a teiCorpus's last build wrote for its documents (their pages, PDFs and TEI) but those
     * of {@code kept}, then its folders if nothing else is left in them; nothing for an input that was one
     * document. The images copied beside the pages go as any page's (see {@link #removeStaleOutputs}).
     */
    private static void removeMemberOutputs(Path outDir, BuildState.Entry entry, java.util.Set<String> kept)
            throws IOException {
        if (entry.members() == null || isReservedFolder(entry.name())) {
            return;
        }
        Path folder = corpusFolder(outDir, entry.name());
        CorpusMembers.removeGone(folder, entry.members().stream().filter(member -> !kept.contains(member)).toList(), kept);
        for (Path emptied : List.of(folder.resolve("tei"), folder)) {
            try {
                Files.deleteIfExists(emptied);
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // another file is there (an image its pages show): the folder stays
            }
        }
    }

    /** The copies of images a document's page shows, relative to the output folder. */
    private static java.util.stream.Stream<String> copiedImages(BuildState.Entry entry) {
        return entry.images() == null ? java.util.stream.Stream.empty()
                : entry.images().stream().filter(i -> i.stamp() != null).map(BuildState.Image::target);
    }

    /** Removes a file, then the folders that held only it, up to (not including) {@code outDir}. */
    private static void removeWithEmptyFolders(Path outDir, Path file) throws IOException {
        Path top = outDir.toAbsolutePath().normalize();
        Path at = file.toAbsolutePath().normalize();
        try {
            if (!at.startsWith(top) || !Files.deleteIfExists(at)) {
                return;
            }
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            return; // a folder now stands where the copy was: not the build's to remove
        }
        for (Path folder = at.getParent(); folder != null && !folder.equals(top); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(folder);
        }
    }

    /** The files a document's build writes under its name: page, PDF, TEI and conversion reports. */
    static List<Path> documentOutputs(Path outDir, String name) {
        Path reports = outDir.resolve("reports");
        return List.of(outDir.resolve(name + ".html"), outDir.resolve(name + ".pdf"), teiPath(outDir, name),
                reports.resolve(name + ".report.txt"), reports.resolve(name + ".report.json"));
    }

    static Path teiPath(Path outDir, String name) {
        return outDir.resolve("tei").resolve(name + ".xml");
    }

    /** The hash recorded for an input that could not be read: no content hashes to it. */
    static final String UNREAD = "";

    static String hashOf(Path input) {
        try {
            return Sha256.of(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
