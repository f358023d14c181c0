package org.teikit.build;

import java.util.Objects;

import org.teikit.RenderOptions;

/**
 * What an edition build makes and how.
 *
 * @param html          render an HTML page per document and the corpus site
 * @param pdf           render a PDF per document
 * @param renderOptions paper, PDF/A and labels settings
 * @param threads       how many documents are worked on at once
 * @param incremental   skip documents whose input, and teikit itself, are unchanged since the last build
 */
public record BuildOptions(boolean html, boolean pdf, RenderOptions renderOptions, int threads,
                           boolean incremental) {

    /**
     * Checks the options.
     *
     * @param html          render an HTML page per document and the corpus site
     * @param pdf           render a PDF per document
     * @param renderOptions paper, PDF/A and labels settings
     * @param threads       how many documents are worked on at once, at least 1
     * @param incremental   skip documents whose input, and teikit itself, are unchanged since the last build
     * @throws IllegalArgumentException when {@code threads} is less than 1
     * @throws NullPointerException     when {@code renderOptions} is null
     */
    public BuildOptions {
        Objects.requireNonNull(renderOptions, "renderOptions");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /**
     * HTML and PDF, incremental, one thread per core.
     *
     * @return the default options
     */
    public static BuildOptions defaults() {
        return new BuildOptions(true, true, RenderOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), true);
    }

    /**
     * These options, with or without PDF.
     *
     * @param newPdf whether to render a PDF per document
     * @return the changed copy
     */
    public BuildOptions withPdf(boolean newPdf) {
        return new BuildOptions(html, newPdf, renderOptions, threads, incremental);
    }

    /**
     * These options, with another number of threads.
     *
     * @param newThreads how many documents are worked on at once, at least 1
     * @return the changed copy
     */
    public BuildOptions withThreads(int newThreads) {
        return new BuildOptions(html, pdf, renderOptions, newThreads, incremental);
    }

    /**
     * These options, incremental or not.
     *
     * @param newIncremental whether unchanged documents are skipped
     * @return the changed copy
     */
    public BuildOptions withIncremental(boolean newIncremental) {
        return new BuildOptions(html, pdf, renderOptions, threads, newIncremental);
    }

    /**
     * These options, with other paper, PDF/A and labels settings.
     *
     * @param newRenderOptions the rendering settings
     * @return the changed copy
     */
    public BuildOptions withRenderOptions(RenderOptions newRenderOptions) {
        return new BuildOptions(html, pdf, newRenderOptions, threads, incremental);
    }
}
