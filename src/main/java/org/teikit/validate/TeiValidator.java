package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import net.sf.saxon.s9api.XdmNode;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;
import org.teikit.io.NamedFolder;

/**
 * Validates TEI documents against RELAX NG (XML and compact syntax), W3C XML Schema, DTD and ISO
 * Schematron, offline. Which schemas: those given to the builder; otherwise those the document
 * names in {@code <?xml-model?>} instructions; otherwise teikit's own (teikit.rng and the editorial
 * Schematron). Schema names are resolved through the project catalog, the user's schema store and
 * the file system, never the network.
 *
 * <p>Built once with {@link #builder()}, immutable and safe to share between threads: each schema is
 * compiled once, on first use, and reused by every thread; each validation uses fresh validators.
 * Problems in documents are returned as {@link Diagnostic}s in a {@link ValidationReport}; every
 * problem of a document is collected in one pass.
 */
public final class TeiValidator {

    /** teikit's own schema identifiers (mapped to files in the jar by {@code teikit/schemas/catalog.xml}). */
    public static final String PROJECT_RNG = "https://teikit.org/schema/1/teikit.rng";
    public static final String PROJECT_SCHEMATRON = "https://teikit.org/schema/1/teikit-editorial.sch";
    public static final String PROJECT_CATALOG = "/teikit/schemas/catalog.xml";
    /** How long Schematron rules may run on one document unless the builder says otherwise. */
    public static final Duration DEFAULT_SCHEMATRON_TIME_LIMIT = Duration.ofMinutes(5);
    /** The rule of the note on a document that names no schema and fails teikit's own. */
    public static final String DEFAULT_SCHEMA_RULE = "validate.default-schema";

    /**
     * Said of a document that names no schema when teikit's own refuses it: a TEI edition encoded by
     * hand (a FRUS volume, say) gets thousands of errors from teikit's subset, such as "remove @xml:id"
     * on a pb, that are not errors in TEI, and should be told why.
     */
    private static final String DEFAULT_SCHEMA_NOTE = "No <?xml-model?> names a schema for this document, so it was"
            + " checked against teikit's own (the TEI that teikit writes, stricter than TEI itself: some of what it"
            + " refuses may be valid TEI). To check it against TEI, add TEI's schema once (teikit schemas add"
            + " tei_all.rng) and name it in an <?xml-model?> at the top of the document, or validate with --schema tei_all.";

    private final List<SchemaRequest> explicit;
    private final boolean useDefaults;
    private final boolean useXmlModel;
    private final int threads;
    private final Duration schematronTimeLimit;
    private final Path schemaStore;
    /** The catalogs schema names resolve through: teikit's and the store's, as the store's was when last read. */
    private volatile Catalogs catalogs;
    private final ConcurrentMap<String, Compiled> cache = new ConcurrentHashMap<>();
    private final AtomicLong compileNanos = new AtomicLong();
    private volatile SchematronCompiler schematron;

    private TeiValidator(Builder b) {
        this.explicit = List.copyOf(b.explicit);
        this.useDefaults = b.useDefaults;
        this.useXmlModel = b.useXmlModel;
        this.threads = b.threads;
        this.schematronTimeLimit = b.schematronTimeLimit;
        this.schemaStore = b.schemaStore;
        this.catalogs = Catalogs.read(schemaStore);
    }

    /**
     * teikit's catalog and the schema store's, read: the locator of schema names, and why the store's
     * could not be used (or null). Read again when the store's catalog changed (a schema added while a
     * watched build runs): the locator remembers what it looked up.
     */
    private record Catalogs(SchemaLocator locator, String damagedStore, String storeDigest) {

        static Catalogs read(Path schemaStore) {
            List<URI> catalogs = new ArrayList<>();
            catalogs.add(projectCatalog());
            SchemaStore store = new SchemaStore(schemaStore);
            Path userCatalog = store.catalog();
            String damaged = null;
            if (Files.isRegularFile(userCatalog)) {
                // A catalog that is not XML would be skipped by the resolver with a raw parser line on
                // stderr, and every schema it maps called "not available": it is read here first.
                try {
                    store.entries();
                    catalogs.add(userCatalog.toUri());
                } catch (IOException e) {
                    damaged = e.getMessage();
                }
            }
            return new Catalogs(new SchemaLocator(catalogs), damaged, SchemaFiles.digest(storeCatalog(schemaStore)));
        }
    }

    private static URI storeCatalog(Path schemaStore) {
        return new SchemaStore(schemaStore).catalog().toAbsolutePath().normalize().toUri();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The user schema store this validator consults. */
    public Path schemaStore() {
        return schemaStore;
    }

    /** Time spent compiling schemas so far (summed over threads). */
    public Duration schemaCompileTime() {
        return Duration.ofNanos(compileNanos.get());
    }

    /** Validates one file. A missing or unreadable file is a report with one error, not an exception. */
    public ValidationReport validate(Path file) {
        return validateKeepingTree(file).report();
    }

    /**
     * A validation, and the tree of the document the validation built (for a Schematron schema) when
     * it built one: the document as parsed once, with line numbers, for a renderer of the same file
     * (trees of teikit's Saxon processors are interchangeable) instead of a second parse.
     *
     * @param report      the validation report
     * @param tree        the document's tree; empty when no schema built one, or the document was not read
     * @param schemaFiles the files on disk the verdict depends on, as {@code file:} URIs: each schema
     *                    the document was validated against (or named, when it is not there), and the
     *                    schema store's catalog when it was asked; teikit's own schemas, in its jar, are
     *                    not among them (see {@link SchemaFiles})
     */
    public record Validated(ValidationReport report, Optional<XdmNode> tree, List<URI> schemaFiles) {

        public Validated {
            schemaFiles = List.copyOf(schemaFiles);
        }

        /** A validation that depends on no schema file (the document could not be read or parsed). */
        public Validated(ValidationReport report, Optional<XdmNode> tree) {
            this(report, tree, List.of());
        }
    }

    /**
     * Validates one file as {@link #validate(Path)} does, and keeps the tree the validation built. The
     * tree holds the whole document in memory: for documents that are rendered next.
     */
    public Validated validateKeepingTree(Path file) {
        String name = file.toString();
        // The file is parsed as a stream, never held whole: here it is only opened to tell a missing
        // or unreadable file from a document with problems.
        try (InputStream in = Files.newInputStream(file)) {
            in.read();
        } catch (NoSuchFileException e) {
            return withoutTree(new ValidationReport(name, List.of(Diagnostic.error(name, 0, 0, "io.missing", "No such file."))));
        } catch (IOException e) {
            return withoutTree(new ValidationReport(name, List.of(Diagnostic.error(name, 0, 0, "io.read",
                    "Cannot read the file: " + e.getMessage()))));
        }
        return validate(SourceDocument.ofFile(file.toAbsolutePath().normalize().toUri().toString(), name, file));
    }

    private static Validated withoutTree(ValidationReport report) {
        return new Validated(report, Optional.empty());
    }

    /**
     * Validates a document held in memory. {@code systemId} names it in diagnostics and is the base
     * for relative schema names in its {@code <?xml-model?>} instructions (a path or a URI).
     */
    public ValidationReport validate(String systemId, byte[] content) {
        Objects.requireNonNull(content, "content");
        URI base = SchemaLocator.absolute(systemId, null);
        return validate(new SourceDocument(base == null ? systemId : base.toString(), systemId, content)).report();
    }

    /**
     * Validates files and folders (every {@code .xml} file below a folder) in parallel, and returns one
     * report per file, in the order given, a folder's files sorted by name. A folder without any
     * {@code .xml} file gets a report of its own with an error, as a missing file does. A schema with
     * errors that several documents name has its problems reported once, with the first of them; each
     * document has its line saying it was not validated against that schema ({@link SchemaProblemsOnce}).
     */
    public List<ValidationReport> validateAll(Collection<Path> filesOrFolders) {
        return SchemaProblemsOnce.inRun(validateEach(filesOrFolders));
    }

    private List<ValidationReport> validateEach(Collection<Path> filesOrFolders) {
        List<Supplier<ValidationReport>> tasks = new ArrayList<>();
        for (Path p : filesOrFolders) {
            List<Path> files = expand(List.of(p));
            if (files.isEmpty()) {
                String name = p.toString();
                ValidationReport empty = new ValidationReport(name, List.of(Diagnostic.error(name, 0, 0,
                        "io.no-documents", "The folder holds no .xml files to validate.")));
                tasks.add(() -> empty);
            }
            files.forEach(f -> tasks.add(() -> validate(f)));
        }
        if (tasks.size() <= 1 || threads <= 1) {
            return tasks.stream().map(Supplier::get).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread t = new Thread(r, "teikit-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ValidationReport>> futures = new ArrayList<>();
            for (Supplier<ValidationReport> task : tasks) {
                futures.add(pool.submit(task::get));
            }
            List<ValidationReport> reports = new ArrayList<>();
            for (Future<ValidationReport> f : futures) {
                reports.add(f.get());
            }
            return reports;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Validation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Validation failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The files a list of files and folders stands for: folders give their .xml files, recursively, sorted
     * (a folder named by a symbolic link to it too: see {@link NamedFolder}).
     */
    public static List<Path> expand(Collection<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = NamedFolder.of(p).walk()) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".xml"))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private Validated validate(SourceDocument document) {
        Set<URI> schemaFiles = new LinkedHashSet<>();
        boolean[] byDefault = {false};
        DocumentParse.Result parsed = DocumentParse.run(document, models -> {
            List<SchemaRequest> requests = requestsFor(models);
            byDefault[0] = requests.stream().anyMatch(r -> "default".equals(r.origin()));
            return checks(requests, document, schemaFiles);
        });
        if (parsed.notWellFormed() != null) {
            return withoutTree(new ValidationReport(document.displayName(), List.of(parsed.notWellFormed())));
        }
        List<Diagnostic> out = new ArrayList<>();
        for (CompiledSchema.Check check : parsed.checks()) {
            check.finish().finish(out);
        }
        if (byDefault[0] && out.stream().anyMatch(d -> d.isError() && d.rule().startsWith("rng."))) {
            out.add(Diagnostic.info(document.displayName(), 1, 1, DEFAULT_SCHEMA_RULE, DEFAULT_SCHEMA_NOTE));
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        Optional<XdmNode> tree = parsed.checks().stream()
                .filter(check -> check.tree() != null).findFirst().flatMap(check -> Optional.ofNullable(check.tree().get()));
        return new Validated(new ValidationReport(document.displayName(), out), tree, List.copyOf(schemaFiles));
    }

    /**
     * One check per schema requested, in order; a schema that cannot be had reports why instead. The
     * files the checks depend on go into {@code schemaFiles}.
     */
    private List<CompiledSchema.Check> checks(List<SchemaRequest> requests, SourceDocument document, Set<URI> schemaFiles) {
        List<CompiledSchema.Check> checks = new ArrayList<>();
        for (SchemaRequest request : requests) {
            List<Diagnostic> problems = new ArrayList<>();
            // Located once for both: the catalogs may be read again between two reads of the field.
            Catalogs catalogs = this.catalogs;
            URI location = catalogs.locator().locate(request.href(), request.base()).orElse(null);
            dependencies(request, location, schemaFiles);
            Optional<CompiledSchema> schema = compiled(request, location, catalogs, document, problems);
            checks.add(schema.isPresent() ? schema.get().begin(document) : CompiledSchema.Check.afterParse(out -> out.addAll(problems)));
        }
        return checks;
    }

    private List<SchemaRequest> requestsFor(List<SchemaRequest> xmlModels) {
        if (!explicit.isEmpty()) {
            return explicit;
        }
        if (useXmlModel && !xmlModels.isEmpty()) {
            return xmlModels;
        }
        if (useDefaults) {
            return List.of(new SchemaRequest(PROJECT_RNG, null, SchemaLanguage.RELAX_NG, "default", 0),
                    new SchemaRequest(PROJECT_SCHEMATRON, null, SchemaLanguage.SCHEMATRON, "default", 0));
        }
        return List.of();
    }

    /**
     * The files on disk a request's verdict depends on: the schema file it finds (or would find, when
     * it is not there yet), and the store's catalog, which may map the name elsewhere tomorrow. None
     * for teikit's own schemas, in the jar.
     */
    private void dependencies(SchemaRequest request, URI location, Set<URI> schemaFiles) {
        if (location != null && isTeikitsOwn(location)) {
            return;
        }
        URI named = location != null ? location : SchemaLocator.absolute(request.href(), request.base());
        if (named != null && "file".equals(named.getScheme())) {
            schemaFiles.add(named);
        }
        schemaFiles.add(storeCatalog(schemaStore));
    }

    /** The folder of teikit's own schemas: in its jar, or in its classes folder when run from a build tree. */
    private static final String OWN_SCHEMAS = projectCatalog().toString().substring(0, projectCatalog().toString().lastIndexOf('/') + 1);

    /** Whether {@code location} is one of teikit's own schemas (or in a jar): teikit's fingerprint covers those. */
    private static boolean isTeikitsOwn(URI location) {
        return "jar".equals(location.getScheme()) || location.toString().startsWith(OWN_SCHEMAS);
    }

    /**
     * Forgets the compiled schemas whose files ({@link SchemaFiles#digest}) changed since they were
     * compiled, so that the next validation compiles them again: for a validator that lives on while
     * its user edits a schema (a watched build, a Maven daemon). teikit's own schemas are kept. When the
     * schema store's catalog changed, every schema is looked up again.
     */
    public void forgetChangedSchemas() {
        forgetChangedSchemas(SchemaFiles::digest);
    }

    /**
     * {@link #forgetChangedSchemas()} with the digests a caller has taken already (a build takes them
     * for its documents' schemas): each schema file is read once.
     *
     * @param digestOf the {@link SchemaFiles#digest} of a schema file, as the caller has it
     */
    public void forgetChangedSchemas(Function<URI, String> digestOf) {
        if (!catalogs.storeDigest().equals(digestOf.apply(storeCatalog(schemaStore)))) {
            // the store maps names to other files now: every schema is looked up and compiled afresh
            catalogs = Catalogs.read(schemaStore);
            cache.clear();
            return;
        }
        for (Map.Entry<String, Compiled> e : cache.entrySet()) {
            if (e.getValue().changedOnDisk(digestOf)) {
                cache.remove(e.getKey(), e.getValue());
            }
        }
    }

    /** The compiled schema at {@code location} (null: not found, which is said in {@code out}). */
    private Optional<CompiledSchema> compiled(SchemaRequest request, URI location, Catalogs catalogs,
                                              SourceDocument document, List<Diagnostic> out) {
        if (location == null) {
            String store = catalogs.damagedStore() == null ? "" : " (and the schema store was not read: " + catalogs.damagedStore() + ")";
            out.add(Diagnostic.error(document.displayName(), request.line(), 0, "schema.unavailable", unavailable(request) + store));
            return Optional.empty();
        }
        String phase = request.language() == SchemaLanguage.SCHEMATRON || request.language() == SchemaLanguage.EMBEDDED_SCHEMATRON
                ? request.phase() : null;
        Compiled compiled = cache.computeIfAbsent(request.language() + " " + location + (phase == null ? "" : " phase " + phase),
                k -> new Compiled(request.language(), location, phase));
        return compiled.get(this, document, request.line(), out);
    }

    private static String unavailable(SchemaRequest request) {
        URI absolute = SchemaLocator.absolute(request.href(), request.base());
        String where = "xml-model".equals(request.origin()) ? " named in <?xml-model?>" : "";
        if (absolute != null && !SchemaLocator.isLocal(absolute)) {
            return "The " + request.language().label() + " schema " + absolute + where
                    + " is not available offline, and teikit never downloads schemas. Add a local copy once with: teikit schemas add FILE --as "
                    + absolute;
        }
        return "The " + request.language().label() + " schema " + (absolute == null ? request.href() : absolute) + where
                + " does not exist.";
    }

    private SchematronCompiler schematron() {
        SchematronCompiler s = schematron;
        if (s == null) {
            synchronized (this) {
                if (schematron == null) {
                    schematron = new SchematronCompiler();
                }
                s = schematron;
            }
        }
        return s;
    }

    /** One schema, compiled at most once, by the first thread that needs it; a failure is kept too. */
    private static final class Compiled {
        private final SchemaLanguage language;
        private final URI location;
        private final String phase;
        private CompiledSchema schema;
        private String failure;
        private List<Diagnostic> failureInSchema = List.of();

        /** The schema's {@link SchemaFiles#digest} before it was compiled; null for teikit's own, in the jar. */
        private String digest;

        Compiled(SchemaLanguage language, URI location, String phase) {
            this.language = language;
            this.location = location;
            this.phase = phase;
        }

        synchronized boolean changedOnDisk(Function<URI, String> digestOf) {
            return digest != null && !digest.equals(digestOf.apply(location));
        }

        /** The schema, or empty with its problems added to {@code out}: on the document (at {@code line}, its xml-model), and in the schema. */
        synchronized Optional<CompiledSchema> get(TeiValidator owner, SourceDocument document, int line, List<Diagnostic> out) {
            if (schema == null && failure == null) {
                long start = System.nanoTime();
                try {
                    if (!isTeikitsOwn(location)) {
                        digest = SchemaFiles.digest(location);
                    }
                    schema = switch (language) {
                        case RELAX_NG -> RelaxNgSchema.compile(location, false, owner.catalogs.locator());
                        case RELAX_NG_COMPACT -> RelaxNgSchema.compile(location, true, owner.catalogs.locator());
                        case XSD -> XsdSchema.compile(location, owner.catalogs.locator());
                        case DTD -> DtdSchema.compile(location, owner.catalogs.locator());
                        case SCHEMATRON -> SchematronSchema.compile(owner.schematron(), location, false, phase, owner.schematronTimeLimit);
                        case EMBEDDED_SCHEMATRON -> SchematronSchema.compile(owner.schematron(), location, true, phase, owner.schematronTimeLimit);
                    };
                } catch (SchemaException e) {
                    failure = e.getMessage();
                    failureInSchema = e.inSchema();
                } finally {
                    owner.compileNanos.addAndGet(System.nanoTime() - start);
                }
            }
            if (failure != null) {
                out.add(Diagnostic.error(document.displayName(), line, 0, SchemaProblem.RULE, notValidated(failure)));
                out.addAll(failureInSchema);
                return Optional.empty();
            }
            return Optional.of(schema);
        }
    }

    /** The document's line: the schema's failure, and that the document was not checked against it (so it fails). */
    private static String notValidated(String failure) {
        return failure.replaceFirst("[.;]\\s*$", "") + "; the document was not validated against it.";
    }

    static URI projectCatalog() {
        URL url = TeiValidator.class.getResource(PROJECT_CATALOG);
        if (url == null) {
            throw new IllegalStateException("teikit's schema catalog is missing from the classpath: " + PROJECT_CATALOG);
        }
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Options for a {@link TeiValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private final List<SchemaRequest> explicit = new ArrayList<>();
        private boolean useDefaults = true;
        private boolean useXmlModel = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration schematronTimeLimit = DEFAULT_SCHEMATRON_TIME_LIMIT;
        private Path schemaStore = SchemaStore.defaultLocation(System.getenv());

        private Builder() {
        }

        /**
         * Validates every document against this schema (a path, a file or jar URL, or an identifier in a
         * catalog), instead of the schemas the document names. Repeatable. The language is taken from
         * the extension: .rng, .rnc, .xsd, .dtd, .sch/.isosch.
         */
        public Builder schema(String location) {
            String named = teiSchemaByName(location);
            return schema(named, SchemaLanguage.fromLocation(named));
        }

        /**
         * One of TEI's published schemas given by its name ({@code tei_all}) as its address, which the
         * store maps once the schema is added ({@link SchemaStore#teiSchemaAddress}); a file of that name
         * in the working folder, and any other location, as given.
         */
        private static String teiSchemaByName(String location) {
            try {
                if (Files.exists(Path.of(location))) {
                    return location;
                }
            } catch (java.nio.file.InvalidPathException e) {
                return location;
            }
            return SchemaStore.teiSchemaAddress(location).orElse(location);
        }

        /** As {@link #schema(String)}, in the given language (EMBEDDED_SCHEMATRON for the rules inside an RNG). */
        public Builder schema(String location, SchemaLanguage language) {
            explicit.add(new SchemaRequest(location, null, language, "option", 0));
            return this;
        }

        public Builder schema(Path file) {
            return schema(file.toAbsolutePath().normalize().toString());
        }

        /** The user schema store (folder with catalog.xml); default $TEIKIT_SCHEMAS or ~/.local/share/teikit/schemas. */
        public Builder schemaStore(Path folder) {
            this.schemaStore = Objects.requireNonNull(folder);
            return this;
        }

        /** Whether documents naming no schema are validated against teikit's own schemas (default true). */
        public Builder defaultSchemas(boolean use) {
            this.useDefaults = use;
            return this;
        }

        /** Whether {@code <?xml-model?>} instructions choose the schemas (default true). */
        public Builder xmlModel(boolean use) {
            this.useXmlModel = use;
            return this;
        }

        /** Threads for {@link #validateAll}; default: the number of processors. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /**
         * How long the Schematron rules may take on one document before they are stopped and reported
         * ({@code schematron.time-limit}) instead of hanging the validation; default 5 minutes.
         */
        public Builder schematronTimeLimit(Duration limit) {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("the Schematron time limit must be positive");
            }
            this.schematronTimeLimit = limit;
            return this;
        }

        public TeiValidator build() {
            return new TeiValidator(this);
        }
    }
}
