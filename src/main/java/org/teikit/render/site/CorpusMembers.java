package org.teikit.render.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.teikit.Diagnostic;
import org.teikit.io.AtomicFiles;
import org.teikit.io.Sha256;
import org.teikit.io.SourcePaths;
import org.teikit.render.CompiledStylesheet;
import org.teikit.render.ParsedTei;
import org.teikit.xml.SecureXml;

/**
 * The TEI documents of a teiCorpus file, written out as files of their own
 * ({@code xslt/html/corpus-members.xsl}), so that a site can give each its page: teikit renders one
 * document per page, and a corpus rendered as its first document would lose the others. Built once and
 * shared; thread-safe.
 */
public final class CorpusMembers {

    private static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");

    private final CompiledStylesheet members;

    /** The longest ending of a document's outputs' names ({@code <name>.html}). */
    private static final String LONGEST_SUFFIX = ".html";
    /** The outputs a render makes of a corpus's document beside its copy: removed with the copy. */
    private static final List<String> OUTPUT_EXTENSIONS = List.of(".html", ".pdf", ".fo");

    /** @param stylesheet corpus-members.xsl, compiled with the processor of the site's renderer */
    public CorpusMembers(CompiledStylesheet stylesheet) {
        this.members = stylesheet;
    }

    /**
     * Whether {@code file}'s root element is a TEI {@code teiCorpus} (read up to its start tag only);
     * false for anything else, and for a file that cannot be read or is not XML (its render says why).
     *
     * @param file a file
     * @return true for a teiCorpus
     */
    public static boolean isCorpus(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isCorpus(in);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@link #isCorpus(Path)} of a file's bytes already read.
     *
     * @param file the bytes of a file
     * @return true for a teiCorpus
     */
    public static boolean isCorpus(byte[] file) {
        return isCorpus(new java.io.ByteArrayInputStream(file));
    }

    private static boolean isCorpus(InputStream in) {
        try {
            XMLStreamReader reader = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return "teiCorpus".equals(reader.getLocalName()) && TEI_NS.equals(reader.getNamespaceURI());
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /**
     * A document's name, from the file {@link #split} wrote it to ({@code brief-a.xml} is {@code brief-a}).
     *
     * @param memberFile one of {@link Split#files()}
     * @return its name: its page is {@code <name>.html}
     */
    public static String name(Path memberFile) {
        String file = memberFile.getFileName().toString();
        return file.endsWith(".xml") ? file.substring(0, file.length() - ".xml".length()) : file;
    }

    /**
     * The documents written, in the corpus's order, and what was found wrong (a corpus that is not
     * well-formed, or holds no TEI).
     *
     * @param files       each document's file
     * @param diagnostics the problems, located in the corpus file
     * @param hashes      the SHA-256 of each document's file as written, by its {@link #name}: a build tells
     *                    the documents that are the same as last time without reading them back
     * @param corpus      the corpus file, as diagnostics name it
     * @param startLines  the line of the corpus file where each document starts, by its {@link #name}
     */
    public record Split(List<Path> files, List<Diagnostic> diagnostics, Map<String, String> hashes, String corpus,
                        Map<String, Integer> startLines) {
        public Split {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
            hashes = Map.copyOf(hashes);
            startLines = Map.copyOf(startLines);
        }

        /** Nothing written: a corpus that cannot be split. */
        Split(List<Path> files, List<Diagnostic> diagnostics) {
            this(files, diagnostics, Map.of(), "", Map.of());
        }

        /**
         * Problems a renderer found in a document's written-out copy (a page's, a PDF's) as about the
         * corpus file, the one its editor keeps and its validation names: at the line where the document
         * starts there, the document and the place in its copy said first in the message (the copy's
         * lines are not the corpus's). Other problems are kept as they are.
         *
         * @param found problems of this split's documents, naming their copies
         * @return the same problems, those of a copy about the corpus file
         */
        public List<Diagnostic> aboutCorpus(List<Diagnostic> found) {
            if (found.isEmpty() || files.isEmpty()) {
                return found;
            }
            // Looked up by folder and name, not in a table of every document's file: the build asks once
            // per document, and a corpus may hold thousands.
            Path folder = files.get(0).toAbsolutePath().normalize().getParent();
            return found.stream().map(d -> {
                String name = documentNamed(d.file(), folder);
                if (name == null) {
                    return d;
                }
                String place = d.line() > 0 ? d.file() + ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "") : d.file();
                return new Diagnostic(d.severity(), corpus, startLines.getOrDefault(name, 0), 0, d.rule(),
                        "in its document " + name + " (" + place + "): " + d.message(), d.xpath());
            }).toList();
        }

        /** The name of this split's document that {@code file} is, or null. */
        private String documentNamed(String file, Path folder) {
            Path path;
            try {
                path = Path.of(file).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return null; // a name that is no path: not one of the files
            }
            String name = path.getFileName() == null ? null : name(path);
            return name != null && folder.equals(path.getParent()) && startLines.containsKey(name) ? name : null;
        }
    }

    /**
     * Writes each TEI of {@code corpus} to {@code folder}, named after its {@code xml:id} (as a page
     * name: {@link SiteBuilder#pageName}), or after the corpus file and its place in it
     * ({@code letters-2.xml}, zero-padded to the count: {@code letters-02.xml} among ten or more) when it
     * has none or another document has that name.
     *
     * @param corpus the teiCorpus file
     * @param folder where the documents go (a site's {@code tei/})
     * @return the files written, and the problems found
     * @throws IOException when a document cannot be written
     */
    public Split split(Path corpus, Path folder) throws IOException {
        String label = corpus.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(corpus);
        } catch (NoSuchFileException e) {
            return new Split(List.of(), List.of(Diagnostic.error(label, 0, 0, "io.missing", "no such file")));
        }
        ParsedTei parsed = ParsedTei.parse(members.processor(), label, corpus.toAbsolutePath().toUri().toString(), bytes);
        if (!parsed.ok()) {
            return new Split(List.of(), parsed.diagnostics());
        }
        XdmNode tree = parsed.document().orElseThrow();
        // Each TEI of the corpus (teiCorpus//TEI not inside another), in document order, copied one at a
        // time into bytes (a tree of copies of them all took more memory: 38 MB of 60,000 letters split
        // in 240 MB of heap, not 256), written once all are made, so that a failure writes nothing.
        List<XdmNode> documents = tree.select(Steps.child(TEI_NS, "teiCorpus")).findFirst()
                .map(root -> root.select(Steps.descendant(TEI_NS, "TEI")
                        .where(tei -> !tei.select(Steps.ancestor(TEI_NS, "TEI")).exists())).asListOfNodes())
                .orElse(List.of());
        if (documents.isEmpty()) {
            return new Split(List.of(), List.of(Diagnostic.error(label, 0, 0, "render.empty-corpus",
                    "The teiCorpus holds no TEI document: there is nothing to render.")));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<byte[]> written = new ArrayList<>(documents.size());
        for (XdmNode document : documents) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            diagnostics.addAll(members.transform(label, document, Map.of(), serializer(out)));
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                return new Split(List.of(), diagnostics); // nothing written
            }
            written.add(out.toByteArray());
        }
        Files.createDirectories(folder);
        String corpusName = SiteBuilder.pageName(SourcePaths.baseName(corpus));
        int digits = String.valueOf(documents.size()).length();
        Set<String> used = new HashSet<>();
        List<Path> files = new ArrayList<>();
        Map<String, String> hashes = new java.util.HashMap<>();
        Map<String, Integer> startLines = new java.util.HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            String id = documents.get(i).getAttributeValue(XML_ID);
            String name = id == null || id.isBlank() ? null : SiteBuilder.pageName(id.strip());
            if (name != null && !AtomicFiles.nameFits(name + LONGEST_SUFFIX)) {
                // Named after its place instead, as a document without an id: the file system refuses it.
                diagnostics.add(Diagnostic.warning(label, 0, 0, "render.member-name", "The xml:id of the corpus's TEI "
                        + "document " + (i + 1) + " is too long for a file name (" + AtomicFiles.nameBytes(name + LONGEST_SUFFIX)
                        + " bytes with '" + LONGEST_SUFFIX + "', file systems allow " + AtomicFiles.MAX_NAME_BYTES
                        + "): its page is named after its place in the corpus."));
                name = null;
            }
            if (name == null || !used.add(SourcePaths.sameFileKey(name))) {
                String numbered = corpusName + "-" + String.format(Locale.ROOT, "%0" + digits + "d", i + 1);
                name = numbered;
                for (int n = 2; !used.add(SourcePaths.sameFileKey(name)); n++) {
                    name = numbered + "-" + n;
                }
            }
            Path file = folder.resolve(name + ".xml");
            byte[] document = written.set(i, null); // let it go once written
            AtomicFiles.write(file, document);
            files.add(file);
            hashes.put(name, Sha256.of(document));
            startLines.put(name, Math.max(documents.get(i).getLineNumber(), 0));
        }
        return new Split(files, diagnostics, hashes, label, startLines);
    }

    /**
     * Removes from a corpus's site the copies ({@code tei/<name>.xml}), pages ({@code <name>.html}),
     * PDFs and FO files of documents it no longer holds (written by an earlier render of the corpus), so
     * that the site is what a first render makes.
     *
     * @param site    the site's folder
     * @param written the copies this render wrote
     * @throws IOException when a file cannot be removed
     */
    public static void removeOthers(Path site, List<Path> written) throws IOException {
        Set<String> kept = new HashSet<>();
        written.forEach(file -> kept.add(SourcePaths.baseName(file)));
        List<String> stale;
        try (java.util.stream.Stream<Path> copies = Files.list(site.resolve("tei"))) {
            stale = copies.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml"))
                    .map(n -> n.substring(0, n.length() - ".xml".length())).filter(n -> !kept.contains(n)).toList();
        }
        removeGone(site, stale, kept);
    }

    /**
     * Removes the documents of a corpus's site that it no longer holds ({@link #removeDocument}), but not
     * one whose name changed in case only where the file system ignores case (an id gone from "dup" to
     * "Dup", on macOS): its old files are its new ones.
     *
     * @param site the site's folder
     * @param gone the names of the documents it no longer holds
     * @param kept the names of those it holds
     * @throws IOException when a file cannot be removed
     */
    public static void removeGone(Path site, java.util.Collection<String> gone, Set<String> kept) throws IOException {
        Map<String, String> keptByKey = new java.util.HashMap<>();
        kept.forEach(name -> keptByKey.put(SourcePaths.sameFileKey(name), name));
        for (String name : gone) {
            String same = keptByKey.get(SourcePaths.sameFileKey(name));
            if (same == null || !SourcePaths.oneFile(copy(site, name), copy(site, same))) {
                removeDocument(site, name);
            }
        }
    }

    private static Path copy(Path site, String name) {
        return site.resolve("tei").resolve(name + ".xml");
    }

    /**
     * Removes one document of a corpus from its site: its copy ({@code tei/<name>.xml}), page, PDF and FO
     * file, where they are.
     */
    private static void removeDocument(Path site, String name) throws IOException {
        for (String extension : OUTPUT_EXTENSIONS) {
            Files.deleteIfExists(site.resolve(name + extension));
        }
        Files.deleteIfExists(copy(site, name));
    }

    /** A document written as its copy: XML in UTF-8, as the stylesheet makes it. */
    private Serializer serializer(ByteArrayOutputStream out) {
        Serializer serializer = members.processor().newSerializer(out);
        serializer.setOutputProperty(Serializer.Property.METHOD, "xml");
        serializer.setOutputProperty(Serializer.Property.ENCODING, "UTF-8");
        return serializer;
    }

}
