package org.teikit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        // Streamed: the report of a very large input is not built as one string.
        AtomicFiles.write(paths.get(0), out -> {
            Writer text = utf8(out);
            report.writeText(text);
            text.flush();
        });
        AtomicFiles.write(paths.get(1), out -> {
            Writer json = utf8(out);
            report.writeJson(json);
            json.flush();
        });
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Whether a file is the text report of an earlier conversion: {@code x.report.txt} with its JSON
     * twin beside it. Not a transcription, though its name ends in {@code .txt}: converting into the
     * input folder itself ({@code teikit convert DIR -o DIR}) must not read it back as one.
     */
    static boolean isTextReport(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".report.txt") && Files.isRegularFile(
                file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json"));
    }

    /** The text and JSON report files of {@code source}, so that callers can refuse to overwrite an input. */
    static List<Path> paths(Path dir, Path source) {
        return List.of(OutputPaths.replaceExtension(dir, source, ".report.txt"),
                OutputPaths.replaceExtension(dir, source, ".report.json"));
    }
}
