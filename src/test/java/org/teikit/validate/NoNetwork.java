package org.teikit.validate;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the network unreachable for java.net connections while a test runs and records every
 * attempt: any connection goes to a proxy on a closed local port and fails at once.
 */
final class NoNetwork implements AutoCloseable {

    private final ProxySelector previous = ProxySelector.getDefault();
    private final List<URI> attempts = new CopyOnWriteArrayList<>();

    NoNetwork() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add(uri);
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    List<URI> attempts() {
        return attempts;
    }

    @Override
    public void close() {
        ProxySelector.setDefault(previous);
    }
}
