package org.teikit.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.teikit.validate.SchemaFiles;

/**
 * The schema files each document's validation depended on (a schema it names, the schema store's
 * catalog), with their digests: a document whose input is unchanged is validated again when one of
 * them changed, was written or went away. teikit's own schemas are not among them: its fingerprint
 * covers them. One per build; each file is hashed at most once in it.
 */
final class SchemaDependencies {

    private final Map<URI, String> digests = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, String>> byInput = new ConcurrentHashMap<>();

    /** Whether the schema files the last build recorded for a document are as they were (true when none were). */
    boolean unchanged(BuildState.Entry before) {
        if (before.schemas() == null) {
            return true;
        }
        return before.schemas().entrySet().stream().allMatch(e -> e.getValue().equals(digest(URI.create(e.getKey()))));
    }

    /** Records the files {@code input}'s validation depended on in this build. */
    void record(Path input, List<URI> files) {
        Map<String, String> recorded = new TreeMap<>();
        files.forEach(file -> recorded.put(file.toString(), digest(file)));
        byInput.put(input, recorded);
    }

    /** What to record for {@code input}: this build's, or the last build's when it was up to date; null for none. */
    Map<String, String> of(Path input, boolean upToDate, BuildState.Entry before) {
        Map<String, String> recorded = upToDate ? (before == null ? null : before.schemas()) : byInput.get(input);
        return recorded == null || recorded.isEmpty() ? null : recorded;
    }

    /** The schema files the documents of {@code state} depended on, sorted. */
    static List<Path> files(BuildState state) {
        return state.documents().values().stream().filter(e -> e.schemas() != null)
                .flatMap(e -> e.schemas().keySet().stream()).distinct().sorted()
                .map(uri -> Path.of(URI.create(uri))).toList();
    }

    /** The file's {@link SchemaFiles#digest}, taken once in this build. */
    String digest(URI file) {
        return digests.computeIfAbsent(file, SchemaFiles::digest);
    }
}
