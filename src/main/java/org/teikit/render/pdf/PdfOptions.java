package org.teikit.render.pdf;

import java.util.Objects;

/**
 * How one document is rendered to FO or PDF. Immutable; build with {@link #builder()} or take
 * {@link #defaults()} (A4, hyphenated in the text's language, not PDF/A).
 *
 * @param paper     the paper size
 * @param pdfA      whether the PDF must conform to PDF/A-2b (archival); ignored for FO output
 * @param hyphenate whether to hyphenate the text in its language
 * @param language  the text's language (BCP 47, e.g. {@code de}) when the TEI does not give one on
 *                  {@code TEI/@xml:lang}; empty to take the TEI's (or English)
 * @param labels    the language of the fixed words ("Page", "Summary", field names): en, de, fr, es, ru;
 *                  another gives English
 */
public record PdfOptions(Paper paper, boolean pdfA, boolean hyphenate, String language, String labels) {

    public PdfOptions {
        Objects.requireNonNull(paper, "paper");
        language = language == null ? "" : language.strip();
        labels = org.teikit.RenderOptions.labelsLanguage(labels);
    }

    /** Options with English labels. */
    public PdfOptions(Paper paper, boolean pdfA, boolean hyphenate, String language) {
        this(paper, pdfA, hyphenate, language, "en");
    }

    public static PdfOptions defaults() {
        return builder().build();
    }

    /** The options for the facade's {@link org.teikit.RenderOptions} (paper, PDF/A, labels), hyphenated in the text's language. */
    public static PdfOptions from(org.teikit.RenderOptions options) {
        Paper paper = switch (options.paper()) {
            case A4 -> Paper.A4;
            case LETTER -> Paper.LETTER;
        };
        return builder().paper(paper).pdfA(options.pdfA()).labels(options.labels()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder for {@link PdfOptions}; not thread-safe, the options it builds are. */
    public static final class Builder {
        private Paper paper = Paper.A4;
        private boolean pdfA;
        private boolean hyphenate = true;
        private String language = "";
        private String labels = "en";

        private Builder() {
        }

        public Builder paper(Paper value) {
            this.paper = Objects.requireNonNull(value, "paper");
            return this;
        }

        public Builder pdfA(boolean value) {
            this.pdfA = value;
            return this;
        }

        public Builder hyphenate(boolean value) {
            this.hyphenate = value;
            return this;
        }

        public Builder language(String value) {
            this.language = value;
            return this;
        }

        public Builder labels(String value) {
            this.labels = value;
            return this;
        }

        public PdfOptions build() {
            return new PdfOptions(paper, pdfA, hyphenate, language, labels);
        }
    }
}
