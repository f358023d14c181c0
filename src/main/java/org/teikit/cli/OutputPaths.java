package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.teikit.ConversionReport;
import org.teikit.io.AtomicFiles;
import org.teikit.io.SourcePaths;

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

    /**
     * The files whose output another file, earlier in the list, has already: two inputs of the same name
     * in different folders ({@code a/x.xml}, {@code b/x.xml}), or of the same base name ({@code a.md},
     * {@code a.txt}), or of base names that differ in case only ({@code Memo.md}, {@code memo.txt}: one
     * file on macOS and Windows), which one output folder cannot hold both of. Each is said on {@code err}.
     *
     * @param files  the inputs, in the order they are worked on
     * @param output the output of each, in the output folder
     * @return the inputs to leave out
     */
    static Set<Path> clashing(List<Path> files, Function<Path, Path> output, PrintWriter err) {
        Map<String, Path> owner = new HashMap<>();
        Set<Path> clashing = new HashSet<>();
        for (Path file : files) {
            Path target = output.apply(file);
            Path first = owner.putIfAbsent(SourcePaths.sameFileKey(target.toAbsolutePath().normalize().toString()), file);
            if (first != null && !first.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                err.println(file + ": error: its output " + target + " would replace that of " + first
                        + "; rename one of them, or give them output folders of their own [io.output-clash]");
                clashing.add(file);
            }
        }
        return clashing;
    }

    /**
     * The inputs of one run, looked up by their absolute, normal path: checking each output against them
     * is one lookup, not a walk of every input (a render of 2,000 files spent 5% of its time there).
     */
    static final class Inputs {
        private final Map<Path, Path> byNormalPath = new HashMap<>();

        Inputs(Collection<Path> files) {
            for (Path file : files) {
                byNormalPath.putIfAbsent(normal(file), file);
            }
        }

        /** The input, as it was named, that {@code path} is, if any. */
        Optional<Path> find(Path path) {
            return Optional.ofNullable(byNormalPath.get(normal(path)));
        }

        private static Path normal(Path path) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** False (and one line on {@code err}) when {@code target} is one of the inputs. */
    static boolean checkNotInput(Path target, Inputs inputs, PrintWriter err) {
        Optional<Path> input = inputs.find(target);
        input.ifPresent(file -> err.println(file + ": error: the output would overwrite this input; choose another "
                + "output folder [io.output-is-input]"));
        return input.isEmpty();
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

    /** Refuses an output folder that is a file: one line, instead of the same failure for every input. */
    static boolean checkFolder(Path dir, PrintWriter err) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println(dir + ": error: the output folder is a file; name a folder, or remove the file [io.not-a-folder]");
            return false;
        }
        return true;
    }

    /** An input whose output could not be written (or whose input could not be read): one line. */
    static void reportFailure(Path input, Exception e, PrintWriter err) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        err.println(input + ": error: " + Main.describe(cause) + " [io.error]");
    }

    /**
     * Refuses outputs whose names the file system would refuse, before any of them is written: an
     * input's outputs are written all or none.
     */
    static boolean checkNamesFit(Path input, List<Path> outputs, PrintWriter err) {
        for (Path output : outputs) {
            if (!AtomicFiles.nameFits(output.getFileName().toString())) {
                err.println(input + ": error: the output name " + output.getFileName() + " is longer than file"
                        + " systems allow (" + AtomicFiles.MAX_NAME_BYTES + " bytes); shorten the input's name [io.name-too-long]");
                return false;
            }
        }
        return true;
    }
}
