package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Conversion;
import org.teikit.Teikit;
import org.teikit.bench.CorpusGenerator;

/**
 * One shared {@link Teikit} used from 8 threads over 500 generated transcriptions gives byte-identical
 * TEI and HTML to a sequential run with another instance.
 */
class ConcurrencyTest {

    private static final int DOCUMENTS = 500;
    private static final int THREADS = 8;
    private static final Instant DATE = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    record Output(String tei, String html) {
    }

    @Test
    void eightThreadsGiveTheSameBytesAsOne() throws Exception {
        CorpusGenerator.generate(tmp, DOCUMENTS, 1200, 3L);
        List<Path> files;
        try (Stream<Path> list = Files.list(tmp)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(DOCUMENTS);

        Teikit sequentialTeikit = Teikit.builder().changeDate(DATE).build();
        Map<Path, Output> sequential = new ConcurrentHashMap<>();
        for (Path file : files) {
            sequential.put(file, run(sequentialTeikit, file));
        }

        Teikit shared = Teikit.builder().changeDate(DATE).build();
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(42));
        Map<Path, Output> parallel = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path file : shuffled) {
                futures.add(pool.submit(() -> {
                    parallel.put(file, run(shared, file));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(parallel).hasSize(DOCUMENTS);
        for (Path file : files) {
            Output one = sequential.get(file);
            Output many = parallel.get(file);
            assertThat(many.tei()).as(file + " TEI").isEqualTo(one.tei());
            assertThat(many.html()).as(file + " HTML").isEqualTo(one.html());
        }
        assertThat(sequential.values().stream().filter(o -> o.html() != null).count()).isEqualTo(DOCUMENTS);
    }

    private static Output run(Teikit teikit, Path file) throws IOException {
        Conversion conversion = teikit.convert(file);
        String tei = conversion.tei();
        String html = tei == null ? null
                : teikit.renderHtml(file.getFileName().toString(), tei.getBytes(StandardCharsets.UTF_8));
        return new Output(tei, html);
    }
}
