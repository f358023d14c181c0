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
    void aMissingDocumentIsADiagnosticForEveryRendererAndTheValidator(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such.xml");
        List<List<Diagnostic>> results = List.of(
                TEIKIT.renderHtml(missing, tmp.resolve("o.html")),
                TEIKIT.renderFo(missing, tmp.resolve("o.fo"), RenderOptions.defaults()),
                TEIKIT.renderPdf(missing, tmp.resolve("o.pdf"), RenderOptions.defaults()),
                TEIKIT.validate(missing).diagnostics());
        for (List<Diagnostic> diagnostics : results) {
            assertThat(diagnostics).singleElement().satisfies(d -> {
                assertThat(d.file()).isEqualTo(missing.toString());
                assertThat(d.rule()).isIn("render.no-such-file", "io.not-found");
            });
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
