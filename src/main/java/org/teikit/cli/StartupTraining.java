package org.teikit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the {@code ./teikit} launcher's start-up archive for every command but the HTML
 * preview: the JVM archives the classes this run loads (on Java 25 loaded and linked), so they should
 * be the ones a scholar's runs need. It builds a copy of the sample
 * transcriptions, PDF included, then edits one of them and builds again, so that a rebuild's own work
 * (reading the last build's state, rewriting a page of the search index) is in the archive too; a
 * single build left it out. Runs the commands as {@code teikit build} runs them, in this JVM.
 *
 * <p>{@code java -cp teikit.jar org.teikit.cli.StartupTraining SAMPLES WORK}, where {@code WORK} is an
 * empty folder of the caller's for the copy and the edition.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StartupTraining SAMPLES_DIR WORK_DIR");
            System.exit(ExitCodes.USAGE);
        }
        System.exit(train(Path.of(args[0]), Path.of(args[1])));
    }

    /**
     * A build of a copy of {@code samples} and a rebuild after one edit: 0 when both worked, else the
     * exit code of the first that did not.
     */
    static int train(Path samples, Path work) throws IOException {
        Path in = work.resolve("in");
        Path edition = work.resolve("edition");
        List<Path> transcriptions = copy(samples, in);
        int built = build(in, edition);
        if (!transcriptions.isEmpty()) {
            Files.writeString(transcriptions.get(0), "\nOne more paragraph, as an editor adds one.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        int rebuilt = build(in, edition);
        return built != ExitCodes.OK ? built : rebuilt;
    }

    private static int build(Path in, Path edition) {
        StringWriter discarded = new StringWriter();
        return Main.run(new PrintWriter(discarded), new PrintWriter(discarded), "build", in.toString(),
                "-o", edition.toString(), "--quiet");
    }

    /** Copies the files of {@code from} (not its folders) into {@code to}; returns the transcriptions' copies. */
    private static List<Path> copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> transcriptions = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path copy = Files.copy(file, to.resolve(file.getFileName().toString()));
                if (copy.getFileName().toString().endsWith(".txt")) {
                    transcriptions.add(copy);
                }
            }
        }
        return transcriptions;
    }
}
