package org.teikit.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xmlresolver.CatalogManager;
import org.xmlresolver.ResolverFeature;
import org.xmlresolver.XMLResolverConfiguration;

/**
 * Finds the local file for a schema name: the project catalog (schemas in the jar), the user's
 * catalog in the schema store, then the file system. Never the network: a name that resolves to
 * nothing local is reported as such. Thread-safe (xmlresolver's catalog manager is).
 */
final class SchemaLocator {

    private final CatalogManager catalogs;
    /**
     * What the catalogs map each key to (nothing: empty), remembered: the catalogs do not change once
     * read, and every document of a corpus names the same schemas, whose lookup cost ~5% of validating.
     */
    private final java.util.concurrent.ConcurrentMap<String, Optional<URI>> catalogHits =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final List<URI> catalogFiles;

    SchemaLocator(List<URI> catalogFiles) {
        this.catalogFiles = List.copyOf(catalogFiles);
        XMLResolverConfiguration config = new XMLResolverConfiguration(List.of(), List.of());
        List<String> files = new ArrayList<>();
        catalogFiles.forEach(u -> files.add(u.toString()));
        config.setFeature(ResolverFeature.CATALOG_FILES, files);
        config.setFeature(ResolverFeature.CLASSPATH_CATALOGS, false);
        config.setFeature(ResolverFeature.ARCHIVED_CATALOGS, false);
        config.setFeature(ResolverFeature.CACHE_ENABLED, false);
        config.setFeature(ResolverFeature.ALLOW_CATALOG_PI, false);
        config.setFeature(ResolverFeature.MERGE_HTTPS, true);
        config.setFeature(ResolverFeature.URI_FOR_SYSTEM, true);
        this.catalogs = config.getFeature(ResolverFeature.CATALOG_MANAGER);
    }

    List<URI> catalogFiles() {
        return catalogFiles;
    }

    /** The absolute form of {@code href} against {@code base} (a document or schema URI), or null if malformed. */
    static URI absolute(String href, String base) {
        try {
            URI uri = new URI(href.trim());
            if (uri.isAbsolute()) {
                return uri;
            }
            if (base != null && !base.isEmpty()) {
                URI b = new URI(base);
                if (b.isOpaque() && "jar".equals(b.getScheme())) {
                    String s = b.toString();
                    return URI.create(s.substring(0, s.lastIndexOf('/') + 1) + href.trim());
                }
                return b.resolve(uri);
            }
            return Path.of(href).toAbsolutePath().normalize().toUri();
        } catch (URISyntaxException | IllegalArgumentException e) {
            try {
                return Path.of(href).toAbsolutePath().normalize().toUri();
            } catch (RuntimeException notAPath) {
                return null;
            }
        }
    }

    /** The local file or jar entry the catalogs map {@code key} to (as a URI or as a system id). */
    private Optional<URI> lookUp(String key) {
        URI found = catalogs.lookupURI(key);
        if (found == null) {
            found = catalogs.lookupSystem(key);
        }
        return found != null && isLocal(found) ? Optional.of(found) : Optional.empty();
    }

    /** The local (file or jar) URI of the schema {@code href} names, or empty. */
    Optional<URI> locate(String href, String base) {
        URI absolute = absolute(href, base);
        for (String key : absolute == null ? List.of(href) : List.of(href, absolute.toString())) {
            Optional<URI> found = catalogHits.computeIfAbsent(key, this::lookUp);
            if (found.isPresent()) {
                return found;
            }
        }
        if (absolute != null && "file".equals(absolute.getScheme())) {
            return Files.isRegularFile(Path.of(absolute)) ? Optional.of(absolute) : Optional.empty();
        }
        if (absolute != null && "jar".equals(absolute.getScheme())) {
            return Optional.of(absolute);
        }
        return Optional.empty();
    }

    static boolean isLocal(URI uri) {
        return "file".equals(uri.getScheme()) || "jar".equals(uri.getScheme());
    }
}
