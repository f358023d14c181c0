package org.teikit.render.html;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a page links to and says about itself beyond the TEI: immutable, built with the
 * {@code with...} methods from {@link #defaults()}.
 *
 * @param teiHref     link to the TEI source (relative to the page, or absolute); empty: none
 * @param pdfHref     link to the PDF edition; empty: none
 * @param indexHref   link to the corpus index; empty: the page stands alone
 * @param assetBase   prefix of the CSS and script files ("" = beside the page, "../" ...)
 * @param editionUrl  the permanent URL of the page, for the citation; empty: the source record's URL is cited
 * @param accessDate  the access date in the citation; empty: the day of rendering
 * @param labels      the language of the page's fixed words (en, de, fr, es, ru; another gives English)
 */
public record HtmlOptions(Optional<String> teiHref, Optional<String> pdfHref, Optional<String> indexHref,
                          String assetBase, Optional<String> editionUrl, Optional<LocalDate> accessDate,
                          String labels) {

    public HtmlOptions {
        assetBase = assetBase == null ? "" : assetBase;
        teiHref = teiHref == null ? Optional.empty() : teiHref;
        pdfHref = pdfHref == null ? Optional.empty() : pdfHref;
        indexHref = indexHref == null ? Optional.empty() : indexHref;
        editionUrl = editionUrl == null ? Optional.empty() : editionUrl;
        accessDate = accessDate == null ? Optional.empty() : accessDate;
        labels = org.teikit.RenderOptions.labelsLanguage(labels);
    }

    /** Options with English labels. */
    public HtmlOptions(Optional<String> teiHref, Optional<String> pdfHref, Optional<String> indexHref,
                       String assetBase, Optional<String> editionUrl, Optional<LocalDate> accessDate) {
        this(teiHref, pdfHref, indexHref, assetBase, editionUrl, accessDate, "en");
    }

    /** No links to source, PDF or index; assets beside the page; today's access date. */
    public static HtmlOptions defaults() {
        return new HtmlOptions(Optional.empty(), Optional.empty(), Optional.empty(), "", Optional.empty(),
                Optional.empty(), "en");
    }

    public HtmlOptions withTeiHref(String href) {
        return new HtmlOptions(Optional.ofNullable(href), pdfHref, indexHref, assetBase, editionUrl, accessDate, labels);
    }

    public HtmlOptions withPdfHref(String href) {
        return new HtmlOptions(teiHref, Optional.ofNullable(href), indexHref, assetBase, editionUrl, accessDate, labels);
    }

    public HtmlOptions withIndexHref(String href) {
        return new HtmlOptions(teiHref, pdfHref, Optional.ofNullable(href), assetBase, editionUrl, accessDate, labels);
    }

    public HtmlOptions withAssetBase(String base) {
        return new HtmlOptions(teiHref, pdfHref, indexHref, base, editionUrl, accessDate, labels);
    }

    public HtmlOptions withEditionUrl(String url) {
        return new HtmlOptions(teiHref, pdfHref, indexHref, assetBase, Optional.ofNullable(url), accessDate, labels);
    }

    /** These options with the page's fixed words in another language. */
    public HtmlOptions withLabels(String newLabels) {
        return new HtmlOptions(teiHref, pdfHref, indexHref, assetBase, editionUrl, accessDate, newLabels);
    }

    public HtmlOptions withAccessDate(LocalDate date) {
        return new HtmlOptions(teiHref, pdfHref, indexHref, assetBase, editionUrl, Optional.ofNullable(date), labels);
    }
}
