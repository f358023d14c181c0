package org.teikit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;

/** Where outputs go, and the refusal to overwrite an input. */
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

    /** False (and one line on {@code err}) when {@code target} is one of the inputs. */
    static boolean checkNotInput(Path target, Collection<Path> inputs, PrintWriter err) {
        Path normalTarget = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input.toAbsolutePath().normalize().equals(normalTarget)) {
                err.println(input + ": error: the output would overwrite this input; choose another "
                        + "output folder [io.output-is-input]");
                return false;
            }
        }
        return true;
    }
}
