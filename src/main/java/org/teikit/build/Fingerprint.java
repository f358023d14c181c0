package org.teikit.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

import org.teikit.Version;
import org.teikit.io.Sha256;

/**
 * Identifies "this teikit with these options": when it changes, every document is rebuilt. It hashes
 * the jar (or, when run from a build tree, the stylesheets, schemas and classes) so that a changed
 * stylesheet or schema invalidates earlier outputs.
 */
public final class Fingerprint {

    private static final String CODE = hashCode0();

    private Fingerprint() {
    }

    static String of(BuildOptions options) {
        return of(options, List.of());
    }

    /**
     * The build's fingerprint, with the schemas its teikit validates every document against instead of
     * those the documents name (none: the documents' own): other schemas give other verdicts.
     */
    static String of(BuildOptions options, List<String> schemas) {
        // Only the options that change what is written: another thread count, or a --full build,
        // leaves every output as it was.
        return of("html=" + options.html() + "|pdf=" + options.pdf() + "|" + options.renderOptions()
                + (schemas.isEmpty() ? "" : "|schemas=" + String.join("\n", schemas)));
    }

    /**
     * This teikit (its version and code) with {@code settings}, hashed; the Maven goals use it for their
     * own options.
     *
     * @param settings every setting that changes what is written, in a stable form
     * @return the SHA-256, hex
     */
    public static String of(String settings) {
        MessageDigest digest = Sha256.digest();
        digest.update((Version.get() + "|" + CODE + "|" + settings).getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(digest);
    }

    private static String hashCode0() {
        try {
            CodeSource source = Fingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return hashJarEntries(location);
            }
            return hashTree(location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unknown";
        }
    }

    /**
     * The jar's entries by name, size and CRC-32, read from its central directory: any changed class,
     * stylesheet or schema changes the fingerprint, without reading the whole jar (tens of MB with its
     * dependencies) at the start of every build.
     */
    static String hashJarEntries(Path jar) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.Iterator<? extends java.util.zip.ZipEntry> entries = zip.entries().asIterator();
            while (entries.hasNext()) {
                java.util.zip.ZipEntry entry = entries.next();
                digest.update((entry.getName() + "|" + entry.getSize() + "|" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (java.util.zip.ZipException e) {
            return Sha256.of(jar); // not a jar after all: its bytes
        }
        return Sha256.hex(digest);
    }

    private static String hashTree(Path root) throws IOException {
        MessageDigest digest = Sha256.digest();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path file : files) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return Sha256.hex(digest);
    }
}
