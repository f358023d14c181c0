package org.teikit.validate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find their fixtures, the shared material and the project's own files. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/validate/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource validate/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared")).toAbsolutePath().normalize();
    }

    static Path teiAll() {
        return shared().resolve("schemas/tei-4.10.2/tei_all.rng");
    }

    static Path frus(String name) {
        return shared().resolve("corpus/frus").resolve(name);
    }

    static Path project(String relative) {
        Path p = Path.of(relative);
        return Files.exists(p) ? p.toAbsolutePath() : Path.of(System.getProperty("user.dir")).resolve(relative);
    }
}
