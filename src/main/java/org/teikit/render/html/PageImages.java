package org.teikit.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.Diagnostic;
import org.teikit.io.AtomicFiles;
import org.teikit.render.LocalImageUrl;
import org.teikit.xml.SecureXml;

/**
 * Copies the local images a TEI document's page shows to where the page looks for them. The reading
 * edition shows a {@code graphic} or {@code media} whose URL is relative and names an image file as an
 * image at that URL, relative to the page; so the image the TEI names beside itself
 * ({@code IN/letters/img/p1.png} for {@code img/p1.png} in {@code IN/letters/a.xml}) is copied to the
 * same place beside the page ({@code OUT/img/p1.png} for {@code OUT/a.html}); a {@code facsimile}'s
 * images are not shown, so neither copied nor looked for. Images outside the
 * input folder are not copied; one that is missing, or that another document's image of the same
 * path would replace, is a warning. Thread-safe: one serves a whole build.
 */
public final class PageImages {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Path inDir;
    private final Path outDir;
    /** Each image written into the edition by this build, and the file it was copied from. */
    private final ConcurrentMap<Path, Path> copied = new ConcurrentHashMap<>();

    /**
     * @param inDir  the folder the documents' images may come from
     * @param outDir the folder of the pages
     */
    public PageImages(Path inDir, Path outDir) {
        this.inDir = inDir;
        this.outDir = outDir;
    }

    /**
     * What {@link #copyFor} did for one document.
     *
     * @param warnings about the document: images missing, outside {@code inDir}, or clashing
     * @param shown    each image in {@code inDir} that the page shows, whether it exists or not, and
     *                 where its copy goes: the files a rebuild must look at again (see {@code EditionBuild})
     */
    public record Copied(List<Diagnostic> warnings, List<Shown> shown) {

        /**
         * Copies the lists, so the result is immutable.
         *
         * @param warnings about the document
         * @param shown    the images in {@code inDir} the page shows
         */
        public Copied {
            warnings = List.copyOf(warnings);
            shown = List.copyOf(shown);
        }
    }

    /**
     * An image in the input folder that a page shows.
     *
     * @param source the image file in the input folder (which may not exist)
     * @param target where its copy goes beside the page
     */
    public record Shown(Path source, Path target) {
    }

    /**
     * Copies the images a teiCorpus's documents show beside their pages: their references are relative
     * to the corpus file, from whose folder they are taken (not to the documents' written-out copies).
     *
     * @param corpus       the teiCorpus file
     * @param corpusFolder the folder of its documents' pages
     * @return warnings about the corpus file, and the images it shows
     * @throws IOException when an image cannot be read or written
     */
    public static Copied copyForCorpus(Path corpus, Path corpusFolder) throws IOException {
        return new PageImages(corpusImageFolder(corpus), corpusFolder).copyFor(corpus.toAbsolutePath().normalize());
    }

    /**
     * The folder a teiCorpus's documents' image references start from: the corpus file's, not that of
     * the documents' written-out copies (for their pages and PDFs alike).
     *
     * @param corpus the teiCorpus file
     * @return its folder, absolute
     */
    public static Path corpusImageFolder(Path corpus) {
        return corpus.toAbsolutePath().normalize().getParent();
    }

    /**
     * Copies the images the page of the TEI file {@code input} shows.
     *
     * @param input a TEI document in {@code inDir} or below it
     * @return warnings about {@code input} (images missing, outside {@code inDir}, or clashing), and the
     *         images in {@code inDir} it shows
     * @throws IOException when an image cannot be read or written
     */
    public Copied copyFor(Path input) throws IOException {
        return copy(input, references(input));
    }

    /**
     * As {@link #copyFor(Path)}, the references read from {@code tree}, the document as already
     * parsed (with line numbers), instead of reading the file again.
     *
     * @param input a TEI document in {@code inDir} or below it
     * @param tree  its tree
     * @return warnings about {@code input}, and the images in {@code inDir} it shows
     * @throws IOException when an image cannot be read or written
     */
    public Copied copyFor(Path input, XdmNode tree) throws IOException {
        List<NodeInfo> elements = LocalImageUrl.teiElements(tree, "graphic", "media");
        if (elements.isEmpty()) {
            return new Copied(List.of(), List.of());
        }
        List<Reference> references = new ArrayList<>();
        for (NodeInfo element : elements) {
            String url = element.getAttributeValue(NamespaceUri.NULL, "url");
            if (url != null && !LocalImageUrl.inFacsimile(element)) {
                references.add(new Reference(url.strip(), element.getLineNumber(), element.getColumnNumber()));
            }
        }
        return copy(input, references);
    }

    /**
     * The image files the page of the TEI file {@code input} shows from beside it: the files its
     * {@code graphic} and {@code media} URLs name, resolved against its folder, whether they exist or not
     * (what a watch looks at besides the file itself; {@link #copyFor} decides what is copied).
     *
     * @param input a TEI file
     * @return the images' paths, absolute and normalised
     * @throws IOException when the file cannot be read
     */
    public static Set<Path> shownBy(Path input) throws IOException {
        return shownBy(input, input.toAbsolutePath().getParent());
    }

    /**
     * {@link #shownBy(Path)}, the URLs resolved against {@code folder}: a corpus document's, against its
     * corpus's ({@link #corpusImageFolder}).
     *
     * @param input  a TEI file
     * @param folder the folder its image URLs start from
     * @return the images' paths, absolute and normalised
     * @throws IOException when the file cannot be read
     */
    public static Set<Path> shownBy(Path input, Path folder) throws IOException {
        Set<Path> images = new LinkedHashSet<>();
        for (Reference reference : references(input)) {
            if (LocalImageUrl.kind(reference.url(), LocalImageUrl.PAGE_IMAGE) == LocalImageUrl.Kind.RELATIVE) {
                images.add(folder.toAbsolutePath().resolve(LocalImageUrl.relativePath(reference.url())).normalize());
            }
        }
        return images;
    }

    private Copied copy(Path input, List<Reference> references) throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (Reference reference : references) {
            copy(input, reference, warnings, shown);
        }
        return new Copied(warnings, shown);
    }

    private record Reference(String url, int line, int column) {
    }


    private static List<Reference> references(Path input) throws IOException {
        List<Reference> references = new ArrayList<>();
        try (InputStream in = Files.newInputStream(input)) {
            XMLStreamReader reader = SecureXml.xmlInputFactory().createXMLStreamReader(in);
            int facsimiles = 0; // open facsimile elements: the page does not show their images
            while (reader.hasNext()) {
                int event = reader.next();
                boolean facsimile = (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT)
                        && TEI.equals(reader.getNamespaceURI()) && "facsimile".equals(reader.getLocalName());
                if (facsimile) {
                    facsimiles += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
                }
                if (event == XMLStreamConstants.START_ELEMENT && facsimiles == 0 && TEI.equals(reader.getNamespaceURI())
                        && ("graphic".equals(reader.getLocalName()) || "media".equals(reader.getLocalName()))) {
                    String url = reader.getAttributeValue(null, "url");
                    if (url != null) {
                        references.add(new Reference(url.strip(), reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber()));
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            // Validation has reported the document as not well-formed; its page was not made either.
        }
        return references;
    }

    private void copy(Path input, Reference reference, List<Diagnostic> warnings, List<Shown> shown)
            throws IOException {
        String url = reference.url();
        LocalImageUrl.Kind kind = LocalImageUrl.kind(url, LocalImageUrl.PAGE_IMAGE);
        if (kind == LocalImageUrl.Kind.NOT_LOCAL) {
            notCopied(input, reference).ifPresent(warnings::add);
            return;
        }
        if (kind == LocalImageUrl.Kind.UNNAMEABLE) {
            warnings.add(outside(input, reference));
            return;
        }
        Path relative = LocalImageUrl.relativePath(url);
        Path source = input.toAbsolutePath().getParent().resolve(relative).normalize();
        Path target = outDir.toAbsolutePath().resolve(relative).normalize();
        // Nothing outside the input folder is looked at, not even whether it exists.
        boolean inside = !relative.startsWith("..") && source.startsWith(inDir.toAbsolutePath().normalize());
        if (!inside) {
            if (!source.equals(target)) { // else the page, beside its TEI, looks where the TEI points
                warnings.add(outside(input, reference));
            }
            return;
        }
        if (!Files.isRegularFile(source)) {
            shown.add(new Shown(source, target)); // a rebuild copies it once it is there
            warnings.add(warning(input, reference, "page.image-missing", "The page shows the image " + url
                    + ", but there is no file " + source + " to copy beside it."));
            return;
        }
        if (source.equals(target)) {
            return; // a page written beside its TEI finds the image where it is
        }
        Path inputFolder = inDir.toAbsolutePath().normalize();
        if (target.startsWith(inputFolder) && !outDir.toAbsolutePath().normalize().startsWith(inputFolder)) {
            // The pages are outside the input folder (a build's OUT, with IN inside it) but the URL leads
            // the copy back into it: teikit never writes into its inputs.
            warnings.add(warning(input, reference, "page.image-into-input", "The page shows the image " + url
                    + ", whose copy beside the page would be " + target + ", in the input folder; it is not copied."));
            return;
        }
        if (!source.toRealPath().startsWith(inDir.toRealPath())) {
            warnings.add(outside(input, reference)); // a symbolic link that leads out
            return;
        }
        shown.add(new Shown(source, target));
        Path earlier = copied.putIfAbsent(target, source);
        if (earlier != null) {
            if (!earlier.equals(source) && Files.mismatch(earlier, source) != -1) {
                warnings.add(warning(input, reference, "page.image-clash", "The page shows the image " + url
                        + ", but " + earlier + " goes to the same place beside the pages and differs; rename one"
                        + " of them."));
            }
            return;
        }
        if (!Files.isRegularFile(target) || Files.mismatch(source, target) != -1) {
            AtomicFiles.write(target, out -> Files.copy(source, out));
        }
    }

    private static Diagnostic outside(Path input, Reference reference) {
        return warning(input, reference, "page.image-outside", "The page shows the image " + reference.url()
                + ", which is not in the input folder beside the document; it is not copied beside the page.");
    }

    /**
     * Why an image the page names by a URL that is not a relative path is not copied beside it: an
     * absolute path points into the site the edition is published on, a file: URL at one computer, any
     * other URL elsewhere (the page shows a marker for it: nothing is fetched from elsewhere). Empty for
     * a URL that names no image file.
     */
    private static java.util.Optional<Diagnostic> notCopied(Path input, Reference reference) {
        String url = reference.url();
        if (!LocalImageUrl.namesFileOf(url, LocalImageUrl.PAGE_IMAGE)) {
            return java.util.Optional.empty();
        }
        String scheme = LocalImageUrl.scheme(url);
        if (scheme == null) {
            return java.util.Optional.of(warning(input, reference, "page.image-absolute", "The page shows the image "
                    + url + " from the root of the web site it is published on; teikit copies only images named by "
                    + "a path relative to the TEI document."));
        }
        if (scheme.equalsIgnoreCase("file")) {
            return java.util.Optional.of(warning(input, reference, "page.image-file-url", "The page shows a marker "
                    + "for the image " + url + ", not the image: a file: URL names a file on one computer; give its "
                    + "path relative to the TEI document to have it copied beside the page."));
        }
        return java.util.Optional.of(Diagnostic.info(input.toString(), reference.line(), reference.column(),
                "page.image-remote", "The page shows a marker for the image " + url + ", not the image: the "
                        + "reading edition fetches nothing from elsewhere; keep a copy beside the TEI document and name "
                        + "it by a relative path to show it."));
    }

    private static Diagnostic warning(Path input, Reference reference, String rule, String message) {
        return Diagnostic.warning(input.toString(), reference.line(), reference.column(), rule, message);
    }
}
