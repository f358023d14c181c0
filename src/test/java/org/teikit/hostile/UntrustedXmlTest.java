package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crafted XML given to every command that reads TEI: an external entity naming a local file or a URL
 * is refused with a located error, the file's content never reaches any output and no connection is
 * made; "billion laughs" is refused quickly. Each run is bounded so that a fetch that hangs fails.
 */
class UntrustedXmlTest {

    private static final String SECRET = "TOP-SECRET-7f3a9c";
    /** {@code file:line:col: error:} naming the input. */
    private static final Pattern LOCATED_ERROR = Pattern.compile("evil\\.xml:\\d+:\\d+: error: ");

    @TempDir
    Path tmp;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread listener;

    /** A local "remote" server that counts any connection teikit makes to it. */
    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setSoTimeout(200);
        listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep listening
                } catch (IOException e) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    static Stream<Arguments> commands() {
        List<Arguments> all = new ArrayList<>();
        for (String attack : List.of("file", "http", "laughs", "wide", "default")) {
            all.add(Arguments.of(attack, "validate"));
            all.add(Arguments.of(attack, "html"));
            all.add(Arguments.of(attack, "fo"));
            all.add(Arguments.of(attack, "pdf"));
            all.add(Arguments.of(attack, "build"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("commands")
    void hostileDocumentIsRefusedWithALocatedErrorAndLeaksNothing(String attack, String command) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String doctype = switch (attack) {
            case "file" -> "<!DOCTYPE TEI [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>";
            case "http" -> "<!DOCTYPE TEI [<!ENTITY x SYSTEM 'http://127.0.0.1:" + server.getLocalPort()
                    + "/secret.txt'>]>";
            // Under the parser's count of expansions (2,551), 75 million characters: with Xerces-J, which
            // counts expansions only, such a document went through (the QA's 1 GB one filled 6 GB).
            case "wide" -> "<!DOCTYPE TEI [<!ENTITY w '" + "wide".repeat(7_500) + "'>"
                    + "<!ENTITY v '" + "&w;".repeat(50) + "'><!ENTITY x '" + "&v;".repeat(50) + "'>]>";
            // A long default is copied onto every element without the attribute.
            case "default" -> "<!DOCTYPE TEI [<!ATTLIST p rend CDATA '" + "wide".repeat(5_000) + "'>"
                    + "<!ENTITY x 'text'>]>";
            default -> laughs();
        };
        Path evil = in.resolve("evil.xml");
        Files.writeString(evil, "<?xml version='1.0' encoding='UTF-8'?>\n" + doctype + "\n" + tei());
        Map<String, String> before = Cli.checksums(in);
        Path out = tmp.resolve("out");
        String[] args = switch (command) {
            case "validate" -> new String[] {"validate", evil.toString()};
            case "build" -> new String[] {"build", in.toString(), "-o", out.toString(), "--no-pdf", "-q"};
            default -> new String[] {"render", "--to", command, evil.toString(), "-o", out.toString()};
        };
        long start = System.nanoTime();
        Cli run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.all()).isNotZero();
        assertThat(run.all()).containsPattern(LOCATED_ERROR);
        assertThat(run.all()).containsIgnoringCase(attack.equals("default") ? "default" : "entit");
        // What an expansion would write (the build's copy of its TEI input holds the declarations as written).
        String expanded = attack.equals("default") ? "rend-wide" : attack.equals("wide") ? "wide".repeat(7_501) : "lollollol";
        assertThat(run.all()).doesNotContain(SECRET).doesNotContain(expanded);
        // the reason is a sentence of its own ("... with its text Validation of this file stopped here")
        assertThat(run.all()).doesNotContainPattern("[^.!?] Validation of this file stopped here");
        assertThat(Cli.allText(out)).doesNotContain(SECRET).doesNotContain(expanded);
        assertThat(Files.exists(out.resolve("evil.html"))).isFalse();
        assertThat(Files.exists(out.resolve("evil.pdf"))).isFalse();
        assertThat(Cli.checksums(in)).isEqualTo(before);
        assertThat(connections.get()).as("connections to the 'remote' server").isZero();
        if (attack.equals("laughs")) {
            // Generous for a cold JVM compiling stylesheets; the refusal itself takes milliseconds.
            assertThat(took).isLessThan(Duration.ofSeconds(30));
        }
    }

    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE TEI [<!ENTITY x 'lol'>");
        String prev = "x";
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" '").append(("&" + prev + ";").repeat(10)).append("'>");
            prev = "l" + i;
        }
        // The document uses &x; below; redefine nothing, but make x's use go through the top entity.
        return dtd.toString().replace("<!ENTITY x 'lol'>", "<!ENTITY l0 'lol'>").replace("&x;", "&l0;")
                + "<!ENTITY x '&" + prev + ";'>]>";
    }

    /** An otherwise ordinary, invented TEI document that uses the entity {@code &x;} in its text. */
    private static String tei() {
        return """
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader><fileDesc>
                    <titleStmt><title>Invented test document</title></titleStmt>
                    <publicationStmt><p>Invented for a test.</p></publicationStmt>
                    <sourceDesc><p>None.</p></sourceDesc>
                  </fileDesc></teiHeader>
                  <text><body><p>Before &x; after.</p></body></text>
                </TEI>
                """;
    }
}
