package org.teikit.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.teikit.ConversionReport;
import org.teikit.io.AtomicFiles;

/** Writes a conversion report beside its TEI, as text and as JSON. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(Path dir, Path source, ConversionReport report) throws IOException {
        AtomicFiles.writeString(OutputPaths.replaceExtension(dir, source, ".report.txt"), report.toText());
        AtomicFiles.writeString(OutputPaths.replaceExtension(dir, source, ".report.json"), report.toJson());
    }
}
