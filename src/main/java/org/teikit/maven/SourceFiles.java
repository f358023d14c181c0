package org.teikit.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.teikit.Diagnostic;
import org.teikit.io.SourcePaths;

/**
 * The edition's source files in its folders, with the same rules as {@code teikit build}: transcriptions
 * are {@code .txt} and {@code .md}, TEI is {@code .xml}, hidden folders and the folders' notes
 * ({@code README.md}, {@link SourcePaths#isFolderNote}) are skipped, and a document's name is its file
 * name without the extension.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    static List<Path> transcriptions(Path... dirs) throws IOException {
        return scan(dirs, name -> name.endsWith(".txt") || name.endsWith(".md"));
    }

    static List<Path> tei(Path... dirs) throws IOException {
        return scan(dirs, name -> name.endsWith(".xml"));
    }

    /** Matching files under each folder that exists, each folder in a stable order, each file once. */
    private static List<Path> scan(Path[] dirs, Predicate<String> wantedName) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (dir == null || !Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !SourcePaths.isHidden(dir.relativize(p)) && !SourcePaths.isFolderNote(p))
                        .filter(p -> wantedName.test(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                        .map(p -> p.toAbsolutePath().normalize())
                        .sorted()
                        .filter(p -> !files.contains(p))
                        .forEach(files::add);
            }
        }
        return files;
    }


    static String nameOf(Path file) {
        return SourcePaths.baseName(file);
    }

    /**
     * Each file's document name, in input order. A second file with a name already taken is reported in
     * {@code clashes} and left out, rather than silently overwriting the first one's outputs.
     */
    static Map<Path, String> names(List<Path> files, List<Diagnostic> clashes) {
        Map<Path, String> names = new LinkedHashMap<>();
        Map<String, Path> taken = new HashMap<>();
        for (Path file : files) {
            String name = nameOf(file);
            Path first = taken.putIfAbsent(SourcePaths.sameFileKey(name), file);
            if (first != null) {
                clashes.add(Diagnostic.error(file.toString(), 0, 0, "build.name-clash",
                        "another file, " + first + ", already makes the document '" + name
                                + "'; rename one of them (this one was not built)"));
            } else {
                names.put(file, name);
            }
        }
        return names;
    }
}
