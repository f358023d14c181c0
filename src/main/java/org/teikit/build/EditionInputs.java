package org.teikit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.teikit.io.NamedFolder;
import org.teikit.io.SourcePaths;

/** Finds a build's inputs: transcriptions to convert and TEI files to take as they are. */
final class EditionInputs {

    private EditionInputs() {
    }

    enum Kind { TRANSCRIPTION, TEI }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") ? Kind.TEI : Kind.TRANSCRIPTION;
    }

    /**
     * What a scan found: the inputs, and the notes about a folder ({@link SourcePaths#isFolderNote}) that look like
     * inputs but are not built.
     */
    record Scan(List<Path> inputs, List<Path> folderNotes) {
    }

    /**
     * Every .txt, .md and .xml file under {@code inDir} (a folder or a link to one), outside hidden
     * folders, in a stable order: the inputs, and apart the folders' notes.
     */
    static Scan scan(Path inDir) throws IOException {
        // The walk's own attributes say which are files (a link is looked at again, as before: a link to
        // a file is an input), instead of a second look at every file.
        try (Stream<Path> walk = NamedFolder.of(inDir).find((p, attributes) -> isInput(p)
                && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p))
                && !SourcePaths.isHidden(inDir.relativize(p)))) {
            java.util.Map<Boolean, List<Path>> found = walk.sorted()
                    .collect(java.util.stream.Collectors.partitioningBy(SourcePaths::isFolderNote));
            return new Scan(found.get(false), found.get(true));
        }
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".xml");
    }


    static String nameOf(Path file) {
        return SourcePaths.baseName(file);
    }
}
