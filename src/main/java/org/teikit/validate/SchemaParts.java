package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.teikit.xml.SecureXml;

/**
 * The files a schema is made of: the parts it refers to by relative references, found recursively
 * (parts of parts), each once (a cycle ends where it began). References with a scheme (an address on
 * the web) are collected apart: teikit never fetches them. What counts as a reference:
 * <ul>
 * <li>XML forms (RELAX NG, XML Schema, Schematron and the XSLT it includes), by namespace, whatever the
 * file's name: RELAX NG {@code include}/{@code externalRef} @href; XSD {@code include}/{@code import}/
 * {@code redefine}/{@code override} @schemaLocation; Schematron {@code include}/{@code extends} @href;
 * XSLT {@code include}/{@code import} @href. Read with StAX, DTDs and external entities off.</li>
 * <li>RELAX NG compact syntax: see {@link #compactReferences}.</li>
 * </ul>
 */
final class SchemaParts {

    /** How a file is written, which says how its references are found. */
    enum Syntax {
        XML, COMPACT, NONE;

        /** The main schema's syntax, from its name (a DTD's or ODD's parts are not followed). */
        static Syntax of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".rnc")) {
                return COMPACT;
            }
            return name.endsWith(".rng") || name.endsWith(".xsd") || name.endsWith(".sch") ? XML : NONE;
        }
    }

    /** One reference as written in {@code from}, at {@code line} (0: unknown), by an element of {@code namespace} (null: compact syntax). */
    record Reference(Path from, int line, String href, String namespace) {
        String place() {
            return from + (line > 0 ? ":" + line : "");
        }
    }

    /** The parts (absolute, normalized, in the order found; not the main schema) and the references that are addresses. */
    record Found(List<Path> parts, List<Reference> addresses) {
    }

    private static final String RNG = "http://relaxng.org/ns/structure/1.0";
    static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String XSLT = "http://www.w3.org/1999/XSL/Transform";
    private static final Set<String> SCHEMATRON = Set.of("http://purl.oclc.org/dsdl/schematron", "http://www.ascc.net/xml/schematron");

    /** The referring attribute of each referring element, by namespace and local name. */
    private static final Map<String, Map<String, String>> REFERRING = Map.of(
            RNG, Map.of("include", "href", "externalRef", "href"),
            XSD, Map.of("include", "schemaLocation", "import", "schemaLocation", "redefine", "schemaLocation", "override", "schemaLocation"),
            XSLT, Map.of("include", "href", "import", "href"));
    private static final Map<String, String> SCHEMATRON_REFERRING = Map.of("include", "href", "extends", "href");

    private SchemaParts() {
    }

    /**
     * The parts of {@code schema}. A relative reference to a file that does not exist fails, naming the
     * referring file, the reference's line and the missing file.
     */
    static Found find(Path schema) throws IOException {
        Path main = schema.toAbsolutePath().normalize();
        Set<Path> seen = new LinkedHashSet<>();
        seen.add(main);
        List<Reference> addresses = new ArrayList<>();
        Deque<Path> files = new ArrayDeque<>();
        Deque<Syntax> syntaxes = new ArrayDeque<>();
        files.add(main);
        syntaxes.add(Syntax.of(main));
        while (!files.isEmpty()) {
            Path file = files.remove();
            Syntax syntax = syntaxes.remove();
            for (Reference ref : references(file, syntax)) {
                if (isAddress(ref.href())) {
                    addresses.add(ref);
                    continue;
                }
                Path part = relativePart(ref);
                if (part == null) {
                    continue; // an absolute local path: it is found where it is, nothing to carry along
                }
                if (!Files.isRegularFile(part)) {
                    throw new IOException(ref.place() + ": not added: the schema refers to " + ref.href()
                            + ", which does not exist (" + part + "); a schema's parts go beside it");
                }
                if (seen.add(part)) {
                    files.add(part);
                    syntaxes.add(syntax); // compact syntax includes compact syntax; XML forms refer to XML
                }
            }
        }
        seen.remove(main);
        return new Found(List.copyOf(seen), List.copyOf(addresses));
    }

    /** A reference with a scheme (https:, urn:, ...), other than a local file: one. */
    private static boolean isAddress(String href) {
        try {
            URI uri = new URI(href.trim());
            return uri.isAbsolute() && !"file".equalsIgnoreCase(uri.getScheme()) && uri.getScheme().length() > 1;
        } catch (URISyntaxException e) {
            return false; // not a URI (a space in a file name, say): a path
        }
    }

    /** The file a relative reference names (its fragment dropped), or null for an absolute path or file: URI. */
    private static Path relativePart(Reference ref) {
        String href = ref.href().trim();
        int hash = href.indexOf('#');
        if (hash >= 0) {
            href = href.substring(0, hash);
        }
        if (href.isEmpty() || href.startsWith("/") || href.startsWith("\\") || href.matches("(?i)[a-z]:[\\\\/].*|file:.*")) {
            return null;
        }
        String path;
        try {
            path = new URI(href).getPath(); // %20 and the like decoded
        } catch (URISyntaxException e) {
            path = href; // not a URI: a plain path
        }
        return ref.from().getParent().resolve(path).normalize();
    }

    private static List<Reference> references(Path file, Syntax syntax) throws IOException {
        return switch (syntax) {
            case XML -> xmlReferences(file);
            case COMPACT -> compactReferences(file, compactText(file));
            case NONE -> List.of();
        };
    }

    private static String compactText(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not added: the compact syntax schema is not UTF-8 text", e);
        }
    }

    private static List<Reference> xmlReferences(Path file) throws IOException {
        List<Reference> refs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = SecureXml.xmlInputFactory().createXMLStreamReader(file.toUri().toString(), in);
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String ns = reader.getNamespaceURI();
                Map<String, String> referring = SCHEMATRON.contains(ns) ? SCHEMATRON_REFERRING : REFERRING.get(ns);
                String attribute = referring == null ? null : referring.get(reader.getLocalName());
                String href = attribute == null ? null : reader.getAttributeValue(null, attribute);
                if (href != null && !href.isBlank()) {
                    refs.add(new Reference(file, reader.getLocation().getLineNumber(), href, ns));
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            String why = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNumber() + ":" + e.getLocation().getColumnNumber();
            throw new IOException(file + at + ": not added: the schema is not well-formed XML: " + SchemaProblem.oneLine(why), e);
        }
        return refs;
    }

    /**
     * The {@code include "..."} and {@code external "..."} of a RELAX NG compact syntax schema. Not a
     * parser: a scan that skips comments ({@code #} and {@code ##} to the end of the line) and string
     * literals ({@code "..."}, {@code '...'} and their tripled forms), and takes the keyword
     * {@code include} or {@code external} (not escaped with {@code \}, not part of a longer name)
     * followed by a literal. A name written {@code element include { ... }} is followed by a brace and is
     * no reference. Not covered: literals joined with {@code ~} (only the first piece is taken) and
     * {@code \x{...}} escapes inside the literal.
     */
    static List<Reference> compactReferences(Path file, String text) {
        List<Reference> refs = new ArrayList<>();
        int line = 1;
        String pendingKeyword = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                String quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                int end = text.indexOf(quote, i + quote.length());
                if (end < 0) {
                    end = text.length();
                }
                String literal = text.substring(i + quote.length(), end);
                if (pendingKeyword != null) {
                    refs.add(new Reference(file, line, literal, null));
                }
                pendingKeyword = null;
                line += (int) literal.chars().filter(ch -> ch == '\n').count();
                i = Math.min(text.length(), end + quote.length());
            } else if (Character.isLetter(c) || c == '_' || c == '\\') {
                int start = i;
                i++;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "_-.:".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                String word = text.substring(start, i);
                pendingKeyword = word.equals("include") || word.equals("external") ? word : null;
            } else {
                pendingKeyword = null;
                i++;
            }
        }
        return refs;
    }
}
