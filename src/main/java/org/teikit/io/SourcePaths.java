package org.teikit.io;

import java.nio.file.Path;

/** How the build and the Maven plugin read a folder of sources: which files count, and what a file is called. */
public final class SourcePaths {

    private SourcePaths() {
    }

    /** True when any part of {@code relative} starts with a dot (editor backups, .git, teikit's own state). */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The file's name without its last extension: {@code memo.txt} → {@code memo}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
