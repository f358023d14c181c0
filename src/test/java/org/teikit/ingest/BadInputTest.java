package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.testing.TeiAll;

/** Input that is not a text transcription gives no TEI and exactly one located error. */
class BadInputTest {

    private static Diagnostic onlyError(Conversion c) {
        assertThat(c.tei()).isNull();
        assertThat(c.succeeded()).isFalse();
        assertThat(c.report().diagnostics()).hasSize(1);
        Diagnostic d = c.report().diagnostics().get(0);
        assertThat(d.isError()).isTrue();
        return d;
    }

    @Test
    void emptyFile() {
        Diagnostic d = onlyError(TestFiles.CONVERTER.convert("empty.txt", new byte[0], null));
        assertThat(d.rule()).isEqualTo("ingest.empty");
        assertThat(d.format()).isEqualTo("empty.txt: error: the file is empty: there is no transcription to convert [ingest.empty]");
    }

    @Test
    void blankFileIsEmpty() {
        assertThat(onlyError(TestFiles.CONVERTER.convert("b.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8), null))
                .rule()).isEqualTo("ingest.empty");
    }

    @Test
    void missingContentIsEmpty() {
        assertThat(onlyError(TestFiles.CONVERTER.convert("gone.txt", null, null)).rule()).isEqualTo("ingest.empty");
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        Diagnostic d = onlyError(TestFiles.CONVERTER.convert("image.png", png, null));
        assertThat(d.rule()).isEqualTo("ingest.binary");
        assertThat(d.line()).isEqualTo(3);
    }

    @Test
    void notUtf8ReportsLineAndColumnOfFirstBadByte() {
        byte[] latin1 = "Title\nA line with caf\u00e9 in Latin-1\n".getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic d = onlyError(TestFiles.CONVERTER.convert("latin1.txt", latin1, null));
        assertThat(d.rule()).isEqualTo("ingest.encoding");
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.column()).isEqualTo(16);
        assertThat(d.format()).startsWith("latin1.txt:2:16: error: the file is not valid UTF-8 (byte 0xE9");
    }

    @Test
    void unknownFormat() {
        Diagnostic d = onlyError(TestFiles.CONVERTER.convert("a.txt", "x".getBytes(StandardCharsets.UTF_8), "docx"));
        assertThat(d.rule()).isEqualTo("ingest.format");
    }

    @Test
    void byteOrderMarkIsNotText() {
        byte[] withBom = ("\uFEFFMarch 1, 1960\n\nA title (invented)\n\nA paragraph of invented text.\n")
                .getBytes(StandardCharsets.UTF_8);
        Conversion c = TestFiles.CONVERTER.convert("bom.txt", withBom, null);
        assertThat(c.succeeded()).isTrue();
        assertThat(c.tei()).doesNotContain("\uFEFF").contains("when=\"1960-03-01\"");
    }

    @Test
    void missingFileAndFolder() throws Exception {
        Diagnostic d = onlyError(TestFiles.CONVERTER.convertFile(java.nio.file.Path.of("no/such/file.txt"), null));
        assertThat(d.rule()).isEqualTo("io.missing");
        assertThat(d.format()).isEqualTo("no/such/file.txt: error: no such file [io.missing]");
        assertThat(onlyError(TestFiles.CONVERTER.convertFile(java.nio.file.Path.of("tei"), null)).rule())
                .isEqualTo("io.read");
    }

    @Test
    void theTeiAllCheckCanFail() throws Exception {
        // The validity assertions elsewhere mean something only if the validator rejects bad TEI.
        String noTitle = TestFiles.convert(TestFiles.seed("000_")).tei().replaceAll("<title type=\"main\">[^<]*</title>", "")
                .replace("<head>", "<heading>").replace("</head>", "</heading>");
        assertThat(TeiAll.get().errors(noTitle)).hasSizeGreaterThanOrEqualTo(2);
    }
}
