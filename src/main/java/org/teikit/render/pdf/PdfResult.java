package org.teikit.render.pdf;

import java.util.List;

import org.teikit.Diagnostic;

/**
 * What rendering one document gave: the bytes (a PDF, or FO as UTF-8 XML), the number of pages
 * (0 for FO) and every diagnostic. When a diagnostic is an error the bytes are empty.
 */
public record PdfResult(byte[] bytes, int pageCount, List<Diagnostic> diagnostics) {

    public PdfResult {
        bytes = bytes == null ? new byte[0] : bytes;
        diagnostics = List.copyOf(diagnostics);
    }

    /** A copy of the bytes (the result stays immutable). */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    static PdfResult failed(List<Diagnostic> diagnostics) {
        return new PdfResult(new byte[0], 0, diagnostics);
    }
}
