package org.teikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** teikit's own version, as built by Maven. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /**
     * teikit's version.
     *
     * @return the version string, for example {@code 0.1.0}, or {@code dev} outside a Maven build
     */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
