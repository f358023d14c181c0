package org.teikit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.RenderOptions;
import org.teikit.Teikit;

/**
 * The library's contract at its edges: a missing document is a result with a located diagnostic on
 * every path (HTML, FO and PDF alike), and a null argument is a NullPointerException naming it, not
 * one from deep inside.
 */
class LibraryArgumentsTest {

    private static final Teikit TEIKIT = Teikit.create();

    @Test
    void aMissingDocumentIsTheSameDiagnosticForEveryCall(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("no-such.xml");
        List<List<Diagnostic>> results = List.of(
                TEIKIT.renderHtml(missing, tmp.resolve("o.html")),
                TEIKIT.renderFo(missing, tmp.resolve("o.fo"), RenderOptions.defaults()),
                TEIKIT.renderPdf(missing, tmp.resolve("o.pdf"), RenderOptions.defaults()),
                TEIKIT.validate(missing).diagnostics(),
                TEIKIT.convert(missing).report().diagnostics());
        // one rule for one condition, whichever call meets it (there were four)
        for (List<Diagnostic> diagnostics : results) {
            assertThat(diagnostics).singleElement().satisfies(d -> {
                assertThat(d.file()).isEqualTo(missing.toString());
                assertThat(d.rule()).isEqualTo("io.missing");
            });
        }
        // a folder (as a document) is one that cannot be read, for every call alike: the PDF called it XML
        // that is not well-formed ("Is a directory"), the converter a missing file
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("folder.xml"));
        for (List<Diagnostic> diagnostics : List.of(TEIKIT.renderHtml(folder, tmp.resolve("f.html")),
                TEIKIT.renderPdf(folder, tmp.resolve("f.pdf"), RenderOptions.defaults()), TEIKIT.validate(folder).diagnostics(),
                TEIKIT.convert(folder).report().diagnostics())) {
            assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("io.read"));
        }
        assertThat(tmp.resolve("o.fo")).doesNotExist();
        assertThat(tmp.resolve("o.pdf")).doesNotExist();
    }

    @Test
    void aNullArgumentIsANullPointerExceptionNamingIt(@TempDir Path tmp) throws Exception {
        Path tei = tmp.resolve("a.xml");
        Files.writeString(tei, "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>");
        assertNamed(() -> TEIKIT.convert((Path) null), "file");
        assertNamed(() -> TEIKIT.convert(tei, (Path) null, null), "target");
        assertNamed(() -> TEIKIT.convert((String) null, new byte[0], null), "sourceName");
        assertNamed(() -> TEIKIT.validate((Path) null), "teiFile");
        assertNamed(() -> TEIKIT.validate((String) null, new byte[0]), "systemId");
        assertNamed(() -> TEIKIT.renderHtml(tei, null), "htmlOut");
        assertNamed(() -> TEIKIT.renderPdf(tei, tmp.resolve("o.pdf"), null), "options");
        assertNamed(() -> TEIKIT.writeSite(null, tmp), "teiFiles");
    }

    private static void assertNamed(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String name) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
    }
}
