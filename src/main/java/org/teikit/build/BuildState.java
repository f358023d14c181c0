package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.teikit.Diagnostic;
import org.teikit.io.AtomicFiles;

/**
 * What the last build of an output folder was made from: teikit's fingerprint and, per input, its
 * content hash and diagnostics. An incremental build redoes only what no longer matches.
 *
 * @param fingerprint teikit version, stylesheets, schemas and build options, hashed
 * @param documents   by input path (relative to the input folder)
 */
record BuildState(String fingerprint, Map<String, Entry> documents) {

    static final String FILE = ".teikit-build.json";

    // Not indented: the state holds every page's index entry, and is read and written on every change.
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One input as last built.
     *
     * @param siteEntry its entry for the corpus pages, or null when it has no page
     */
    record Entry(String name, String sha256, List<Diagnostic> diagnostics, String siteEntry) {
    }

    static BuildState empty(String fingerprint) {
        return new BuildState(fingerprint, new TreeMap<>());
    }

    /** The state saved in {@code outDir}, or an empty one when there is none or it cannot be read. */
    static BuildState load(Path outDir, String fingerprint) {
        Path file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                BuildState state = JSON.readValue(file.toFile(), BuildState.class);
                if (fingerprint.equals(state.fingerprint()) && state.documents() != null) {
                    return new BuildState(fingerprint, new TreeMap<>(state.documents()));
                }
            } catch (IOException e) {
                // An unreadable state only costs a full rebuild.
            }
        }
        return empty(fingerprint);
    }

    void save(Path outDir) throws IOException {
        try {
            AtomicFiles.write(outDir.resolve(FILE), JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the build state", e);
        }
    }
}
