package org.teikit.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.teikit.ValidationReport;

/**
 * Validates a generated folder of invented TEI documents and prints files per second and the time
 * spent compiling schemas versus validating. Not a test; run with {@code mvn -B -Pbench verify -DskipTests}.
 * Arguments: [count] [folder] [schema...] (default 1000, target/bench-tei, teikit's own schemas).
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench-tei");
        generate(folder, count);
        TeiValidator.Builder builder = TeiValidator.builder().schemaStore(folder.resolve("no-store"));
        for (int i = 2; i < args.length; i++) {
            builder.schema(args[i]);
        }
        TeiValidator validator = builder.build();
        long start = System.nanoTime();
        List<ValidationReport> reports = validator.validateAll(List.of(folder));
        double wall = (System.nanoTime() - start) / 1e9;
        double compile = validator.schemaCompileTime().toNanos() / 1e9;
        long invalid = reports.stream().filter(r -> !r.isValid()).count();
        System.out.printf(Locale.ROOT, "validated %d files (%d invalid) with %d threads in %.2f s: %.0f files/s%n",
                reports.size(), invalid, Runtime.getRuntime().availableProcessors(), wall, reports.size() / wall);
        System.out.printf(Locale.ROOT, "schema compilation %.2f s, validation %.2f s (wall clock; compilation runs once, first use)%n",
                compile, wall - compile);
    }

    /** Invented documents in teikit's shape, of varying length, one in fifty with an editorial mistake. */
    static void generate(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 3 + i % 20;
            for (int p = 1; p <= paragraphs; p++) {
                body.append("        <p>Invented paragraph ").append(p).append(" of benchmark document ").append(i)
                        .append(", about <placeName>Lorvan</placeName> and the <supplied reason=\"clarification\">river</supplied> on ")
                        .append("<date when=\"1958-05-0").append(1 + p % 9).append("\">May 1958</date>.");
                if (p % 4 == 0) {
                    int n = p / 4;
                    // Every fiftieth document numbers a note wrongly, so the editorial rules have work.
                    body.append("<note place=\"foot\" n=\"").append(i % 50 == 0 ? n + 1 : n).append("\" xml:id=\"note-")
                            .append(n).append("\">An invented note.</note>");
                }
                body.append("</p>\n");
            }
            String tei = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!-- Invented benchmark document %d. -->
                    <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                      <teiHeader>
                        <fileDesc>
                          <titleStmt><title type="main">Invented telegram %d</title></titleStmt>
                          <publicationStmt><publisher>Invented Benchmark Archive</publisher></publicationStmt>
                          <sourceDesc><msDesc><msIdentifier><repository>Invented Archive</repository><idno>f. 1, d. %d</idno></msIdentifier></msDesc></sourceDesc>
                        </fileDesc>
                        <profileDesc><creation><date when="1958-05-03">3 May 1958</date></creation></profileDesc>
                      </teiHeader>
                      <text>
                        <body>
                          <div type="document" subtype="telegram">
                    %s      </div>
                        </body>
                      </text>
                    </TEI>
                    """.formatted(i, i, i, body);
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "doc-%04d.xml", i)), tei, StandardCharsets.UTF_8);
        }
    }
}
