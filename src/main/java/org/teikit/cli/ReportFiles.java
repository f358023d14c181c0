package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.teikit.ConversionReport;
import org.teikit.io.AtomicFiles;

/** Writes a conversion report beside its TEI, as text and as JSON. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path dir, Path source, ConversionReport report) throws IOException {
        List<Path> paths = paths(dir, source);
        AtomicFiles.writeString(paths.get(0), report.toText());
        AtomicFiles.writeString(paths.get(1), report.toJson());
    }

    /** The text and JSON report files of {@code source}, so that callers can refuse to overwrite an input. */
    static List<Path> paths(Path dir, Path source) {
        return List.of(OutputPaths.replaceExtension(dir, source, ".report.txt"),
                OutputPaths.replaceExtension(dir, source, ".report.json"));
    }
}
