package org.teikit.xml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.xml.transform.Source;

import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.StandardUnparsedTextResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.AbstractXsltTransformer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.trans.XPathException;

/**
 * What a running stylesheet may read with {@code doc()}, {@code document()}, {@code unparsed-text()} and
 * their relatives: files in the folder of the document being transformed (and below it) and teikit's own
 * resources, nothing else. A user's Schematron runs arbitrary XPath over the documents it validates; this
 * keeps it (and any stylesheet) from reading the rest of the machine.
 */
public final class ConfinedResources implements ResourceResolver, UnparsedTextURIResolver {

    /** Where teikit's stylesheets and schemas are: a folder in development, a folder inside the jar. */
    private static final String OWN_RESOURCES = ownResources();

    /** The document's folder as given; its real path is looked up only when a resource is asked for (rare). */
    private final Optional<Path> folder;
    private volatile Optional<Path> realFolder;
    /** What resolved resources before (catalogs, refusals that name what a schema needed): asked first. */
    private final ResourceResolver next;
    private final UnparsedTextURIResolver nextText;

    private ConfinedResources(Optional<Path> folder, ResourceResolver next, UnparsedTextURIResolver nextText) {
        this.folder = folder;
        this.next = next;
        this.nextText = nextText == null ? new StandardUnparsedTextResolver() : nextText;
    }

    /**
     * Confines {@code transformer} to the folder of {@code document} (to teikit's resources only when the
     * document is null or has no file location).
     */
    public static void confine(AbstractXsltTransformer transformer, XdmNode document) {
        Configuration config = transformer.getUnderlyingController().getConfiguration();
        ResourceResolver next = transformer.getResourceResolver() != null ? transformer.getResourceResolver()
                : config.getResourceResolver();
        UnparsedTextURIResolver nextText = transformer.getUnparsedTextURIResolver() != null
                ? transformer.getUnparsedTextURIResolver() : config.getUnparsedTextURIResolver();
        ConfinedResources confined = forDocument(document == null ? null : document.getBaseURI(), next, nextText);
        transformer.setResourceResolver(confined);
        transformer.setUnparsedTextResolver(confined);
    }

    /** The confinement for a document at {@code documentUri} (which may be null or not a file). */
    static ConfinedResources forDocument(URI documentUri, ResourceResolver next, UnparsedTextURIResolver nextText) {
        if (documentUri == null || !"file".equals(documentUri.getScheme())) {
            return new ConfinedResources(Optional.empty(), next, nextText);
        }
        Path parent = Path.of(documentUri).getParent();
        return new ConfinedResources(Optional.ofNullable(parent), next, nextText);
    }

    /**
     * The resolvers configured before are asked first (they refuse the network and say so); what they let
     * through is then refused unless it is in the document's folder or teikit's own.
     */
    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        Source source = next == null ? null : next.resolve(request);
        check(request.uri);
        return source;
    }

    @Override
    public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
        check(absoluteURI.toString());
        return nextText.resolve(absoluteURI, encoding, config);
    }

    boolean allows(String uri) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith(OWN_RESOURCES)) {
            return !uri.substring(OWN_RESOURCES.length()).contains("..");
        }
        if (folder.isEmpty() || !uri.startsWith("file:")) {
            return false;
        }
        try {
            return real(Path.of(URI.create(uri))).startsWith(realFolder());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The folder's real path, looked up once (two threads looking it up at once find the same). */
    private Path realFolder() {
        if (realFolder == null) {
            realFolder = folder.map(ConfinedResources::real);
        }
        return realFolder.orElseThrow();
    }

    private void check(String uri) throws XPathException {
        if (!allows(uri)) {
            XPathException refused = new XPathException("teikit lets stylesheets read only the folder of the document"
                    + " and teikit's own resources; refused: " + uri);
            refused.setErrorCode("FODC0002");
            throw refused;
        }
    }

    /** The real path where it exists (so a link cannot lead out of the folder), else the normalised one. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ownResources() {
        URL url = ConfinedResources.class.getClassLoader().getResource("teikit/xslt/");
        return url == null ? "jar:teikit-resources-not-found/" : url.toString().replaceFirst("xslt/$", "");
    }
}
