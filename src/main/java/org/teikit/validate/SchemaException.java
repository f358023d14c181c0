package org.teikit.validate;

/** A schema that cannot be read or compiled; the validator reports it as a diagnostic on each document. */
final class SchemaException extends Exception {

    SchemaException(String message, Throwable cause) {
        super(message, cause);
    }

    SchemaException(String message) {
        super(message);
    }
}
