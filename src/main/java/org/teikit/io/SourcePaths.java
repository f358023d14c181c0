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

    /**
     * What two output names are compared by, to find those that would be one file: their letters with
     * case ignored, as the file systems of macOS and Windows ignore it ({@code Memo.html} replaces
     * {@code memo.html} there), so that an edition stays whole wherever it is made or copied.
     *
     * @param name a file's name or path
     * @return the same for every spelling of it that differs in case only
     */
    public static String sameFileKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether two paths are one file where they are: on the file systems of macOS and Windows,
     * {@code memo.html} and {@code Memo.html} are. A build that removes the outputs of a document renamed
     * in case only ({@code memo.txt} to {@code Memo.txt}) asks this first, or it would remove the new ones.
     *
     * @param a a path
     * @param b another path
     * @return true when both exist and are the same file
     */
    public static boolean oneFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // not known to be one: treated as two, as on most file systems
        }
    }

    /** Names of the notes a folder keeps about itself, whatever their case and extension. */
    private static final java.util.Set<String> FOLDER_NOTES = java.util.Set.of("readme", "license", "licence", "changelog");

    /**
     * Whether {@code file} is a note about its folder ({@code README.md}, {@code LICENSE.txt},
     * {@code CHANGELOG.md}) rather than a document: an archive's export or a project's folder of
     * transcriptions often has one, which a build, or a conversion of the folder, would otherwise take
     * for a transcription.
     *
     * @param file a file
     * @return true for README, LICENSE, LICENCE and CHANGELOG, in any case, with any extension
     */
    public static boolean isFolderNote(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.indexOf('.');
        return FOLDER_NOTES.contains(dot < 0 ? name : name.substring(0, dot));
    }
}
