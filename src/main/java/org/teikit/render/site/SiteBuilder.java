package org.teikit.render.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import javax.xml.transform.stream.StreamSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teikit.Diagnostic;
import org.teikit.Version;
import org.teikit.io.AtomicFiles;
import org.teikit.render.CompiledStylesheet;
import org.teikit.render.ParsedTei;
import org.teikit.render.html.HtmlOptions;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.io.SourcePaths;

/**
 * Builds the static corpus site from TEI files: one page per document ({@code <name>.html}, its TEI
 * copied to {@code tei/<name>.xml} and linked), {@code index.html} with the documents sortable by
 * date and title, their summaries and facets (year, document type, original language, archive),
 * {@code names.html} (people, places, organisations tagged in the TEI) and a client-side full-text
 * search ({@code search-index.js} written at build time, {@code site.js}). A page links to
 * {@code <name>.pdf} when that file is already in the output folder (render PDFs first).
 *
 * <p>Build once and reuse: safe to share; the page stylesheets are compiled in the constructor, the
 * corpus pages' stylesheet on first use.
 */
public final class SiteBuilder {

    private static final String NS = "https://teikit.org/ns/xslt";
    private static final List<String> SITE_ASSETS = List.of("site.js");

    private final HtmlRenderer renderer;
    private final CompiledStylesheet entryStylesheet;
    /** The corpus pages' stylesheet, compiled when first needed: a rebuild may need only the pages. */
    private final java.util.concurrent.atomic.AtomicReference<CompiledStylesheet> siteStylesheet;
    /** The language of the pages' fixed words (the stylesheets' $labels). */
    private final String labels;

    /**
     * Between an entry's XML (what the corpus pages need) and its search records (JSON). The XML part
     * cannot hold it (a '<' in text is escaped), nor can the JSON part (a newline in a string is).
     */
    private static final String SEARCH_SEPARATOR = "\n<!-- search -->\n";

    /**
     * Between the entries of several documents kept as one (the documents of a teiCorpus in a build):
     * neither part of an entry can hold it, for the reasons above.
     */
    private static final String ENTRY_SEPARATOR = "\n<!-- next document -->\n";

    /**
     * Documents per search-index file: an edited document rewrites the records of this many, not of
     * the whole site (5,000 documents made 47 MB of records; 100 documents ~1 MB, 50 files, which the
     * index page loads in order).
     */
    public static final int SEARCH_FILE_DOCUMENTS = 100;
    private static final java.util.regex.Pattern EXTRA_SEARCH_FILE = java.util.regex.Pattern.compile("search-index-([0-9]+)\\.js");

    /** Jackson's factory is thread-safe and costly to make: one for all entries. */
    private static final JsonFactory JSON = new JsonFactory();

    public SiteBuilder() {
        this(new HtmlRenderer());
    }

    /** Shares an existing renderer (the facade builds one for render and build alike). */
    public SiteBuilder(HtmlRenderer renderer) {
        this(renderer, CompiledStylesheet.fromClasspath(renderer.processor(), "teikit/xslt/html/site-entry.xsl"),
                new java.util.concurrent.atomic.AtomicReference<>(), "en");
    }

    private SiteBuilder(HtmlRenderer renderer, CompiledStylesheet entryStylesheet,
                        java.util.concurrent.atomic.AtomicReference<CompiledStylesheet> siteStylesheet, String labels) {
        this.renderer = renderer;
        this.entryStylesheet = entryStylesheet;
        this.siteStylesheet = siteStylesheet;
        this.labels = labels;
    }

    /**
     * This builder with the pages' fixed words in another language; it shares the compiled stylesheets.
     *
     * @param newLabels en, de, fr, es or ru (another gives English); null is English
     * @return a builder for those labels
     */
    public SiteBuilder withLabels(String newLabels) {
        String chosen = org.teikit.RenderOptions.labelsLanguage(newLabels);
        return chosen.equals(labels) ? this : new SiteBuilder(renderer, entryStylesheet, siteStylesheet, chosen);
    }

    /**
     * Writes the site for {@code teiFiles} into {@code outDir}. A file that cannot be read or rendered
     * is reported and left out; the others are built.
     *
     * @return the diagnostics of all documents
     */
    public List<Diagnostic> build(List<Path> teiFiles, Path outDir) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        Set<String> usedNames = new HashSet<>();
        for (Path tei : teiFiles) {
            Page page = page(tei, outDir, uniqueName(tei, usedNames));
            diagnostics.addAll(page.diagnostics());
            page.entry().ifPresent(entries::add);
        }
        diagnostics.addAll(writeIndex(entries, outDir));
        return diagnostics;
    }

    /**
     * One document's page in a site, and its entry for the corpus pages.
     *
     * @param diagnostics what rendering the page reported
     * @param entry       the document's index entry, absent when the page could not be made; opaque (its
     *                    XML for the index pages, then its search records as JSON), to be cached as it is
     */
    public record Page(List<Diagnostic> diagnostics, Optional<String> entry) {
        public Page {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Renders one document as {@code outDir/<name>.html}, with its TEI at {@code outDir/tei/<name>.xml},
     * and returns its index entry. Pages of different documents can be made in parallel; the corpus
     * pages are written afterwards from the entries by {@link #writeIndex}.
     */
    public Page page(Path tei, Path outDir, String name) {
        return page(tei, null, outDir, name);
    }

    /**
     * {@link #page(Path, Path, String)} of a document already parsed: {@code parsed} is the tree of the
     * file {@code tei} (with line numbers, from one of teikit's Saxon processors), or null to parse it.
     */
    public Page page(Path tei, XdmNode parsed, Path outDir, String name) {
        return page(tei, parsed, outDir, "", name);
    }

    /**
     * {@link #page(Path, XdmNode, Path, String)} of a document whose page is in a folder of the site
     * ({@code outDir/<folder>/<name>.html}, its TEI at {@code outDir/<folder>/tei/<name>.xml}), linking
     * the site's index and styles one folder up: the documents of a teiCorpus in a build.
     *
     * @param folder a folder name (no separator), or "" for the site's own folder
     */
    public Page page(Path tei, XdmNode parsed, Path outDir, String folder, String name) {
        return page(tei, parsed, outDir, folder, name, true);
    }

    /**
     * {@link #page(Path, XdmNode, Path, String, String)}, its page linking the site's index or not (pages
     * published without the corpus pages).
     */
    public Page page(Path tei, XdmNode parsed, Path outDir, String folder, String name, boolean linkIndex) {
        if (folder.contains("/") || folder.contains(java.io.File.separator) || folder.equals("..")) {
            throw new IllegalArgumentException("not a folder name: " + folder);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Optional<XdmNode> entry = buildPage(tei, parsed, outDir, folder, name, linkIndex, diagnostics);
            return new Page(diagnostics, entry.map(this::entryString));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the page of " + tei + " into " + outDir, e);
        }
    }

    /** Writes the corpus pages (index, names, search index) and the shared assets from page entries. */
    public List<Diagnostic> writeIndex(List<String> entries, Path outDir) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            List<XdmNode> nodes = parseEntries(entries);
            writeSitePages(nodes, outDir, diagnostics);
            HtmlRenderer.writeAssets(outDir);
            for (String name : SITE_ASSETS) {
                AtomicFiles.write(outDir.resolve(name), HtmlRenderer.asset(name));
            }
            writeSearchIndex(entries, outDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the site into " + outDir, e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("a page entry written by teikit is not XML", e);
        }
        return diagnostics;
    }

    /**
     * The part of a page entry that the index and names pages are made from (all but its search
     * records): two lists of entries equal in these parts give the same corpus pages.
     */
    public static String pagesPart(String entry) {
        if (entry.contains(ENTRY_SEPARATOR)) {
            StringBuilder pages = new StringBuilder();
            for (String one : splitEntries(entry)) {
                pages.append(pagesPart(one)).append(ENTRY_SEPARATOR);
            }
            return pages.toString();
        }
        int split = entry.indexOf(SEARCH_SEPARATOR);
        return split < 0 ? entry : entry.substring(0, split);
    }

    /**
     * Several documents' entries kept as one, in their order ({@link #splitEntries} gives them back).
     *
     * @param entries entries of {@link Page}
     * @return them as one string
     */
    public static String joinEntries(List<String> entries) {
        return String.join(ENTRY_SEPARATOR, entries);
    }

    /**
     * The entries of {@link #joinEntries}; an entry of one document gives itself.
     *
     * @param joined entries joined, or one entry
     * @return the entries
     */
    public static List<String> splitEntries(String joined) {
        return List.of(joined.split(java.util.regex.Pattern.quote(ENTRY_SEPARATOR), -1));
    }

    /**
     * The page an entry lists, as its {@code href} says ({@code letters/brief-a.html}); "" when it says none.
     *
     * @param entry an entry of {@link Page}
     * @return its page, relative to the site's folder
     */
    public static String hrefOf(String entry) {
        int at = entry.indexOf(" href=\"");
        if (at < 0) {
            return "";
        }
        int from = at + " href=\"".length();
        int to = entry.indexOf('"', from);
        return to < 0 ? "" : entry.substring(from, to);
    }

    /**
     * The entries as elements, parsed in one go: one parse per entry asked for a new XML reader each
     * time, which cost more than the corpus pages themselves.
     */
    private List<XdmNode> parseEntries(List<String> entries) throws SaxonApiException {
        StringBuilder all = new StringBuilder("<entries>");
        for (String entry : entries) {
            int split = entry.indexOf(SEARCH_SEPARATOR);
            all.append(entry, 0, split < 0 ? entry.length() : split);
        }
        all.append("</entries>");
        XdmNode doc = renderer.processor().newDocumentBuilder().build(new StreamSource(new StringReader(all.toString())));
        XdmNode root = doc.children().iterator().next();
        List<XdmNode> nodes = new ArrayList<>(entries.size());
        for (XdmNode entry : root.children("entry")) {
            nodes.add(entry);
        }
        if (nodes.size() != entries.size()) {
            throw new IllegalStateException("page entries written by teikit are not single entry elements");
        }
        return nodes;
    }

    private Optional<XdmNode> buildPage(Path tei, XdmNode parsed, Path siteDir, String folder, String name,
                                        boolean linkIndex, List<Diagnostic> diagnostics) throws IOException {
        Path outDir = folder.isEmpty() ? siteDir : siteDir.resolve(folder);
        String up = folder.isEmpty() ? "" : "../";
        Files.createDirectories(outDir);
        String label = tei.toString();
        String teiHref = "tei/" + name + ".xml";
        Path teiCopy = outDir.resolve(teiHref);
        boolean copy;
        byte[] bytes = null;
        try {
            copy = !Files.exists(teiCopy) || !Files.isSameFile(teiCopy, tei);
            if (parsed == null || copy) {
                bytes = Files.readAllBytes(tei);
            }
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error(label, 0, 0, "io.missing", "no such file"));
            return Optional.empty();
        }
        XdmNode document = parsed;
        if (document == null) {
            ParsedTei parse = ParsedTei.parse(renderer.processor(), label, tei.toAbsolutePath().toUri().toString(), bytes);
            diagnostics.addAll(parse.diagnostics());
            if (!parse.ok()) {
                return Optional.empty();
            }
            document = parse.document().orElseThrow();
        }
        HtmlOptions options = HtmlOptions.defaults().withTeiHref(teiHref).withAssetBase(up).withLabels(labels);
        if (linkIndex) {
            options = options.withIndexHref(up + "index.html");
        }
        if (Files.isRegularFile(outDir.resolve(name + ".pdf"))) {
            options = options.withPdfHref(name + ".pdf");
        }
        HtmlRenderer.Result page = renderer.renderDocument(label, document, options);
        diagnostics.addAll(page.diagnostics());
        if (page.html() == null) {
            return Optional.empty();
        }
        XdmDestination entry = new XdmDestination();
        List<Diagnostic> entryDiagnostics = entryStylesheet.transform(label, document,
                Map.of(new QName("href"), new XdmAtomicValue(up.isEmpty() ? name + ".html" : folder + "/" + name + ".html"),
                        new QName("labels"), new XdmAtomicValue(labels)), entry);
        diagnostics.addAll(entryDiagnostics);
        if (entryDiagnostics.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        AtomicFiles.write(outDir.resolve(name + ".html"), page.html());
        if (copy) {
            AtomicFiles.write(teiCopy, bytes);
        }
        return Optional.of(entry.getXdmNode().children().iterator().next());
    }

    private CompiledStylesheet siteStylesheet() {
        CompiledStylesheet compiled = siteStylesheet.get();
        if (compiled == null) {
            synchronized (siteStylesheet) {
                compiled = siteStylesheet.get();
                if (compiled == null) {
                    compiled = CompiledStylesheet.fromClasspath(renderer.processor(), "teikit/xslt/html/site.xsl");
                    siteStylesheet.set(compiled);
                }
            }
        }
        return compiled;
    }

    private void writeSitePages(List<XdmNode> entries, Path outDir, List<Diagnostic> diagnostics) throws IOException {
        CompiledStylesheet siteStylesheet = siteStylesheet();
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(new QName("entries"), new XdmValue(entries));
        params.put(new QName("teikit-version"), new XdmAtomicValue(Version.get()));
        params.put(new QName("labels"), new XdmAtomicValue(labels));
        List<XdmAtomicValue> scripts = new ArrayList<>();
        for (int file = 0; file < searchFileCount(entries.size()); file++) {
            scripts.add(new XdmAtomicValue(searchFileName(file)));
        }
        params.put(new QName("search-scripts"), new XdmValue(scripts));
        for (String page : List.of("index", "names")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<Diagnostic> found = siteStylesheet.callTemplate(page + ".html", new QName(NS, page), params,
                    siteStylesheet.processor().newSerializer(out));
            diagnostics.addAll(found);
            if (found.stream().noneMatch(Diagnostic::isError)) {
                AtomicFiles.write(outDir.resolve(page + ".html"), out.toByteArray());
            }
        }
    }

    /**
     * The record as the build caches it: the entry (all the index pages read), then the passages as
     * search records, already JSON, so that the corpus pages of a large edition are written without
     * parsing its whole text again.
     */
    private String entryString(XdmNode record) {
        try {
            XdmNode entry = record.children("entry").iterator().next();
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(json)) {
                String href = entry.attribute("href");
                String date = entry.attribute("date");
                g.writeStartArray();
                for (XdmNode passage : record.children("passage")) {
                    String anchor = passage.attribute("anchor");
                    g.writeStartObject();
                    g.writeStringField("href", anchor == null || anchor.isEmpty() ? href : href + "#" + anchor);
                    g.writeStringField("title", passage.attribute("title"));
                    g.writeStringField("date", date == null ? "" : date);
                    g.writeStringField("text", passage.getStringValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            String array = json.toString(StandardCharsets.UTF_8);
            // The records without the array's brackets: the index joins the records of all entries.
            return entry + SEARCH_SEPARATOR + array.substring(1, array.length() - 1);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the index entry", e);
        }
    }

    /**
     * Rewrites only the search-index files holding the documents at {@code changed} (positions in the
     * site's order): for a rebuild in which those documents' searchable text alone changed, the site's
     * documents and their order staying the same, so that one edited document does not rewrite the
     * search records of all the others.
     *
     * @param documents how many documents the site has
     * @param entryAt   the entry of the document at a position; asked only for the files rewritten
     */
    public void rewriteSearchIndex(int documents, Set<Integer> changed, IntFunction<String> entryAt, Path outDir) {
        try {
            Files.createDirectories(outDir);
            HtmlRenderer.writeAssets(outDir);
            Set<Integer> files = new java.util.TreeSet<>();
            changed.forEach(position -> files.add(position / SEARCH_FILE_DOCUMENTS));
            for (int file : files) {
                writeSearchFile(file, documents, entryAt, outDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the search index into " + outDir, e);
        }
    }

    /**
     * The search index: the passages as JavaScript (pages opened from disk cannot fetch JSON), in files
     * of {@link #SEARCH_FILE_DOCUMENTS} documents each, loaded in order by the index page; files left by
     * a larger site before are removed.
     */
    private static void writeSearchIndex(List<String> entries, Path outDir) throws IOException {
        int files = searchFileCount(entries.size());
        for (int file = 0; file < files; file++) {
            writeSearchFile(file, entries.size(), entries::get, outDir);
        }
        try (java.util.stream.Stream<Path> listing = Files.list(outDir)) {
            for (Path old : listing.toList()) {
                var m = EXTRA_SEARCH_FILE.matcher(old.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) > files) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    /** Search-index file number {@code file}: the records of its documents, of the site's {@code documents}. */
    private static void writeSearchFile(int file, int documents, IntFunction<String> entryAt, Path outDir)
            throws IOException {
        // The records are JSON already (see entryString): joined straight into one buffer.
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        script.write(("/* Written by teikit at build time: passages of the site for search. */\n"
                + "window.teikitSearchIndex = (window.teikitSearchIndex || []).concat([").getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (int i = file * SEARCH_FILE_DOCUMENTS; i < Math.min(documents, (file + 1) * SEARCH_FILE_DOCUMENTS); i++) {
            String entry = entryAt.apply(i);
            int split = entry.indexOf(SEARCH_SEPARATOR);
            String records = split < 0 ? "" : entry.substring(split + SEARCH_SEPARATOR.length());
            if (!records.isEmpty()) {
                if (!first) {
                    script.write(',');
                }
                first = false;
                script.write(records.getBytes(StandardCharsets.UTF_8));
            }
        }
        script.write("]);\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(outDir.resolve(searchFileName(file)), script.toByteArray());
    }

    /**
     * The corpus pages and scripts {@link #writeIndex} writes for {@code documents} documents, besides
     * the assets every page shares: what a caller that removes stale outputs must know are the site's.
     *
     * @param documents the number of page entries
     * @return file names relative to the output folder
     */
    public static List<String> corpusFiles(int documents) {
        List<String> files = new ArrayList<>(List.of("index.html", "names.html"));
        files.addAll(SITE_ASSETS);
        for (int file = 0; file < searchFileCount(documents); file++) {
            files.add(searchFileName(file));
        }
        return List.copyOf(files);
    }

    /** How many search-index files a site of {@code documents} documents has (at least one). */
    static int searchFileCount(int documents) {
        return Math.max(1, (documents + SEARCH_FILE_DOCUMENTS - 1) / SEARCH_FILE_DOCUMENTS);
    }

    /** search-index.js, then search-index-2.js, search-index-3.js ... */
    static String searchFileName(int file) {
        return file == 0 ? "search-index.js" : "search-index-" + (file + 1) + ".js";
    }

    /** Runs of characters a page name does not keep. */
    private static final java.util.regex.Pattern NOT_IN_PAGE_NAMES = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}._-]+");

    /**
     * Names a page may not have, in any case: the site's own pages, and the device names Windows reserves
     * whatever the extension ({@code con.html} cannot be made or copied there).
     */
    private static final Set<String> RESERVED_PAGE_NAMES = Set.of("index", "names", "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /**
     * The name of a document's page (and of its other outputs) made from its file's base name in its
     * composed form (NFC: macOS writes names decomposed, "cafe" and a combining accent, and the two
     * spellings are one name): letters with their marks, digits, '.', '_' and '-' kept, other runs of
     * characters one '-', leading dots one '-' (a page named {@code .x.html} would be hidden, and left out
     * by web servers and GitHub Pages), and never the name of one of the site's own pages ({@code index},
     * {@code names}) or of a Windows device ({@code con}), in any case, nor empty.
     */
    public static String pageName(String baseName) {
        String composed = java.text.Normalizer.normalize(baseName, java.text.Normalizer.Form.NFC);
        String name = LEADING_DOTS.matcher(NOT_IN_PAGE_NAMES.matcher(composed).replaceAll("-")).replaceFirst("-");
        return name.isEmpty() || RESERVED_PAGE_NAMES.contains(SourcePaths.sameFileKey(name)) ? "doc-" + name : name;
    }

    private static final java.util.regex.Pattern LEADING_DOTS = java.util.regex.Pattern.compile("^\\.+");

    /** The output name of a TEI file: its name without extension, made unique within the site. */
    private static String uniqueName(Path tei, Set<String> used) {
        String file = tei.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = pageName(dot > 0 ? file.substring(0, dot) : file);
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
