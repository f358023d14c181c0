package org.teikit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.teikit.ConversionReport;
import org.teikit.io.Sha256;

/** Where outputs go, and the refusals to overwrite an input or a TEI file changed by hand. */
final class OutputPaths {

    private OutputPaths() {
    }

    /** {@code dir/<name of file without its extension><extension>}. */
    static Path replaceExtension(Path dir, Path file, String extension) {
        return dir.resolve(baseName(file) + extension);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** False (and one line on {@code err}) when {@code target} is one of the inputs. */
    static boolean checkNotInput(Path target, Collection<Path> inputs, PrintWriter err) {
        Path normalTarget = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(normalTarget)) {
                err.println(input + ": error: the output would overwrite this input; choose another "
                        + "output folder [io.output-is-input]");
                return false;
            }
        }
        return true;
    }

    /**
     * False (and one line on {@code err}) when {@code tei} exists but is not the file teikit wrote
     * there: its SHA-256 differs from the one its JSON conversion report recorded, or there is no
     * such report. Converting again would replace an editor's changes to the TEI with the
     * transcription's conversion.
     */
    static boolean checkNotEditedSinceConverted(Path tei, Path reportJson, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(tei)) {
            return true;
        }
        String recorded = recordedTeiSha256(reportJson);
        if (recorded != null && recorded.equals(Sha256.of(tei))) {
            return true;
        }
        err.println(tei + ": error: " + (recorded == null
                ? "this TEI file was not written by 'teikit convert' (no conversion report records it)"
                : "this TEI file was changed after 'teikit convert' wrote it")
                + ", and converting again would replace it; pass --overwrite to replace it, or convert into "
                + "another folder [io.would-overwrite-edits]");
        return false;
    }

    /** The TEI hash a JSON conversion report records, or null (no report, or none recorded). */
    private static String recordedTeiSha256(Path reportJson) throws IOException {
        if (!Files.isRegularFile(reportJson)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(reportJson)) {
            return ConversionReport.readTeiSha256(in).orElse(null);
        }
    }
}
