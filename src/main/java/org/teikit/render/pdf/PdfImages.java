package org.teikit.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.render.LocalImageUrl;

/**
 * The local images a document's PDF may show: each {@code graphic} whose URL is relative and names a
 * PNG, JPEG or GIF file in the document's own folder (or below it), no larger than {@link #MAX_BYTES}
 * and {@link #MAX_PIXELS}.
 * FOP is given only these, as file URIs (the FO stylesheet shows any other graphic as a marker), so a
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
     * The images of {@code document} that are in {@code folder}, by their graphic's URL as the FO
     * stylesheet looks it up (spaces normalised).
     *
     * @param document the TEI document
     * @param folder   the document's folder, or null when it has none (read from memory): no images
     * @return URL to file URI
     */
    static Map<String, String> in(XdmNode document, Path folder) {
        Map<String, String> images = new LinkedHashMap<>();
        if (folder == null) {
            return images;
        }
        java.util.Set<String> looked = new java.util.HashSet<>(); // each URL looked at once, however often shown
        for (NodeInfo graphic : LocalImageUrl.teiElements(document, "graphic")) {
            String url = graphic.getAttributeValue(NamespaceUri.NULL, "url");
            if (url != null) {
                String key = SPACES.matcher(url).replaceAll(" ").trim();
                Path file = looked.add(key) ? resolve(key, folder) : null;
                if (file != null) {
                    images.put(key, file.toUri().toString());
                }
            }
        }
        return images;
    }

    /**
     * Whether the file is an image ImageIO can read the size of (from its header: nothing is decoded)
     * and has at most {@link #MAX_PIXELS} pixels.
     */
    private static boolean reasonableSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false; // not an image, whatever its name says
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            return false; // a header ImageIO cannot make sense of
        }
    }

    /** The image file a URL names in {@code folder}, or null when it is not one teikit embeds. */
    private static Path resolve(String url, Path folder) {
        if (LocalImageUrl.kind(url, IMAGE) != LocalImageUrl.Kind.RELATIVE) {
            return null;
        }
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path relative = LocalImageUrl.relativePath(url);
            Path file = base.resolve(relative).normalize();
            if (relative.startsWith("..") || !file.startsWith(base)
                    || !Files.isRegularFile(file) || !file.toRealPath().startsWith(base.toRealPath())
                    || Files.size(file) > MAX_BYTES || !reasonableSize(file)) {
                return null;
            }
            return file;
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }
}
