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
 * content hash and diagnostics (its entry for the corpus pages is kept in a file of its own). An incremental build redoes only what no longer matches.
 *
 * @param fingerprint teikit version, stylesheets, schemas and build options, hashed
 * @param documents   by input path (relative to the input folder)
 * @param hashedAt    when that build began to hash its inputs, in nanoseconds since the epoch (null in
 *                    states of older teikits): inputs written well before it and not since keep their hash
 * @param sitePending true in a checkpoint, saved while documents were still being built (see
 *                    {@link Checkpoints}): the corpus pages may not show the documents as recorded, so
 *                    the next build writes them again (null, as false, in complete states)
 */
record BuildState(String fingerprint, Map<String, Entry> documents, Long hashedAt, Boolean sitePending) {

    static final String FILE = ".teikit-build.json";

    // Not indented, and without the fields an entry does not have (images, mostly): the state is read
    // on every build and written on every change.
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    /** Where each document's entry for the corpus pages is kept, one file per document (see {@link #entryFile}). */
    static final String ENTRIES = ".teikit-build-entries";

    /**
     * One input as last built; its entry for the corpus pages is in its own file.
     *
     * @param size     the input's size in bytes when it was hashed (null in states of older teikits)
     * @param modified its modification time then, in milliseconds (null likewise): a hint only, for
     *                 starting to compile early when an input looks changed; the hash decides
     * @param stamp    its {@link InputStamp} then, encoded (null where the file system keeps no change
     *                 time, and in states of older teikits): while it stays the same, the hash does
     * @param images   the images in the input folder that its page shows, as they were when copied (null
     *                 for none, and in states of older teikits)
     * @param schemas  the schema files its validation depended on, as {@code file:} URIs, with their
     *                 {@link org.teikit.validate.SchemaFiles#digest digests} then (null for none: teikit's
     *                 own schemas only, and in states of older teikits); see {@link SchemaDependencies}
     * @param members  for a teiCorpus, the names of its documents, each with its page, PDF and TEI in the
     *                 folder named after the corpus (null for an input that is one document)
     * @param memberHashes for a teiCorpus, the SHA-256 of each of its documents' TEI as written out, by name:
     *                 a document that is the same when the corpus changed elsewhere keeps its page and PDF
     *                 (null for an input that is one document)
     */
    record Entry(String name, String sha256, List<Diagnostic> diagnostics, Long size, Long modified, String stamp,
                 List<Image> images, Map<String, String> schemas, List<String> members,
                 Map<String, String> memberHashes) {

        /** The names of a teiCorpus's documents; none for an input that is one document. */
        List<String> memberNames() {
            return members == null ? List.of() : members;
        }

        /** The hashes of a teiCorpus's documents' TEI, by name; none for an input that is one document. */
        Map<String, String> memberHashesByName() {
            return memberHashes == null ? Map.of() : memberHashes;
        }
    }

    /**
     * An image a page shows, which the build copies beside the page: a changed, new or deleted image
     * makes its document out of date, although the document's own file is not.
     *
     * @param source the image, relative to the input folder
     * @param target its copy, relative to the output folder
     * @param stamp  {@link InputStamp#describe()} of the image when it was copied, or null when there was
     *               no such file
     */
    record Image(String source, String target, String stamp) {
    }

    /**
     * The file holding a document's entry for the corpus pages. Entries (with the searchable text of
     * every document) are most of what a build remembers: kept apart, the state stays small to read
     * and write, a rebuild rewrites only the entries of the documents it rebuilt, and reads the others
     * only when the corpus pages must be written again.
     */
    static Path entryFile(Path outDir, String name) {
        return outDir.resolve(ENTRIES).resolve(name + ".entry");
    }

    static void saveEntry(Path outDir, String name, String entry) throws IOException {
        AtomicFiles.writeString(entryFile(outDir, name), entry);
    }

    /** The document's entry as last saved, or null when there is none. */
    static String loadEntry(Path outDir, String name) throws IOException {
        Path file = entryFile(outDir, name);
        return Files.isRegularFile(file) ? Files.readString(file) : null;
    }

    static BuildState empty(String fingerprint) {
        return empty(fingerprint, null);
    }

    static BuildState empty(String fingerprint, Long hashedAt) {
        return new BuildState(fingerprint, new TreeMap<>(), hashedAt, null);
    }

    /** The state saved in {@code outDir}, or an empty one when there is none or it cannot be read. */
    static BuildState load(Path outDir, String fingerprint) {
        Path file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                BuildState state = JSON.readValue(file.toFile(), BuildState.class);
                if (fingerprint.equals(state.fingerprint()) && state.documents() != null) {
                    return new BuildState(fingerprint, new TreeMap<>(state.documents()), state.hashedAt(),
                            state.sitePending());
                }
            } catch (IOException e) {
                // An unreadable state only costs a full rebuild.
            }
        }
        return empty(fingerprint);
    }

    /** Whether this is a checkpoint of a build that may have been cut short before its corpus pages. */
    boolean isCheckpoint() {
        return Boolean.TRUE.equals(sitePending);
    }

    void save(Path outDir) throws IOException {
        AtomicFiles.write(outDir.resolve(FILE), toJson());
    }

    /** Saves the state from a shutdown hook, while teikit is stopping (see {@link Checkpoints}). */
    void saveWhileStopping(Path outDir) throws IOException {
        AtomicFiles.writeWhileStopping(outDir.resolve(FILE), toJson());
    }

    private byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the build state", e);
        }
    }
}
