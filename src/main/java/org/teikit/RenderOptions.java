package org.teikit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Options for rendering TEI to HTML, XSL-FO and PDF. Immutable; start from {@link #defaults()} and
 * derive variants with the {@code with…} methods.
 *
 * @param paper  the page size
 * @param pdfA   whether the PDF is written as PDF/A (archival) with tagged structure
 * @param labels the language of the fixed words of pages and PDFs ("Notes", "Page", month names):
 *               one of {@link #LABEL_LANGUAGES}; any other renders in English
 */
public record RenderOptions(Paper paper, boolean pdfA, String labels) {

    /** The languages the label table of the stylesheets (xslt/common/labels.xsl) has. */
    public static final List<String> LABEL_LANGUAGES = List.of("en", "de", "fr", "es", "ru");

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
     * @param paper  the page size; required
     * @param pdfA   whether the PDF is written as PDF/A
     * @param labels the labels' language; null or blank is English
     * @throws NullPointerException when {@code paper} is null
     */
    public RenderOptions {
        Objects.requireNonNull(paper, "paper");
        labels = labelsLanguage(labels);
    }

    /**
     * A labels' language as every set of render options keeps it: stripped and in lower case ({@code "DE "}
     * is {@code "de"}); null or blank is English.
     *
     * @param labels the language as given
     * @return the language as kept
     */
    public static String labelsLanguage(String labels) {
        return labels == null || labels.isBlank() ? "en" : labels.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Options with English labels.
     *
     * @param paper the page size; required
     * @param pdfA  whether the PDF is written as PDF/A
     */
    public RenderOptions(Paper paper, boolean pdfA) {
        this(paper, pdfA, "en");
    }

    /**
     * A4, not PDF/A, English labels.
     *
     * @return the default options
     */
    public static RenderOptions defaults() {
        return new RenderOptions(Paper.A4, false, "en");
    }

    /**
     * These options with another page size.
     *
     * @param newPaper the page size
     * @return the changed copy
     */
    public RenderOptions withPaper(Paper newPaper) {
        return new RenderOptions(newPaper, pdfA, labels);
    }

    /**
     * These options with PDF/A on or off.
     *
     * @param newPdfA whether PDFs are written as PDF/A
     * @return the changed copy
     */
    public RenderOptions withPdfA(boolean newPdfA) {
        return new RenderOptions(paper, newPdfA, labels);
    }

    /**
     * These options with the labels in another language.
     *
     * @param newLabels a language tag ({@code de}, {@code de-AT} ...); null or blank is English
     * @return the changed copy
     */
    public RenderOptions withLabels(String newLabels) {
        return new RenderOptions(paper, pdfA, newLabels);
    }

    /**
     * Whether the stylesheets have labels in {@code labels}'s language (its primary subtag): when not,
     * pages and PDFs fall back to English.
     *
     * @return true for en, de, fr, es, ru (and their regional tags)
     */
    public boolean labelsKnown() {
        return LABEL_LANGUAGES.contains(labels.split("[-_]", 2)[0]);
    }

    /**
     * What to tell the user when the stylesheets have no labels in {@code labels}'s language, once,
     * before anything is rendered (the command line and the Maven goals say it the same way).
     *
     * @return the warning, or nothing when the labels are known
     */
    public java.util.Optional<String> unknownLabelsWarning() {
        return labelsKnown() ? java.util.Optional.empty() : java.util.Optional.of("no labels in '" + labels
                + "' (there are " + String.join(", ", LABEL_LANGUAGES) + "); the pages use English");
    }
}
