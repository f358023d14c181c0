package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.teikit.io.AtomicFiles;
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

    /** The addresses the store maps, each to the stored file's name. */
    public Map<String, String> entries() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.isRegularFile(catalog())) {
            return entries;
        }
        try (InputStream in = Files.newInputStream(catalog())) {
            XMLStreamReader reader = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && "uri".equals(reader.getLocalName())) {
                    entries.put(reader.getAttributeValue(null, "name"), reader.getAttributeValue(null, "uri"));
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
     * (replacing an earlier mapping of the same address). Returns the stored copy.
     */
    public Path add(Path file, String address) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No such file: " + file);
        }
        checkWellFormedIfXml(file);
        Files.createDirectories(folder);
        Map<String, String> entries = entries();
        String name = file.getFileName().toString();
        String stored = name;
        for (int n = 2; Files.exists(folder.resolve(stored)) && !sameContent(file, folder.resolve(stored))
                && !stored.equals(entries.get(address)); n++) {
            int dot = name.lastIndexOf('.');
            stored = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
        }
        Path target = folder.resolve(stored);
        Path temp = Files.createTempFile(folder, ".add-", ".tmp");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        entries.put(address, stored);
        writeCatalog(entries);
        return target;
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

    private void writeCatalog(Map<String, String> entries) throws IOException {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = SecureXml.xmlOutputFactory().createXMLStreamWriter(text);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeComment(" Written by 'teikit schemas add': addresses documents use, mapped to local copies. ");
            w.writeCharacters("\n");
            w.writeStartElement("catalog");
            w.writeDefaultNamespace(CATALOG_NS);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                w.writeCharacters("\n  ");
                w.writeEmptyElement("uri");
                w.writeAttribute("name", e.getKey());
                w.writeAttribute("uri", e.getValue());
                w.writeCharacters("\n  ");
                w.writeEmptyElement("system");
                w.writeAttribute("systemId", e.getKey());
                w.writeAttribute("uri", e.getValue());
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
