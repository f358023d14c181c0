package org.teikit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a render of a teiCorpus made ({@link Teikit#renderCorpusSite(Path, Path, RenderOptions, CorpusRender)},
 * {@link Teikit#renderCorpusPdf(Path, Path, RenderOptions, CorpusRender)} and
 * {@link Teikit#renderCorpusFo(Path, Path, RenderOptions, CorpusRender)}): its problems, and for each
 * document's output (page, PDF or FO file) what it was made from and its own problems, so that the next
 * render of the corpus, by the same {@link Teikit} with the same options into the same folder and format
 * (a watch's next round), makes again only the outputs of documents that changed. Immutable.
 *
 * @param diagnostics the problems of the render, a document's about the corpus file
 * @param made        the outputs made, for the next render to keep
 */
public record CorpusRender(List<Diagnostic> diagnostics, Made made) {

    /**
     * Copies the problems.
     *
     * @param diagnostics the problems of the render
     * @param made        the outputs made; required
     */
    public CorpusRender {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(made, "made");
    }

    /** The outputs a render made, and how: opaque outside teikit. */
    public static final class Made {
        private final Teikit teikit;
        private final Path folder;
        private final RenderOptions options;
        private final String extension;
        private final Map<String, Output> outputs;

        Made(Teikit teikit, Path folder, RenderOptions options, String extension, Map<String, Output> outputs) {
            this.teikit = teikit;
            this.folder = folder.toAbsolutePath().normalize();
            this.options = options;
            this.extension = extension;
            this.outputs = Map.copyOf(outputs);
        }

        static final Made NOTHING = new Made(null, Path.of(""), null, "", Map.of());

        /**
         * The output of the document named {@code name}, when it was made by the same means from the same
         * sources ({@code source}: its TEI's hash, and for a PDF the state of the images it shows).
         */
        Output keptFor(Teikit by, Path into, RenderOptions with, String format, String name, String source) {
            Output output = outputs.get(name);
            boolean sameMeans = teikit == by && folder.equals(into.toAbsolutePath().normalize())
                    && with.equals(options) && format.equals(extension);
            return sameMeans && output != null && output.source().equals(source) ? output : null;
        }
    }

    /**
     * One document's output as made: what it was made from, its entry for the corpus pages (a page's;
     * null for a PDF or FO file), and the problems its rendering found (about its copy, to be told about
     * the corpus file where the document now starts).
     */
    record Output(String source, String entry, List<Diagnostic> diagnostics) {
        Output {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
