package org.teikit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a render of a teiCorpus as a site made ({@link Teikit#renderCorpusSite(Path, Path, RenderOptions,
 * CorpusSite)}): its problems, and for each document's page the hash of the TEI it was made from, its
 * entry for the corpus pages and its own problems, so that the next render of the corpus, by the same
 * {@link Teikit} with the same options into the same folder (a watch's next round), makes again only the
 * pages of documents that changed. Immutable.
 *
 * @param diagnostics the problems of the render, a document's about the corpus file
 * @param made        the pages made, for the next render to keep
 */
public record CorpusSite(List<Diagnostic> diagnostics, Made made) {

    /**
     * Copies the problems.
     *
     * @param diagnostics the problems of the render
     * @param made        the pages made; required
     */
    public CorpusSite {
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(made, "made");
    }

    /** The pages a render made, and how: opaque outside teikit. */
    public static final class Made {
        private final Teikit teikit;
        private final Path folder;
        private final RenderOptions options;
        private final Map<String, Page> pages;

        Made(Teikit teikit, Path folder, RenderOptions options, Map<String, Page> pages) {
            this.teikit = teikit;
            this.folder = folder.toAbsolutePath().normalize();
            this.options = options;
            this.pages = Map.copyOf(pages);
        }

        static final Made NOTHING = new Made(null, Path.of(""), null, Map.of());

        /** The page of the document named {@code name}, when one made by the same means may be kept. */
        Page keptFor(Teikit by, Path into, RenderOptions with, String name, String sha256) {
            Page page = pages.get(name);
            boolean sameMeans = teikit == by && folder.equals(into.toAbsolutePath().normalize()) && with.equals(options);
            return sameMeans && page != null && page.sha256().equals(sha256) ? page : null;
        }
    }

    /**
     * One document's page as made: the hash of its TEI, its entry for the corpus pages, and the problems
     * its rendering found (about its copy, to be told about the corpus file where the document now starts).
     */
    record Page(String sha256, String entry, List<Diagnostic> diagnostics) {
        Page {
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
