package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.Teikit;
import org.teikit.xml.SecureXml;

/**
 * Saxon keeps every element and attribute name it has seen in a name pool of about a million, for as
 * long as the process runs, and refuses every document once it is full: an 11 MB document of a million
 * made-up names used to leave validation and rendering failing for all documents after it. Documents
 * with more distinct names than any TEI document has are now refused at the first name too many.
 */
class ManyNamesTest {

    @TempDir
    Path tmp;

    private static final String TEI_START = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt>"
            + "<title>Names</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
            + "</sourceDesc></fileDesc></teiHeader><text><body><p>";

    /** A TEI document with {@code count} made-up element names, each used once, in the body's paragraph. */
    private Path withNames(String file, String prefix, int count) throws IOException {
        StringBuilder xml = new StringBuilder(TEI_START);
        for (int i = 0; i < count; i++) {
            xml.append('<').append(prefix).append(i).append("/>");
        }
        return Files.writeString(tmp.resolve(file), xml.append("</p></body></text></TEI>"));
    }

    @Test
    void aDocumentWithMoreDistinctNamesThanTeiHasIsOneLocatedErrorAndLeavesTeikitWorking() throws IOException {
        Teikit teikit = Teikit.create();
        // Twice over, with fresh names: enough to fill the name pool were they let in.
        for (String prefix : List.of("a", "b")) {
            Path names = withNames(prefix + "-names.xml", prefix, 600_000);

            for (List<Diagnostic> found : List.of(teikit.validate(names).diagnostics(),
                    teikit.renderHtml(names, tmp.resolve(prefix + "-names.html")))) {
                assertThat(found).filteredOn(Diagnostic::isError).first().satisfies(d -> {
                    assertThat(d.file()).endsWith(prefix + "-names.xml");
                    assertThat(d.line()).isEqualTo(1);
                    assertThat(d.column()).isPositive();
                    assertThat(d.message()).contains("more than " + SecureXml.MAX_DISTINCT_NAMES + " distinct");
                });
            }
            assertThat(tmp.resolve(prefix + "-names.html")).doesNotExist();
        }

        Path ordinary = withNames("ordinary.xml", "hi", 0);
        assertThat(teikit.validate(ordinary).diagnostics()).noneMatch(d -> d.message().contains("NamePool"));
        assertThat(teikit.renderHtml(ordinary, tmp.resolve("ordinary.html"))).noneMatch(Diagnostic::isError);
        assertThat(tmp.resolve("ordinary.html")).isRegularFile();
    }

    @Test
    void aDocumentWithManyNamesButFewerThanTheLimitIsRead() throws IOException {
        Path names = withNames("some-names.xml", "c", SecureXml.MAX_DISTINCT_NAMES - 100);
        List<Diagnostic> found = Teikit.create().validate(names).diagnostics();
        assertThat(found).isNotEmpty().noneMatch(d -> d.message().contains("distinct"));
    }
}
