package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.teikit.pipeline.InOrder;
import org.teikit.pipeline.Stages;
import org.teikit.render.html.PageImages;
import org.teikit.render.site.CorpusMembers;

/**
 * The outputs of one kind (pages, PDFs or FO files) of a teiCorpus's documents, for {@link Teikit}'s
 * corpus renders: the corpus split into {@code outDir/tei}, each document's output made on every
 * processor and taken in the corpus's order (those of a previous render kept where their sources are as
 * they were), its problems told as about the corpus file, and what an earlier render made of documents
 * the corpus no longer holds removed.
 */
final class CorpusOutputs {

    /** A document's output as rendered: whether it was made, its entry (a page's, else null), its problems. */
    record Rendered(boolean made, String entry, List<Diagnostic> diagnostics) {
    }

    /** The making of one written-out document's output; its images are relative to {@code imageFolder}. */
    interface Rendering {
        Rendered render(Path document, String name, Path imageFolder) throws IOException;
    }

    /** What a render does once every document's output is there: the corpus pages, from the pages' entries. */
    interface Finish {
        List<Diagnostic> finish(List<String> entries) throws IOException;
    }

    /** A document's output as made or kept (null when it could not be made), and its problems. */
    private record Output(String name, CorpusRender.Output made, List<Diagnostic> found) {
    }

    private final Teikit teikit;
    private final Stages stages;

    CorpusOutputs(Teikit teikit, Stages stages) {
        this.teikit = teikit;
        this.stages = stages;
    }

    /**
     * Renders a corpus's outputs named {@code <name><extension>}. A previous render's output is kept when
     * it was made by the same means and its sources are as they were: the document's TEI, and when
     * {@code holdsImages} (a PDF, an FO file; not a page, which links them) the images it shows.
     */
    CorpusRender render(Path corpus, Path outDir, RenderOptions options, CorpusRender previous, String extension,
                        boolean holdsImages, Rendering rendering, Finish finish) throws IOException {
        Objects.requireNonNull(corpus, "teiCorpus");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(options, "options");

        CorpusRender.Made before = previous == null ? CorpusRender.Made.NOTHING : previous.made();
        Map<String, CorpusRender.Output> made = new HashMap<>();
        CorpusMembers.Split split = stages.corpusMembers().split(corpus, outDir.resolve("tei"));
        List<Diagnostic> diagnostics = new ArrayList<>(split.diagnostics());
        if (!split.files().isEmpty()) {
            Path imageFolder = PageImages.corpusImageFolder(corpus);
            List<Diagnostic> found = new ArrayList<>();
            List<String> entries = new ArrayList<>();
            InOrder.run(split.files(), InOrder.defaultThreads(), document -> {
                String name = CorpusMembers.name(document);
                String source = split.hashes().get(name) + (holdsImages ? imageStamps(document, imageFolder) : "");
                CorpusRender.Output kept = before.keptFor(teikit, outDir, options, extension, name, source);
                if (kept != null && Files.isRegularFile(outDir.resolve(name + extension))) {
                    return new Output(name, kept, kept.diagnostics());
                }
                Rendered rendered = rendering.render(document, name, imageFolder);
                return new Output(name, rendered.made() ? new CorpusRender.Output(source, rendered.entry(),
                        rendered.diagnostics()) : null, rendered.diagnostics());
            }, output -> {
                found.addAll(output.found());
                if (output.made() != null) {
                    made.put(output.name(), output.made());
                    if (output.made().entry() != null) {
                        entries.add(output.made().entry());
                    }
                }
            });
            found.addAll(finish.finish(entries));
            diagnostics.addAll(split.aboutCorpus(found));
            CorpusMembers.removeOthers(outDir, split.files());
        }
        return new CorpusRender(diagnostics, new CorpusRender.Made(teikit, outDir, options, extension, made));
    }

    /** The images a corpus document shows, each with its size and time (or "missing"), as one string. */
    private static String imageStamps(Path document, Path imageFolder) throws IOException {
        StringBuilder stamps = new StringBuilder();
        for (Path image : PageImages.shownBy(document, imageFolder)) {
            stamps.append('\n').append(image);
            try {
                BasicFileAttributes attributes = Files.readAttributes(image, BasicFileAttributes.class);
                stamps.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
            } catch (NoSuchFileException e) {
                stamps.append(" missing");
            }
        }
        return stamps.toString();
    }
}
