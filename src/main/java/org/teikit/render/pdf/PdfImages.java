package org.teikit.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.Diagnostic;
import org.teikit.render.LocalImageUrl;

/**
 * The local images a document's PDF may show: each {@code graphic} whose URL is relative and names a
 * PNG, JPEG or GIF file in the document's own folder (or below it), no larger than {@link #MAX_BYTES}
 * and {@link #MAX_PIXELS}.
 * FOP is given only these, as file URIs (the FO stylesheet leaves any other graphic out, keeping its
 * caption; each left out that the reading edition would show as an image is a warning), so a
 * document cannot make the PDF read a file outside its folder, or anything from the network. SVG is
 * left out: it can name further resources of its own.
 */
final class PdfImages {

    /** Larger image files are not embedded. */
    static final long MAX_BYTES = 32L << 20;
    /**
     * Nor images of more pixels (whatever their file's size: a small PNG can claim a vast picture), as
     * FOP decodes some of them whole, in memory: 40 million pixels, ~160 MB decoded.
     */
    static final long MAX_PIXELS = 40_000_000L;

    private static final Pattern IMAGE = Pattern.compile("(?i)\\.(png|jpe?g|gif)$");
    /** The spaces XPath's normalize-space() collapses, which the FO stylesheet applies to the URL it looks up. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]+");

    private PdfImages() {
    }

    /**
     * The images a PDF draws, and a warning for each graphic the reading edition would show as an
     * image that the PDF leaves out.
     *
     * @param images   each drawn graphic's URL, as the FO stylesheet looks it up (spaces normalised), to
     *                 the image's file URI
     * @param warnings one per such URL (its first graphic), saying why
     */
    record Found(Map<String, String> images, List<Diagnostic> warnings) {

        /**
         * Copies the map and the list, so the result is immutable.
         *
         * @param images   URL to file URI
         * @param warnings the graphics not drawn
         */
        Found {
            images = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(images));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The images of {@code document} that are in {@code folder}.
     *
     * @param document the TEI document, with line numbers
     * @param label    the document's name in diagnostics
     * @param folder   the document's folder, or null when it has none (read from memory): no images,
     *                 and no warnings either (nothing could be drawn)
     * @return the images drawn, and warnings about those not drawn
     */
    static Found in(XdmNode document, String label, Path folder) {
        Map<String, String> images = new LinkedHashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        if (folder == null) {
            return new Found(images, warnings);
        }
        java.util.Set<String> looked = new java.util.HashSet<>(); // each URL looked at once, however often shown
        for (NodeInfo graphic : LocalImageUrl.teiElements(document, "graphic")) {
            String url = graphic.getAttributeValue(NamespaceUri.NULL, "url");
            String key = url == null ? null : SPACES.matcher(url).replaceAll(" ").trim();
            if (key == null || LocalImageUrl.inFacsimile(graphic) || !looked.add(key)) {
                continue;
            }
            Outcome outcome = resolve(key, folder);
            if (outcome.file() != null) {
                images.put(key, outcome.file().toUri().toString());
            } else if (outcome.rule() != null) {
                warnings.add(Diagnostic.warning(label, graphic.getLineNumber(), graphic.getColumnNumber(),
                        outcome.rule(), "The PDF leaves out the image " + key + ": " + outcome.why() + "."));
            }
        }
        return new Found(images, warnings);
    }

    /** An image file to draw, or why not (no rule: not a local image at all, so the page shows no image either). */
    private record Outcome(Path file, String rule, String why) {

        static Outcome drawn(Path file) {
            return new Outcome(file, null, null);
        }

        static Outcome not(String rule, String why) {
            return new Outcome(null, rule, why);
        }
    }

    /**
     * The image's number of pixels, from its header (nothing is decoded), or -1 when ImageIO cannot read
     * it as an image.
     */
    private static long pixels(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return -1; // not an image, whatever its name says
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            return -1; // a header ImageIO cannot make sense of
        }
    }

    /** The image file a URL names in {@code folder}, or why it is not one teikit draws. */
    private static Outcome resolve(String url, Path folder) {
        LocalImageUrl.Kind kind = LocalImageUrl.kind(url, IMAGE);
        if (kind == LocalImageUrl.Kind.NOT_LOCAL) {
            return LocalImageUrl.kind(url, LocalImageUrl.PAGE_IMAGE) == LocalImageUrl.Kind.NOT_LOCAL
                    ? Outcome.not(null, null) // no image on the page either: a remote or unknown kind of file
                    : Outcome.not("pdf.image-kind", "the PDF draws PNG, JPEG and GIF images only");
        }
        String outside = "it is not in the document's folder or below it, where the PDF takes images from";
        if (kind == LocalImageUrl.Kind.UNNAMEABLE) {
            return Outcome.not("pdf.image-outside", outside);
        }
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path relative = LocalImageUrl.relativePath(url);
            Path file = base.resolve(relative).normalize();
            if (relative.startsWith("..") || !file.startsWith(base)) {
                return Outcome.not("pdf.image-outside", outside); // nothing outside is looked at
            }
            if (!Files.isRegularFile(file)) {
                return Outcome.not("pdf.image-missing", "there is no file " + file);
            }
            if (!file.toRealPath().startsWith(base.toRealPath())) {
                return Outcome.not("pdf.image-outside", outside); // a symbolic link that leads out
            }
            if (Files.size(file) > MAX_BYTES) {
                return Outcome.not("pdf.image-too-large", "the file is larger than " + (MAX_BYTES >> 20) + " MB");
            }
            long pixels = pixels(file);
            if (pixels < 0) {
                return Outcome.not("pdf.image-unreadable", "the file is not a PNG, JPEG or GIF image that can be read");
            }
            if (pixels > MAX_PIXELS) {
                return Outcome.not("pdf.image-too-large", "it has more than " + MAX_PIXELS / 1_000_000 + " million pixels");
            }
            return Outcome.drawn(file);
        } catch (InvalidPathException | IOException e) {
            return Outcome.not("pdf.image-unreadable", "the file cannot be read");
        }
    }
}
