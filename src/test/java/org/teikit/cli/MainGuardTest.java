package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** A JVM Error that escapes a command is one line and exit code 3, never Java's stack trace. */
class MainGuardTest {

    private static String run(Error error, int[] exit) {
        StringWriter err = new StringWriter();
        exit[0] = Main.guarded(new PrintWriter(err), () -> {
            throw error;
        });
        return err.toString();
    }

    @Test
    void aStackOverflowIsOneLine() {
        int[] exit = new int[1];
        String said = run(new StackOverflowError(), exit);
        assertThat(exit[0]).isEqualTo(ExitCodes.INTERNAL);
        assertThat(said.lines()).singleElement().asString()
                .startsWith("teikit: error: the input is nested too deeply").doesNotContain("at org.");
    }

    @Test
    void runningOutOfMemoryIsOneLineThatSaysHowToGiveMore() {
        int[] exit = new int[1];
        String said = run(new OutOfMemoryError("Java heap space"), exit);
        assertThat(exit[0]).isEqualTo(ExitCodes.INTERNAL);
        assertThat(said.lines()).singleElement().asString().contains("out of memory", "TEIKIT_JAVA_OPTS=-Xmx");
    }

    @Test
    void aCommandThatEndsNormallyKeepsItsExitCode() {
        assertThat(Main.guarded(new PrintWriter(new StringWriter()), () -> 1)).isEqualTo(1);
    }

    @Test
    void anIoFailureUnderAnotherSaysWhatAndWhy() {
        assertThat(Main.describe(new java.io.UncheckedIOException("Cannot write the site into /x",
                new java.nio.file.NoSuchFileException("/x/index.html"))))
                .isEqualTo("Cannot write the site into /x: /x/index.html: no such file");
        assertThat(Main.describe(new java.nio.file.NotDirectoryException("/x/letter.txt")))
                .isEqualTo("/x/letter.txt: not a folder");
    }

    /** A first word that is no command says so, with the commands there are ("Unmatched argument at index 0" said neither). */
    @Test
    void anUnknownCommandIsSaidToBeOneWithTheNearest() {
        CliRunner run = CliRunner.run("biuld", "in", "-o", "out");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst()).hasValue(
                "teikit: 'biuld' is not a teikit command; the commands are convert, validate, render, build, schemas (did you mean build?)");
        assertThat(CliRunner.run("render", "a.xml", "--to", "html", "-o", "out", "stray", "--bogus").err())
                .doesNotContain("is not a teikit command");
    }

    /** No command at all (an empty shell variable as the command word) is a usage mistake, not a success. */
    @Test
    void noCommandIsAUsageMistakeWithTheHelp() {
        CliRunner run = CliRunner.run();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines().findFirst()).hasValue(
                "teikit: no command given; the commands are convert, validate, render, build, schemas");
        assertThat(run.err()).contains("Usage: teikit");
        assertThat(run.out()).isEmpty();
        assertThat(CliRunner.run("--help").exitCode()).isEqualTo(ExitCodes.OK);
    }
}
