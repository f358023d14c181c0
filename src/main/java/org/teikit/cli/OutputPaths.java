package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.teikit.ConversionReport;

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
        Optional<String> edited = ConversionReport.handEdited(tei, reportJson);
        edited.ifPresent(reason -> err.println(tei + ": error: " + reason + ", and converting again would replace it; "
                + "pass --overwrite to replace it, or convert into another folder [" + ConversionReport.WOULD_OVERWRITE_EDITS + "]"));
        return edited.isEmpty();
    }
}
