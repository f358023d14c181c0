package org.teikit.cli;

import org.teikit.RenderOptions;

import picocli.CommandLine.Option;

/** {@code --paper} and {@code --pdfa}, shared by the commands that make PDF. */
final class PaperOptions {

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            converter = PaperConverter.class,
            description = "Page size for FO and PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    RenderOptions.Paper paper;

    @Option(names = "--pdfa", description = "Write PDF/A-2b (archival, tagged, fonts embedded).")
    boolean pdfA;

    RenderOptions renderOptions() {
        return RenderOptions.defaults().withPaper(paper).withPdfA(pdfA);
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
