package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.ConversionReport;

class ReportAndThreadsTest {

    @Test
    void textReportNamesFormatInterpretationsDropsAndWarnings() {
        ConversionReport r = TestFiles.convert(TestFiles.seed("000_")).report();
        String text = r.toText();
        assertThat(text).contains("format: web-capture")
                .contains("line 64: 'AVPRF f. 0100, op. 49, 1956, p. 410, d. 6, l. 3…' → msIdentifier (AVPRF, 5 parts)")
                .contains("page-chrome ×1").contains("lines 71, 78, 81");
        ConversionReport broken = TestFiles.convert(
                java.nio.file.Path.of("src/test/resources/ingest/f07-export-note-problems.txt")).report();
        assertThat(broken.toText()).contains("f07-export-note-problems.txt:15:54: warning: footnote call [\\[2\\]](#) "
                + "has no note; the call is kept as text [ingest.call-without-note]");
    }

    @Test
    void jsonReportIsWellFormedAndComplete() throws Exception {
        ConversionReport r = TestFiles.convert(
                java.nio.file.Path.of("src/test/resources/ingest/f05-teikit-note-problems.txt")).report();
        List<String> rules = new ArrayList<>();
        int interpretations = 0;
        try (JsonParser p = new JsonFactory().createParser(r.toJson())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("rule")) {
                    rules.add(p.nextTextValue());
                }
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("as")) {
                    interpretations++;
                }
            }
        }
        assertThat(rules).containsExactly("ingest.call-without-note", "ingest.duplicate-note",
                "ingest.note-without-call", "ingest.note-without-call");
        assertThat(interpretations).isEqualTo(r.interpretations().size());
    }

    @Test
    void oneConverterServesManyThreads() throws Exception {
        List<java.nio.file.Path> inputs = new ArrayList<>(TestFiles.seeds());
        inputs.addAll(TestFiles.fixtures());
        List<String> expected = inputs.stream().map(p -> TestFiles.convert(p).tei()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (java.nio.file.Path p : inputs) {
                    futures.add(pool.submit(() -> TestFiles.convert(p).tei()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void forcedFormatIsUsed() {
        Conversion c = TestFiles.CONVERTER.convert("x.txt", TestFiles.bytes(TestFiles.seed("001_")), "web-capture");
        assertThat(c.report().format()).isEqualTo("web-capture");
        assertThat(c.tei()).isNotNull();
    }
}
