package org.teikit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find their inputs, and the converter they share (fixed date, so output is reproducible). */
final class TestFiles {

    static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");
    static final Converter CONVERTER = new Converter(FIXED);
    static final String TEI = "http://www.tei-c.org/ns/1.0";

    private TestFiles() {
    }

    /** The shared folder beside the project (seeds, official schemas), from {@code teikit.shared}. */
    static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared"));
    }

    static Path seed(String prefix) {
        return list(shared().resolve("seeds")).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    static List<Path> seeds() {
        return list(shared().resolve("seeds")).stream().filter(p -> p.toString().endsWith(".txt")).toList();
    }

    static List<Path> samples() {
        return list(Path.of("tei/samples")).stream().filter(p -> p.toString().endsWith(".txt")).toList();
    }

    static List<Path> fixtures() {
        return list(Path.of("src/test/resources/ingest")).stream().filter(p -> p.toString().endsWith(".txt")).toList();
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.teikit.Conversion convert(Path p) {
        return CONVERTER.convert(p.getFileName().toString(), bytes(p), null);
    }

    /** The same file with another extension (golden TEI, expected warnings). */
    static Path sibling(Path p, String extension) {
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
