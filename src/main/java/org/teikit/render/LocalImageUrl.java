package org.teikit.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NamespaceUri;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NameTest;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;

/**
 * How teikit reads the URL of a TEI {@code graphic} as a local image, the same way for the HTML page
 * (which copies the image beside it) and the PDF (which embeds it): a relative URL without a scheme,
 * naming a file with an image extension, its path decoded as a browser decodes it.
 */
public final class LocalImageUrl {

    /** The image files the reading edition shows as images (html-inline.xsl, the graphic template). */
    public static final Pattern PAGE_IMAGE = Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp)$");

    private static final NamespaceUri TEI = NamespaceUri.of("http://www.tei-c.org/ns/1.0");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");

    /** The outcome for one URL. */
    public enum Kind {
        /** Not a local image: remote, absolute, or not an image file by its name. */
        NOT_LOCAL,
        /** Local by its form, but not a path this system can name. */
        UNNAMEABLE,
        /** A relative path, in {@link #relativePath}. */
        RELATIVE
    }

    private LocalImageUrl() {
    }

    /**
     * The TEI elements of these names in a document (those whose {@code url} may name an image), in
     * document order: by axis steps with name tests, which a tiny tree answers from its name table (0.02
     * ms for a 4 MB volume, where asking each element for its name took 30 ms).
     *
     * @param tree       the document
     * @param localNames TEI element names, such as {@code graphic}
     * @return the elements
     */
    public static List<NodeInfo> teiElements(XdmNode tree, String... localNames) {
        NodeInfo root = tree.getUnderlyingNode();
        List<NodeInfo> elements = new ArrayList<>();
        for (String name : localNames) {
            AxisIterator found = root.iterateAxis(AxisInfo.DESCENDANT,
                    new NameTest(Type.ELEMENT, TEI, name, root.getConfiguration().getNamePool()));
            for (NodeInfo element = found.next(); element != null; element = found.next()) {
                elements.add(element);
            }
        }
        if (localNames.length > 1) {
            elements.sort(NodeInfo::compareOrder);
        }
        return elements;
    }

    /**
     * Whether the element is in a TEI {@code facsimile}, whose images neither the page nor the PDF
     * shows (they are the source's pictures, not part of the reading text).
     *
     * @param element a TEI element
     * @return whether an ancestor is a facsimile
     */
    public static boolean inFacsimile(NodeInfo element) {
        for (NodeInfo e = element.getParent(); e != null; e = e.getParent()) {
            if (e.getNodeKind() == Type.ELEMENT && "facsimile".equals(e.getLocalPart()) && TEI.equals(e.getNamespaceUri())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code url} names a local image with one of the {@code extensions}.
     *
     * @param url        the URL as written (stripped of surrounding spaces)
     * @param extensions a pattern that the path's end must match, such as {@code (?i)\.(png|gif)$}
     * @return its kind
     */
    public static Kind kind(String url, Pattern extensions) {
        if (url.isEmpty() || SCHEME.matcher(url).find() || url.startsWith("/") || url.startsWith("\\")
                || !namesFileOf(url, extensions)) {
            return Kind.NOT_LOCAL;
        }
        Path relative = relativePath(url);
        return relative == null || relative.isAbsolute() ? Kind.UNNAMEABLE : Kind.RELATIVE;
    }

    /**
     * Whether the URL's path (without query or fragment) ends as {@code extensions} says.
     *
     * @param url        the URL as written
     * @param extensions a pattern that the path's end must match
     * @return whether it names such a file
     */
    public static boolean namesFileOf(String url, Pattern extensions) {
        return extensions.matcher(QUERY_OR_FRAGMENT.matcher(url).replaceFirst("")).find();
    }

    /**
     * The URL's scheme ({@code https}, {@code file}), or null for a path.
     *
     * @param url the URL as written
     * @return its scheme
     */
    public static String scheme(String url) {
        java.util.regex.Matcher m = SCHEME.matcher(url);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The path a local image URL names, normalised ({@code ..} kept at its start), or null when it names
     * none on this system.
     *
     * @param url a URL for which {@link #kind} is not {@link Kind#NOT_LOCAL}
     * @return the relative path
     */
    public static Path relativePath(String url) {
        String path;
        try {
            path = new URI(url).getPath(); // %20 and the like decoded, as a browser does
        } catch (URISyntaxException e) {
            path = QUERY_OR_FRAGMENT.matcher(url).replaceFirst(""); // "img/page 1.png": taken as written
        }
        try {
            return path == null ? null : Path.of(path).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
