package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Path;

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

    /**
     * Why a part a schema includes cannot be read, and what to do: a local file that is not there (a
     * schema added to the schema store without its parts, which go beside it), or an address on the web.
     */
    static String unavailable(String reference, String base) {
        URI absolute = SchemaLocator.absolute(reference, base);
        if (absolute != null && SchemaLocator.isLocal(absolute)) {
            String where = "file".equals(absolute.getScheme()) ? Path.of(absolute).toString() : absolute.toString();
            return "Schema part " + reference + " does not exist (" + where + "): a schema's parts go beside it;"
                    + " for a schema in the schema store, add the schema again (teikit schemas add FILE --as URL), which brings its parts";
        }
        return "Schema part " + reference + " is not available locally (teikit never reads from the network;"
                + " add a local copy once with: teikit schemas add FILE --as " + (absolute == null ? reference : absolute) + ")";
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
                        new ResolverException(unavailable(id.getUriReference(), id.getBase())));
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
