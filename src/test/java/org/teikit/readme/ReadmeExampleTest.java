package org.teikit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example ({@code src/test/resources/readme/Example.java}, pasted into the README
 * as it is) compiles against teikit and does what the README says: converts a transcription, validates
 * the TEI, renders HTML and PDF, and prints the diagnostics.
 */
class ReadmeExampleTest {

    private static final Path EXAMPLE = Path.of("src/test/resources/readme/Example.java");
    /** An invented transcription, from the example edition. */
    private static final Path TRANSCRIPTION = Path.of("examples/edition/src/main/transcriptions/memo-lighthouse.txt");

    @TempDir
    Path tmp;

    @Test
    void theReadmeExampleIsShort() throws IOException {
        List<String> code = Files.readAllLines(EXAMPLE).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("/**") && !l.equals("}"))
                .toList();
        assertThat(code).as("lines of code besides imports").hasSizeLessThanOrEqualTo(16);
    }

    @Test
    void theReadmeExampleCompilesAndRuns() throws Exception {
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        compile(classes);

        Path out = tmp.resolve("out");
        String printed = runMain(classes, TRANSCRIPTION.toString(), out.toString());

        assertThat(out.resolve("document.xml")).content(StandardCharsets.UTF_8)
                .contains("http://www.tei-c.org/ns/1.0");
        assertThat(out.resolve("document.html")).content(StandardCharsets.UTF_8).contains("<html");
        assertThat(Files.readAllBytes(out.resolve("document.pdf"))).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        // Whatever it prints is diagnostics in the compiler style, and none is an error.
        assertThat(printed.lines().toList()).allMatch(l -> l.matches(".+: (warning|info): .+"), "diagnostic lines");
    }

    private static void compile(Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK's compiler").isNotNull();
        DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
            // Surefire puts the whole test class path here; java.class.path may be its one-jar launcher.
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror",
                    "-classpath", classPath, "-d", classes.toString());
            boolean ok = javac.getTask(null, files, problems, options, null,
                    files.getJavaFileObjects(EXAMPLE.toFile())).call();
            assertThat(problems.getDiagnostics()).as("compiler messages")
                    .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING);
            assertThat(ok).isTrue();
        }
    }

    private static String runMain(Path classes, String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader());
             PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Method main = loader.loadClass("Example").getMethod("main", String[].class);
            System.setOut(capture);
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(stdout);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
