package org.teikit.validate;

import java.util.List;

import org.teikit.Diagnostic;

/**
 * A schema compiled once and shared: safe for concurrent use, each call validates with a fresh,
 * private validator.
 */
interface CompiledSchema {

    /** Validates one well-formed document and adds every problem found to {@code out}. */
    void validate(SourceDocument document, List<Diagnostic> out);
}
