package org.teikit;

import java.util.Objects;

/**
 * Options for rendering TEI to XSL-FO and PDF. Immutable; start from {@link #defaults()} and derive
 * variants with the {@code with…} methods.
 *
 * @param paper the page size
 * @param pdfA  whether the PDF is written as PDF/A (archival) with tagged structure
 */
public record RenderOptions(Paper paper, boolean pdfA) {

    /** Page sizes teikit typesets for. */
    public enum Paper { A4, LETTER }

    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
    }

    public static RenderOptions defaults() {
        return new RenderOptions(Paper.A4, false);
    }

    public RenderOptions withPaper(Paper newPaper) {
        return new RenderOptions(newPaper, pdfA);
    }

    public RenderOptions withPdfA(boolean newPdfA) {
        return new RenderOptions(paper, newPdfA);
    }
}
