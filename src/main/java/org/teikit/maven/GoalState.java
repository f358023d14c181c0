package org.teikit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.teikit.Diagnostic;
import org.teikit.build.Fingerprint;
import org.teikit.io.AtomicFiles;
import org.teikit.io.Sha256;
import org.teikit.io.SourcePaths;

/**
 * What a goal's last run into its output folder did, as {@link org.teikit.build.EditionBuild} keeps it
 * for {@code teikit build}: the fingerprint of teikit and of the goal's options that shape its outputs,
 * and per input the outputs it wrote and the diagnostics it reported. With it a goal redoes every input
 * when an option changed, reports an up-to-date input's problems again (so that they fail the build
 * again), and removes what it wrote for an input that is gone.
 *
 * @param fingerprint teikit's code and the goal's options, hashed; null in an empty state
 * @param inputs      by input, as a path relative to the state file's folder (with {@code /})
 * @param shared      the files written for all inputs together (the corpus pages), relative to the
 *                    goal's output folder (with {@code /})
 */
record GoalState(String fingerprint, Map<String, Input> inputs, List<String> shared) {

    /**
     * One input as the last run left it.
     *
     * @param outputs     the files written for it, relative to the goal's output folder (with {@code /})
     * @param diagnostics what was reported about it
     * @param hash        the SHA-256 of its content when they were made; null in a state of an older teikit
     * @param parts       for a teiCorpus, the SHA-256 of each of its documents' TEI as written out, by name
     *                    (a document that is the same keeps its outputs when the corpus changed elsewhere);
     *                    empty for other inputs
     */
    record Input(List<String> outputs, List<Diagnostic> diagnostics, String hash, Map<String, String> parts) {
        Input {
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
            parts = parts == null ? Map.of() : Map.copyOf(parts);
        }

        Input(List<String> outputs, List<Diagnostic> diagnostics, String hash) {
            this(outputs, diagnostics, hash, null);
        }

        Input(List<String> outputs, List<Diagnostic> diagnostics) {
            this(outputs, diagnostics, null);
        }

        /** This input as made from content of {@code hash}. */
        Input madeFrom(String hash) {
            return new Input(outputs, diagnostics, hash, parts);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    GoalState {
        inputs = inputs == null ? new TreeMap<>() : new TreeMap<>(inputs);
        shared = shared == null ? List.of() : List.copyOf(shared);
    }

    static GoalState empty(String fingerprint) {
        return new GoalState(fingerprint, new TreeMap<>(), List.of());
    }

    /** This state with {@code shared} as the files written for all inputs together. */
    GoalState withShared(List<String> shared) {
        return new GoalState(fingerprint, inputs, shared);
    }

    /**
     * The fingerprint of this teikit (its jar, or its classes, stylesheets and schemas) with a goal's
     * options: {@code options} names every option that changes what the goal writes, and nothing else.
     */
    static String fingerprint(String goal, String options) {
        return Fingerprint.of(goal + "|" + options);
    }

    /**
     * The state file of {@code goal} writing into {@code outDir}: in {@code stateDir} (the project's
     * build folder), named after the goal and the output folder, so that executions writing elsewhere
     * keep their own.
     */
    static Path file(Path stateDir, String goal, Path outDir) {
        String folder = stateDir.getParent() == null ? outDir.toString()
                : stateDir.getParent().relativize(outDir).toString().replace('\\', '/');
        String id = Sha256.of(folder.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        return stateDir.resolve(goal + "-" + id + ".json");
    }

    /** The state saved in {@code file}; an empty one (no fingerprint) when there is none or it cannot be read. */
    static GoalState load(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return JSON.readValue(file.toFile(), GoalState.class);
            } catch (IOException e) {
                // An unreadable state costs a full run, and leaves what earlier runs wrote in place.
            }
        }
        return empty(null);
    }

    /** Writes the state to {@code file} atomically: a run cut short leaves the last complete one. */
    void save(Path file) throws IOException {
        try {
            AtomicFiles.write(file, JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the state of a teikit goal", e);
        }
    }

    /** Whether the last run was made by this teikit with the same options ({@code fingerprint}). */
    boolean madeWith(String fingerprint) {
        return fingerprint != null && fingerprint.equals(this.fingerprint);
    }

    /** The input's key: its path relative to the state file's folder, so that a moved project keeps its state. */
    static String key(Path stateFile, Path input) {
        Path dir = stateFile.toAbsolutePath().normalize().getParent();
        return dir.relativize(input.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Where an output recorded as {@code output} is, in {@code outDir}; null when the record points
     * outside it (a state file edited by hand): a goal removes only files in its own folder.
     */
    static Path resolve(Path outDir, String output) {
        Path top = outDir.toAbsolutePath().normalize();
        Path file = top.resolve(output).normalize();
        return file.startsWith(top) && !file.equals(top) ? file : null;
    }

    Input input(String key) {
        return inputs.get(key);
    }

    void put(String key, Input input) {
        inputs.put(key, input);
    }

    /**
     * The outputs the last run ({@code this}) wrote that {@code next} did not write again: those of inputs
     * that are gone, those an input no longer makes, and corpus pages no longer made (a site turned off,
     * fewer search files). Relative to the output folder, sorted.
     */
    List<String> staleOutputs(GoalState next) {
        Set<String> stale = outputs();
        stale.removeAll(next.outputs());
        return new ArrayList<>(stale);
    }

    /**
     * {@link #staleOutputs(GoalState)} in {@code outDir}, but for those that are one file with an output
     * {@code next} makes under a name differing in case only, where the file system ignores case (an input
     * renamed from {@code memo.txt} to {@code Memo.txt} on macOS: {@code tei/memo.xml} is the new
     * {@code tei/Memo.xml}), which removing them would remove.
     */
    List<String> staleOutputs(GoalState next, Path outDir) {
        Map<String, String> liveByKey = new java.util.HashMap<>();
        next.outputs().forEach(output -> liveByKey.put(SourcePaths.sameFileKey(output), output));
        return staleOutputs(next).stream().filter(output -> {
            String live = liveByKey.get(SourcePaths.sameFileKey(output));
            Path file = resolve(outDir, output);
            Path liveFile = live == null ? null : resolve(outDir, live);
            return file == null || liveFile == null || !SourcePaths.oneFile(file, liveFile);
        }).toList();
    }

    /** Every output this state records: the corpus pages' and each input's. */
    private Set<String> outputs() {
        Set<String> all = new TreeSet<>(shared);
        inputs.values().forEach(i -> all.addAll(i.outputs()));
        return all;
    }
}
