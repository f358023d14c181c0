package org.teikit.cli;

import org.teikit.RenderOptions;

import picocli.CommandLine.Option;

/** {@code --paper}, {@code --pdfa} and {@code --labels}: the render options, shared by render and build. */
final class PaperOptions {

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            converter = PaperConverter.class,
            description = "Page size for FO and PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    RenderOptions.Paper paper;

    @Option(names = "--pdfa", description = "Write PDF/A-2b (archival, tagged, fonts embedded).")
    boolean pdfA;

    @Option(names = "--labels", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the fixed words of pages and PDFs (Notes, Page, field names, months):"
                    + " en, de, fr, es or ru (default: ${DEFAULT-VALUE}); another gives English.")
    String labels;

    RenderOptions renderOptions() {
        return RenderOptions.defaults().withPaper(paper).withPdfA(pdfA).withLabels(labels);
    }

    /** Says once, before anything is rendered, that the labels' language falls back to English. */
    void warnIfUnknownLabels(java.io.PrintWriter err) {
        renderOptions().unknownLabelsWarning().ifPresent(warning -> {
            err.println("teikit: warning: " + warning);
            err.flush();
        });
    }

    static final class PaperConverter implements picocli.CommandLine.ITypeConverter<RenderOptions.Paper> {
        @Override
        public RenderOptions.Paper convert(String value) {
            for (RenderOptions.Paper paper : RenderOptions.Paper.values()) {
                if (paper.name().equalsIgnoreCase(value)) {
                    return paper;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected a4 or letter but was '" + value + "'");
        }
    }
}
