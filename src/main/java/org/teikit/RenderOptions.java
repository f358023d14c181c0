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
    public enum Paper {
        /** ISO A4, 210 × 297 mm. */
        A4,
        /** US Letter, 8.5 × 11 in. */
        LETTER
    }

    /**
     * Checks the options.
     *
     * @param paper the page size; required
     * @param pdfA  whether the PDF is written as PDF/A
     * @throws NullPointerException when {@code paper} is null
     */
    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
    }

    /**
     * A4, not PDF/A.
     *
     * @return the default options
     */
    public static RenderOptions defaults() {
        return new RenderOptions(Paper.A4, false);
    }

    /**
     * These options with another page size.
     *
     * @param newPaper the page size
     * @return the changed copy
     */
    public RenderOptions withPaper(Paper newPaper) {
        return new RenderOptions(newPaper, pdfA);
    }

    /**
     * These options with PDF/A on or off.
     *
     * @param newPdfA whether PDFs are written as PDF/A
     * @return the changed copy
     */
    public RenderOptions withPdfA(boolean newPdfA) {
        return new RenderOptions(paper, newPdfA);
    }
}
