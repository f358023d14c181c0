package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two adds to one store at once, from two threads or two processes, keep both schemas: each add
 * reads the catalog, changes it and writes it whole, and one of two adds at once was lost.
 */
class SchemaStoreConcurrencyTest {

    private static final int EACH = 15;

    @TempDir
    Path dir;

    /** Writes {@code EACH} small schemas named {@code prefix-N.rng} and returns them. */
    private List<Path> schemas(String prefix) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.createDirectories(dir.resolve("src"));
        for (int i = 0; i < EACH; i++) {
            files.add(Files.writeString(dir.resolve("src/" + prefix + "-" + i + ".rng"),
                    "<element name='TEI' ns='http://www.tei-c.org/ns/1.0' xmlns='http://relaxng.org/ns/structure/1.0'><text/></element>"));
        }
        return files;
    }

    private static String address(Path schema) {
        return "https://example.org/" + schema.getFileName();
    }

    @Test
    void twoThreadsAddingAtOnceKeepEverySchema() throws Exception {
        Path store = dir.resolve("store");
        List<List<Path>> halves = List.of(schemas("a"), schemas("b"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> adds = new ArrayList<>();
            for (List<Path> half : halves) {
                adds.add(pool.submit(() -> {
                    start.await();
                    for (Path schema : half) {
                        new SchemaStore(store).add(schema, address(schema));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> add : adds) {
                add.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new SchemaStore(store).entries()).hasSize(2 * EACH);
    }

    @Test
    void twoProcessesAddingAtOnceKeepEverySchema() throws Exception {
        Path store = dir.resolve("store");
        List<Path> ours = schemas("a");
        List<Path> theirs = schemas("b");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Adder.class.getName(), store.toString()));
        theirs.forEach(p -> command.add(p.toString()));
        Process other = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("ready"); // its classes loaded: the adds now overlap
            for (Path schema : ours) {
                new SchemaStore(store).add(schema, address(schema));
            }
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as("the other process: %s", out.lines().toList()).isZero();
        } finally {
            other.destroyForcibly();
        }
        assertThat(new SchemaStore(store).entries()).hasSize(2 * EACH);
    }

    /** The other process: adds the schemas named on its command line to the store named first. */
    public static final class Adder {
        public static void main(String[] args) throws IOException {
            Path store = Path.of(args[0]);
            new SchemaStore(store).entries(); // load the classes before saying ready
            System.out.println("ready");
            System.out.flush();
            for (int i = 1; i < args.length; i++) {
                Path schema = Path.of(args[i]);
                new SchemaStore(store).add(schema, address(schema));
            }
        }
    }
}
