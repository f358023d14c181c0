package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.build.DocumentOutcome;

/** The build's progress on a terminal and in a log: few writes however fast documents finish, and the end shown. */
class ProgressTest {

    private static final int DOCUMENTS = 2_000;

    private static String report(Progress progress, StringWriter text) {
        for (int i = 1; i <= DOCUMENTS; i++) {
            progress.documentFinished(new DocumentOutcome(Path.of("d" + i + ".txt"), "d" + i, List.of(), false), i,
                    DOCUMENTS);
        }
        progress.finish();
        return text.toString();
    }

    @Test
    void theBarIsRedrawnAtIntervalsAndShowsTheLastDocument() {
        StringWriter text = new StringWriter();
        String drawn = report(new Progress.Bar(new PrintWriter(text)), text);

        long redraws = drawn.chars().filter(c -> c == '\r').count() - 1; // the last clears the line
        assertThat(redraws).isBetween(2L, 100L);
        assertThat(drawn).contains("[" + "#".repeat(30) + "] 2000/2000  d2000").endsWith("\r\u001b[K");
        assertThat(drawn).contains("] 1/2000  d1");
    }

    /** A teiCorpus of many documents is one input: the bar says how far its documents are, after the count. */
    @Test
    void theBarShowsHowFarATeiCorpusIsAfterTheDocumentsFinished() throws InterruptedException {
        StringWriter text = new StringWriter();
        Progress.Bar bar = new Progress.Bar(new PrintWriter(text));
        bar.corpusProgress(Path.of("in/letters.xml"), 1, 4000);
        assertThat(text.toString()).isEqualTo("\rletters.xml 1/4000\u001b[K");
        bar.documentFinished(new DocumentOutcome(Path.of("a.txt"), "a", List.of(), false), 1, 2);
        Thread.sleep(60);
        bar.corpusProgress(Path.of("in/letters.xml"), 120, 4000);
        assertThat(text.toString()).endsWith("\r[" + "#".repeat(15) + " ".repeat(15) + "] 1/2  letters.xml 120/4000\u001b[K");
    }

    @Test
    void aLogGetsTheLastLineOfAQuickBuild() {
        StringWriter text = new StringWriter();
        assertThat(report(new Progress.Lines(new PrintWriter(text)), text).lines())
                .containsExactly("built 2000/2000 documents");
    }
}
