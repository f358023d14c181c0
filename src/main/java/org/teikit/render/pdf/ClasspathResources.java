package org.teikit.render.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Resolves {@code classpath:} URIs for FOP (fonts inside jars), so teikit needs nothing beside its jar.
 * Nothing else is reachable through it; writing is refused.
 */
final class ClasspathResources implements ResourceResolver {

    static final String SCHEME = "classpath";

    static InputStream open(URI uri) throws IOException {
        String path = uri.getSchemeSpecificPart();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new FileNotFoundException("Not on the classpath: " + uri);
        }
        return in;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        return new Resource(open(uri));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Cannot write to the classpath: " + uri);
    }
}
