package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Files worked on at once, and what each says printed in the files' order. */
class FilesInParallelTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(List<Path> files, int threads, FilesInParallel.Work work) throws Exception {
        return FilesInParallel.run(files, threads, work, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void aLaterFileThatFinishesFirstIsStillSaidAfterTheEarlierOnes() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        int failures = run(List.of(Path.of("a.xml"), Path.of("b.xml")), 2, (file, o, e) -> {
            if (file.toString().equals("a.xml")) {
                try {
                    // a.xml waits until b.xml has finished: b's lines exist first, yet are printed second
                    assertThat(secondDone.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
                e.println("a.xml:1:1: error: broken");
                return false;
            }
            o.println("b.xml -> out/b.html");
            secondDone.countDown();
            return true;
        });
        assertThat(failures).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("a.xml:1:1: error: broken" + System.lineSeparator());
        assertThat(out.toString()).isEqualTo("b.xml -> out/b.html" + System.lineSeparator());
    }

    @Test
    void filesAreWorkedOnAtOnce() throws Exception {
        // Each file waits for the other: only two threads at once get past the barrier.
        CyclicBarrier both = new CyclicBarrier(2);
        int failures = run(List.of(Path.of("a.xml"), Path.of("b.xml")), 2, (file, o, e) -> {
            try {
                both.await(30, TimeUnit.SECONDS);
                return true;
            } catch (Exception ex) {
                return false;
            }
        });
        assertThat(failures).isZero();
    }

    @Test
    void oneThreadWorksOnTheCallingThreadInOrder() throws Exception {
        Thread caller = Thread.currentThread();
        int failures = run(List.of(Path.of("a.xml"), Path.of("b.xml"), Path.of("c.xml")), 1, (file, o, e) -> {
            o.println(file + (Thread.currentThread() == caller ? " here" : " elsewhere"));
            return !file.toString().equals("b.xml");
        });
        assertThat(failures).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly("a.xml here", "b.xml here", "c.xml here");
    }

    @Test
    void aBugInTheWorkIsPassedOnAsItIs() {
        assertThatThrownBy(() -> run(List.of(Path.of("a.xml"), Path.of("b.xml")), 2, (file, o, e) -> {
            throw new IllegalArgumentException("a bug on " + file);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("a bug on a.xml");
    }
}
