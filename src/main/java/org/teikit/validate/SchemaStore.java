package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.teikit.io.AtomicFiles;
import org.teikit.io.Sha256;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The user's own schema store: a folder of schema files with an OASIS catalog ({@code catalog.xml})
 * mapping the addresses documents use (for example TEI's tei_all.rng URL) to them, so that
 * {@code <?xml-model?>} instructions resolve offline. Default location: {@code $TEIKIT_SCHEMAS}, else
 * {@code $XDG_DATA_HOME/teikit/schemas}, else {@code ~/.local/share/teikit/schemas}.
 */
public final class SchemaStore {

    public static final String ENV = "TEIKIT_SCHEMAS";
    private static final String CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";
    /** teikit's own attributes in the catalog (which OASIS catalogs allow from other namespaces): a part's schema. */
    private static final String STORE_NS = "https://teikit.org/ns/schema-store";
    private static final String TEI_RELEASE = "http://www.tei-c.org/release/xml/tei/custom/schema/";

    private final Path folder;

    public SchemaStore(Path folder) {
        this.folder = folder;
    }

    /** The store's folder from the environment (see the class comment). */
    public static Path defaultLocation(Map<String, String> env) {
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("teikit").resolve("schemas");
    }

    public Path folder() {
        return folder;
    }

    public Path catalog() {
        return folder.resolve("catalog.xml");
    }

    /**
     * The address documents use for a well-known schema file, when its name says it: TEI's published
     * schemas ({@code tei_all.rng} → {@code http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng}).
     */
    public static Optional<String> knownAddress(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("tei_")) {
            return Optional.empty();
        }
        if (lower.endsWith(".rng") || lower.endsWith(".rnc")) {
            return Optional.of(TEI_RELEASE + "relaxng/" + fileName);
        }
        if (lower.endsWith(".xsd")) {
            return Optional.of(TEI_RELEASE + "xsd/" + fileName);
        }
        if (lower.endsWith(".dtd")) {
            return Optional.of(TEI_RELEASE + "dtd/" + fileName);
        }
        return Optional.empty();
    }

    /**
     * The address of one of TEI's published schemas named by its file name, with or without extension
     * ({@code tei_all}, {@code tei_all.rng}: RELAX NG unless the name says otherwise), as {@link #add}
     * maps it by {@link #knownAddress}: so that a schema given as {@code tei_all} finds the copy in the
     * store. Empty for any other name, and for a name with a folder.
     *
     * @param name a schema's name as a user gives it
     * @return its address, if it is one of TEI's
     */
    public static Optional<String> teiSchemaAddress(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        return knownAddress(name.contains(".") ? name : name + ".rng");
    }

    /** One catalog entry: the stored file (relative to the store) and, for a schema's part, that schema's address (else null). */
    private record Entry(String stored, String partOf) {
    }

    /** What {@link #add} did: the stored copy, the parts stored with it, and warnings about references it could not map. */
    public record Added(Path stored, List<Part> parts, List<String> warnings) {
    }

    /** A part stored with its schema, and the address the catalog maps to it (null when the schema's address is no URL to resolve against). */
    public record Part(Path stored, String address) {
    }

    /** The addresses the store maps, each to the stored file's name (a part's: under its schema's folder). */
    public Map<String, String> entries() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        readCatalog().forEach((address, entry) -> entries.put(address, entry.stored()));
        return entries;
    }

    /** The addresses of the parts that {@link #add} stored with their schema, each to that schema's address. */
    public Map<String, String> partsOf() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        readCatalog().forEach((address, entry) -> {
            if (entry.partOf() != null) {
                parts.put(address, entry.partOf());
            }
        });
        return parts;
    }

    /**
     * The parts stored with the schema the store maps at {@code address}: the other files of its folder,
     * each with the address the catalog maps to it (null for a schema whose address is no URL).
     */
    public List<Part> parts(String address) throws IOException {
        Map<String, Entry> catalog = readCatalog();
        Entry schema = catalog.get(address);
        if (schema == null || schema.partOf() != null || !schema.stored().contains("/")) {
            return List.of();
        }
        Map<String, String> addressOfStored = new LinkedHashMap<>();
        catalog.forEach((partAddress, e) -> {
            if (address.equals(e.partOf())) {
                addressOfStored.put(e.stored(), partAddress);
            }
        });
        Path schemaFolder = folder.resolve(schema.stored().substring(0, schema.stored().indexOf('/')));
        List<Part> parts = new ArrayList<>();
        if (!Files.isDirectory(schemaFolder)) {
            return parts;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(schemaFolder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                StringBuilder stored = new StringBuilder();
                folder.relativize(file).forEach(segment -> stored.append(stored.length() > 0 ? "/" : "").append(segment));
                if (!stored.toString().equals(schema.stored())) {
                    parts.add(new Part(file, addressOfStored.get(stored.toString())));
                }
            }
        }
        return parts;
    }

    private Map<String, Entry> readCatalog() throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(catalog())) {
            return entries;
        }
        try (InputStream in = Files.newInputStream(catalog())) {
            XMLStreamReader reader = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "uri".equals(reader.getLocalName())) {
                    entries.put(reader.getAttributeValue(null, "name"),
                            new Entry(reader.getAttributeValue(null, "uri"), reader.getAttributeValue(STORE_NS, "part-of")));
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            // StAX's message is "ParseError at [row,col]:[2,1]\nMessage: ...": the place goes in front, once.
            String why = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
            throw new IOException(catalog() + at + ": the schema store catalog is damaged: " + SchemaProblem.oneLine(why)
                    + " (add the schemas again with 'teikit schemas add' after removing it)", e);
        }
        return entries;
    }

    /**
     * Copies {@code file} into the store and maps {@code address} to it in the store's catalog
     * (replacing an earlier mapping of the same address, and the parts stored with it), with the parts
     * the schema refers to by relative references (see {@link SchemaParts}): each is stored beside the
     * copy where the reference finds it and mapped at the address the reference resolves to against
     * {@code address}. All or nothing: a part that does not exist fails the add before the store is
     * touched. References that are addresses are never fetched: those no catalog maps are warnings.
     */
    public Added add(Path file, String address) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No such file: " + file);
        }
        if (SchemaParts.Syntax.of(file) != SchemaParts.Syntax.XML) {
            checkWellFormedIfXml(file); // an ODD: SchemaParts reads the other XML forms, and refuses them when broken
        }
        SchemaParts.Found found = SchemaParts.find(file);
        Files.createDirectories(folder);
        Added added = alone(() -> {
            Map<String, Entry> catalog = readCatalog();
            Entry previous = catalog.get(address);
            catalog.values().removeIf(e -> address.equals(e.partOf())); // an earlier copy's parts go with it
            Added stored = found.parts().isEmpty()
                    ? new Added(storeAlone(file, address, previous, catalog), List.of(), List.of())
                    : storeWithParts(file.toAbsolutePath().normalize(), found.parts(), address, previous, catalog);
            writeCatalog(catalog);
            removeFolderNoLongerMapped(previous, catalog);
            return stored;
        });
        return new Added(added.stored(), added.parts(), unmappedAddresses(found.addresses()));
    }

    private interface StoreChange {
        Added run() throws IOException;
    }

    /** The monitor of each store in this JVM: a file lock belongs to the process, so it cannot keep two threads apart. */
    private static final Map<Path, Object> STORES_IN_USE = new ConcurrentHashMap<>();

    /**
     * Runs a change of the store while no other thread or process changes it: each change reads the
     * catalog, adds to it and writes it whole, so two adds at once (two terminals, two Maven builds)
     * lost one of the schemas. Processes take turns on a lock file in the store ({@code .lock}).
     */
    private Added alone(StoreChange change) throws IOException {
        Path store = folder.toRealPath();
        synchronized (STORES_IN_USE.computeIfAbsent(store, s -> new Object())) {
            try (FileChannel channel = FileChannel.open(store.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                return change.run();
            }
        }
    }

    /** A schema added again without the parts it had leaves its folder: removed once the catalog no longer names it. */
    private void removeFolderNoLongerMapped(Entry previous, Map<String, Entry> catalog) throws IOException {
        if (previous == null || !previous.stored().contains("/")) {
            return;
        }
        String schemaFolder = previous.stored().substring(0, previous.stored().indexOf('/'));
        if (catalog.values().stream().noneMatch(e -> e.stored().startsWith(schemaFolder + "/"))) {
            deleteTree(folder.resolve(schemaFolder));
        }
    }

    /** A schema of one file is stored under its own name at the top of the store (as before parts were carried). */
    private Path storeAlone(Path file, String address, Entry previous, Map<String, Entry> catalog) throws IOException {
        String name = file.getFileName().toString();
        String stored = name;
        for (int n = 2; Files.exists(folder.resolve(stored))
                && (Files.isDirectory(folder.resolve(stored)) || !sameContent(file, folder.resolve(stored)))
                && !(previous != null && stored.equals(previous.stored())); n++) {
            int dot = name.lastIndexOf('.');
            stored = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
        }
        Path target = folder.resolve(stored);
        Path temp = Files.createTempFile(folder, ".add-", ".tmp");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        catalog.put(address, new Entry(stored, null));
        return target;
    }

    /**
     * A schema with parts gets a folder of its own in the store, named after it ({@code my/} for
     * my.rng), holding it and its parts in the layout they have on disk from their common folder down:
     * the stored schema's relative references ({@code include "part.rnc"}, {@code ../common/x.xsd}) find
     * the stored parts, and two schemas whose parts share a name ({@code common.rnc}) do not overwrite
     * each other. The folder is built under a temporary name and moved into place whole; adding the
     * same address again replaces its folder.
     */
    private Added storeWithParts(Path main, List<Path> parts, String address, Entry previous, Map<String, Entry> catalog)
            throws IOException {
        Path root = main.getParent();
        for (Path part : parts) {
            while (!part.startsWith(root)) {
                root = root.getParent();
            }
        }
        String schemaFolder = previous != null && previous.stored().contains("/")
                ? previous.stored().substring(0, previous.stored().indexOf('/'))
                : freeName(main.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        Path temp = Files.createDirectory(hiddenName(".add-")); // not createTempDirectory: its rwx------ would stick
        try {
            for (Path source : concat(main, parts)) {
                Path copy = temp.resolve(root.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
            replaceFolder(temp, folder.resolve(schemaFolder));
        } catch (IOException e) {
            deleteTree(temp);
            throw e;
        }
        catalog.put(address, new Entry(storedName(schemaFolder, root, main), null));
        List<Part> stored = new ArrayList<>();
        for (Path part : parts) {
            String storedName = storedName(schemaFolder, root, part);
            String partAddress = partAddress(address, main, part);
            if (partAddress != null && !partAddress.equals(address)) {
                catalog.put(partAddress, new Entry(storedName, address));
            }
            stored.add(new Part(folder.resolve(storedName), partAddress));
        }
        return new Added(folder.resolve(storedName(schemaFolder, root, main)), List.copyOf(stored), List.of());
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The catalog's name for a stored file: relative to the store, with {@code /} whatever the system. */
    private static String storedName(String schemaFolder, Path root, Path file) {
        StringBuilder name = new StringBuilder(schemaFolder);
        root.relativize(file).forEach(segment -> name.append('/').append(segment));
        return name.toString();
    }

    /** {@code name}, or name-2, name-3...: the first that is not yet in the store. */
    private String freeName(String name) {
        String free = name.isEmpty() ? "schema" : name;
        for (int n = 2; Files.exists(folder.resolve(free)) || free.equals("catalog.xml"); n++) {
            free = name + "-" + n;
        }
        return free;
    }

    /**
     * The address of a part: its path relative to the main schema, resolved against the schema's
     * address (what a document's validator resolves the reference to); null when the address is no
     * hierarchical URL (a URN, say), which has nothing to resolve against.
     */
    static String partAddress(String address, Path main, Path part) {
        try {
            URI base = new URI(address);
            if (base.isOpaque() || !base.isAbsolute()) {
                return null;
            }
            StringBuilder relative = new StringBuilder();
            for (Path segment : main.getParent().relativize(part)) {
                if (relative.length() > 0) {
                    relative.append('/');
                }
                relative.append(new URI(null, null, segment.toString(), null).getRawPath().replace(":", "%3A"));
            }
            return base.resolve(new URI(relative.toString())).toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Moves the built folder {@code built} to {@code target}, replacing what was there once the new one is in place. */
    private void replaceFolder(Path built, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = hiddenName(".old-");
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** A name in the store no file has, for a folder being built or replaced. */
    private Path hiddenName(String prefix) {
        return folder.resolve(prefix + java.util.UUID.randomUUID());
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.walk(top)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The references that are addresses (never fetched) which neither the project catalog nor the store
     * maps, each as a warning in the words the validator would use for it later.
     */
    private List<String> unmappedAddresses(List<SchemaParts.Reference> addresses) throws IOException {
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<URI> catalogs = new ArrayList<>();
        catalogs.add(TeiValidator.projectCatalog());
        if (Files.isRegularFile(catalog())) {
            catalogs.add(catalog().toUri());
        }
        SchemaLocator locator = new SchemaLocator(catalogs);
        List<String> warnings = new ArrayList<>();
        for (SchemaParts.Reference ref : addresses) {
            String base = ref.from().toUri().toString();
            if (locator.locate(ref.href(), base).isEmpty()) {
                // in the words the validator uses for the schema's language (Xerces's resolver is not Jing's)
                warnings.add(ref.place() + ": warning: " + (SchemaParts.XSD.equals(ref.namespace())
                        ? "the XML Schema includes or imports " + ref.href() + XsdSchema.notOffline(ref.href())
                        : LocalResources.unavailable(ref.href(), base)));
            }
        }
        return warnings;
    }

    /** The schema languages written in XML: a file of theirs that is not well-formed XML is no schema. */
    private static final Set<String> XML_SCHEMA_SUFFIXES = Set.of(".rng", ".xsd", ".sch", ".odd");

    /**
     * Refuses a RELAX NG (XML syntax), XML Schema or Schematron file that is not well-formed XML (a
     * download that saved an error page, say), with its line and column, before it enters the store.
     * The schema is not compiled here: it may include files that are yet to be added.
     */
    private static void checkWellFormedIfXml(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (XML_SCHEMA_SUFFIXES.stream().noneMatch(name::endsWith)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            SecureXml.newXmlReader().parse(source);
        } catch (SAXParseException e) {
            throw new IOException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not added: the schema is not well-formed XML: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException(file + ": not added: the schema cannot be read as XML: " + e.getMessage(), e);
        }
    }

    private void writeCatalog(Map<String, Entry> entries) throws IOException {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = SecureXml.xmlOutputFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeComment(" Written by 'teikit schemas add': addresses documents use, mapped to local copies. ");
            w.writeCharacters("\n");
            w.writeStartElement("catalog");
            w.writeDefaultNamespace(CATALOG_NS);
            w.writeNamespace("teikit", STORE_NS);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeEmptyElement("uri");
                w.writeAttribute("name", e.getKey());
                w.writeAttribute("uri", e.getValue().stored());
                if (e.getValue().partOf() != null) {
                    w.writeAttribute("teikit", STORE_NS, "part-of", e.getValue().partOf());
                }
                // The stored file's content: a file added again with other content changes the catalog, which
                // every document that looks schemas up in the store depends on (its build validates it again,
                // a running validator compiles its schemas again), whether the file is a schema it names
                // or a part its schema includes by address.
                Path stored = folder.resolve(e.getValue().stored());
                if (Files.isRegularFile(stored)) {
                    w.writeAttribute("teikit", STORE_NS, "sha256", Sha256.of(stored));
                }
                w.writeCharacters("\n  ");
                w.writeEmptyElement("system");
                w.writeAttribute("systemId", e.getKey());
                w.writeAttribute("uri", e.getValue().stored());
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the schema store catalog", e);
        }
        AtomicFiles.writeString(catalog(), text.toString());
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
