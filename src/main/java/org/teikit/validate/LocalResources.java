package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;

import com.thaiopensource.resolver.Identifier;
import com.thaiopensource.resolver.Input;
import com.thaiopensource.resolver.Resolver;
import com.thaiopensource.resolver.ResolverException;

/** Opens schema files (and what they include) from local files and the jar only, through the catalog. */
final class LocalResources {

    private LocalResources() {
    }

    static InputStream open(URI uri) throws IOException {
        if (!SchemaLocator.isLocal(uri)) {
            throw new IOException("Refused to read " + uri + ": teikit never reads from the network");
        }
        URLConnection connection = uri.toURL().openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    /** Jing's resolver for include and externalRef: catalog first, local files only. */
    static Resolver jingResolver(SchemaLocator locator) {
        return new Resolver() {
            @Override
            public void resolve(Identifier id, Input input) throws ResolverException {
                if (input.isResolved()) {
                    return;
                }
                URI local = locator.locate(id.getUriReference(), id.getBase()).orElseThrow(() ->
                        new ResolverException("Schema part " + id.getUriReference()
                                + " is not available locally (teikit never reads from the network)"));
                input.setUri(local.toString());
            }

            @Override
            public void open(Input input) throws IOException, ResolverException {
                if (!input.isOpen()) {
                    input.setByteStream(LocalResources.open(URI.create(input.getUri())));
                }
            }
        };
    }
}
