package org.teikit.build;

import org.teikit.RenderOptions;

/**
 * What an edition build makes and how.
 *
 * @param html          render an HTML page per document and the corpus site
 * @param pdf           render a PDF per document
 * @param renderOptions paper and PDF/A settings
 * @param threads       how many documents are worked on at once
 * @param incremental   skip documents whose input, and teikit itself, are unchanged since the last build
 */
public record BuildOptions(boolean html, boolean pdf, RenderOptions renderOptions, int threads,
                           boolean incremental) {

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** HTML and PDF, incremental, one thread per core. */
    public static BuildOptions defaults() {
        return new BuildOptions(true, true, RenderOptions.defaults(),
                Runtime.getRuntime().availableProcessors(), true);
    }

    public BuildOptions withPdf(boolean newPdf) {
        return new BuildOptions(html, newPdf, renderOptions, threads, incremental);
    }

    public BuildOptions withThreads(int newThreads) {
        return new BuildOptions(html, pdf, renderOptions, newThreads, incremental);
    }

    public BuildOptions withIncremental(boolean newIncremental) {
        return new BuildOptions(html, pdf, renderOptions, threads, newIncremental);
    }

    public BuildOptions withRenderOptions(RenderOptions newRenderOptions) {
        return new BuildOptions(html, pdf, newRenderOptions, threads, incremental);
    }
}
