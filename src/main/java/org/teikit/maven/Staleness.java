package org.teikit.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

import org.teikit.Teikit;

/**
 * Maven's usual incremental rule for one-file-to-one-file goals: an output is up to date when it is
 * newer than its input and than the teikit jar that made it (a new teikit redoes everything).
 */
final class Staleness {

    private final long toolTime;

    Staleness(long toolTime) {
        this.toolTime = toolTime;
    }

    /** Against the jar teikit runs from; when running from a folder of classes (tests), against nothing. */
    static Staleness ofTeikit() {
        try {
            CodeSource source = Teikit.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return new Staleness(Files.getLastModifiedTime(location).toMillis());
                }
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            // Unknown origin: compare with the inputs only.
        }
        return new Staleness(0);
    }

    boolean upToDate(Path input, Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return false;
        }
        long made = Files.getLastModifiedTime(output).toMillis();
        return made > Files.getLastModifiedTime(input).toMillis() && made > toolTime;
    }
}
