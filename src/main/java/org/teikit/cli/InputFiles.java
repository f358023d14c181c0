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

/** Turns the files and folders named on the command line into the list of files to work on. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * Files stay as they are; folders are walked for files that {@code wanted} accepts, in a stable
     * order. A name that does not exist is reported on {@code err} and left out.
     */
    static List<Path> expand(List<Path> named, Predicate<Path> wanted, PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : named) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(wanted).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (Files.exists(path)) {
                err.println(path + ": error: not a regular file [io.not-a-file]");
            } else {
                err.println(path + ": error: no such file or folder [io.missing]");
            }
        }
        return files;
    }

    static boolean isTranscription(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    static boolean isTei(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") && !name.endsWith(".report.xml");
    }
}
