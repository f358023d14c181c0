package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.teikit.render.html.HtmlTestSupport;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Whether an output file is complete: well-formed XML, a whole HTML page, a PDF with its end marker, whole JSON. */
final class OutputChecks {

    private OutputChecks() {
    }

    /** Visible files under {@code dir} (temporary and state files are hidden: their names start with a dot). */
    static List<Path> visibleFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static List<Path> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static void assertComplete(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        assertThat(bytes).as(file + " is empty").isNotEmpty();
        if (name.endsWith(".xml") || name.endsWith(".fo")) {
            try {
                var reader = SecureXml.newXmlReader();
                reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
            } catch (SAXException e) {
                throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
            }
        } else if (name.endsWith(".html")) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            assertThat(html.strip()).as(file + " ends its page").endsWith("</html>");
            HtmlTestSupport.parse(html);
        } else if (name.endsWith(".pdf")) {
            assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                    StandardCharsets.ISO_8859_1);
            assertThat(tail.strip()).as(file + " ends with %%EOF").endsWith("%%EOF");
        } else if (name.endsWith(".json")) {
            try (JsonParser parser = new JsonFactory().createParser(bytes)) {
                while (parser.nextToken() != null) {
                    // reading to the end fails on a truncated document
                }
            }
        }
    }
}
