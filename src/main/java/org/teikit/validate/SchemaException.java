package org.teikit.validate;

import java.util.List;

import org.teikit.Diagnostic;

/**
 * A schema that cannot be read or compiled: the validator says so in one line on each document that names
 * it, and reports the problems located in the schema's files ({@link #inSchema}) once per run.
 */
final class SchemaException extends Exception {

    private final transient List<Diagnostic> inSchema;

    SchemaException(String message, Throwable cause) {
        this(message, cause, List.of());
    }

    SchemaException(String message) {
        this(message, null, List.of());
    }

    /** A schema with problems found at places in its files, {@code inSchema}, reported there as well. */
    SchemaException(String message, Throwable cause, List<Diagnostic> inSchema) {
        super(SchemaProblem.oneLine(message), cause);
        this.inSchema = List.copyOf(inSchema);
    }

    /** The problems located in the schema's files (empty when the schema parser gave no place). */
    List<Diagnostic> inSchema() {
        return inSchema;
    }
}
