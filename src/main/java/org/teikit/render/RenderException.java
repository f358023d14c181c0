package org.teikit.render;

import java.util.List;
import java.util.stream.Collectors;

import org.teikit.Diagnostic;

/**
 * Thrown by the string-returning render methods, which have no other way to say that a document could
 * not be rendered (for example, it is not well-formed). Carries the diagnostics in full; the
 * file-writing methods return them instead.
 */
public final class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Diagnostic> diagnostics;

    public RenderException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
