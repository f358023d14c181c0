package org.teikit.validate;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;

import org.teikit.io.Sha256;

/**
 * What a schema on disk is made of, as one hash: the schema file and the parts it refers to by
 * relative references (found as {@code schemas add} finds them, {@link SchemaParts}). A build records
 * it for each document it validated against the schema, and validates the document again when it
 * changes; a long-lived validator compiles the schema again (see {@link TeiValidator#forgetChangedSchemas}).
 */
public final class SchemaFiles {

    /** The digest of a schema file that is not there (a document may name one that is yet to be written). */
    public static final String MISSING = "missing";

    private SchemaFiles() {
    }

    /**
     * The digest of the schema at {@code schema}, a {@code file:} URI: its content and its parts' (by
     * their paths), or {@link #MISSING}. Parts that cannot be followed (one missing, a part that is not
     * XML) enter it as the reason, so that mending them changes it too.
     *
     * @param schema the schema file's URI
     * @return the SHA-256, hex, or {@link #MISSING}, or why the schema cannot be read
     */
    public static String digest(URI schema) {
        Path main = Path.of(schema);
        MessageDigest digest = Sha256.digest();
        try {
            digest.update(Files.readAllBytes(main));
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
        try {
            for (Path part : SchemaParts.find(main).parts()) {
                digest.update(("\n" + part + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(part));
            }
        } catch (IOException e) {
            digest.update(("\nparts: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
        return Sha256.hex(digest);
    }
}
