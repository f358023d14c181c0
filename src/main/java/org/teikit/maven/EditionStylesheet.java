package org.teikit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.teikit.io.AtomicFiles;

/**
 * Adds an edition's own CSS to the rendered pages. Every page and the site link {@code teikit.css}
 * beside them; the edition's rules are appended to it after a marker line, so they come later in the
 * cascade and win over teikit's defaults. Applying again replaces what follows the marker, so
 * incremental builds do not pile copies up.
 */
final class EditionStylesheet {

    static final String CSS_FILE = "teikit.css";
    static final String MARKER = "/* ==== the edition's own stylesheet (teikit Maven plugin): ";

    private EditionStylesheet() {
    }

    /**
     * Appends {@code css} to {@code outDir/teikit.css}.
     *
     * @return false when there is no teikit.css in {@code outDir} (no HTML was rendered), and nothing was done
     */
    static boolean apply(Path css, Path outDir) throws IOException {
        Path target = outDir.resolve(CSS_FILE);
        if (!Files.isRegularFile(target)) {
            return false;
        }
        String base = Files.readString(target, StandardCharsets.UTF_8);
        int mark = base.indexOf(MARKER);
        if (mark >= 0) {
            base = base.substring(0, mark);
        }
        if (!base.isEmpty() && !base.endsWith("\n")) {
            base += "\n";
        }
        String own = Files.readString(css, StandardCharsets.UTF_8);
        AtomicFiles.writeString(target, base + MARKER + css.getFileName() + " ==== */\n" + own);
        return true;
    }
}
