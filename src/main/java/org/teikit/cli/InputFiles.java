package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.teikit.io.NamedFolder;

/** Turns the files and folders named on the command line into the list of files to work on. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * The files to work on, and whether every name given stood for at least one of them.
     *
     * @param files    the files, in the order named, a folder's in a stable order
     * @param complete false when a name was missing, not a file, or a folder without any wanted file
     */
    record Expanded(List<Path> files, boolean complete) {
    }

    /**
     * Files stay as they are; folders are walked for files that {@code wanted} accepts, in a stable
     * order. A name that does not exist, and a folder without any such file (the {@code kind} of file
     * wanted, for example "transcriptions (.txt, .md)"), is reported on {@code err} and left out.
     */
    static Expanded expand(List<Path> named, Predicate<Path> wanted, String kind, PrintWriter err)
            throws IOException {
        return expand(named, wanted, kind, null, err);
    }

    /**
     * As {@link #expand(List, Predicate, String, PrintWriter)}, a folder's walk leaving out what is in
     * {@code outputDir}, when that is a folder below it: a command's own outputs (the reports of {@code
     * convert DIR -o DIR/tei}, say) are not inputs of its next run.
     */
    static Expanded expand(List<Path> named, Predicate<Path> wanted, String kind, Path outputDir, PrintWriter err)
            throws IOException {
        List<Path> files = new ArrayList<>();
        boolean complete = true;
        Path outputs = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                int before = files.size();
                Path folder = path.toAbsolutePath().normalize();
                boolean below = outputs != null && outputs.startsWith(folder) && !outputs.equals(folder);
                Predicate<Path> notOutput = file -> !below || !file.toAbsolutePath().normalize().startsWith(outputs);
                try (Stream<Path> walk = NamedFolder.of(path).walk()) {
                    walk.filter(Files::isRegularFile).filter(wanted).filter(notOutput).sorted().forEach(files::add);
                }
                if (files.size() == before) {
                    err.println(path + ": error: the folder holds no " + kind + " [io.no-inputs]");
                    complete = false;
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                err.println(path + (Files.exists(path) ? ": error: not a regular file [io.not-a-file]"
                        : ": error: no such file or folder [io.missing]"));
                complete = false;
            }
        }
        return new Expanded(onceEach(files), complete);
    }

    /**
     * The files, each once: a file named twice, or by name and by its folder, is one input (it was
     * rendered or converted twice, the second time for nothing).
     */
    private static List<Path> onceEach(List<Path> files) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        return files.stream().filter(file -> seen.add(file.toAbsolutePath().normalize())).toList();
    }

    static boolean isTranscription(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    static boolean isTei(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml");
    }
}
