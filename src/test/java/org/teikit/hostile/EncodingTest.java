package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teikit.Conversion;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.Teikit;
import org.teikit.testing.TeiAll;

/**
 * Any text in, a clear answer out, for each transcription reader: odd but valid text keeps every code
 * point exactly (no Unicode normalisation, nothing dropped); line ends, a UTF-8 byte-order mark and
 * UTF-16 with a byte-order mark give the same TEI as plain UTF-8 with LF; Windows-1252, NUL bytes and
 * UTF-16 without a mark are refused with one located error.
 */
class EncodingTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();
    private static final Processor SAXON = new Processor(false);

    @TempDir
    Path tmp;

    static Stream<Arguments> oddTexts() {
        List<Arguments> all = new ArrayList<>();
        List<String[]> texts = List.of(
                new String[] {"arabic", "قال الوزير إن الاتفاق 1958 جيد، and the envoy agreed."},
                new String[] {"hebrew", "השגריר אמר שהנהר רחב, then he left."},
                new String[] {"combining", "Decomposed e\u0301 a\u0308 o\u0302\u0323 beside precomposed é ä ộ; Ǆ and ﬁ stay."},
                new String[] {"astral", "Emoji 😀🇩🇪👩🏽‍🔬, CJK Ext B 𠀀𠜎𪚥, Gothic 𐌰𐌱, math 𝔸."},
                new String[] {"long-line", ("The delegation examined the proposal once more. ").repeat(210).trim()});
        for (String format : Transcriptions.BY_FORMAT.keySet()) {
            for (String[] text : texts) {
                all.add(Arguments.of(format, text[0], text[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oddTexts")
    void codePointsArePreservedExactly(String format, String label, String payload) throws SaxonApiException {
        if (label.equals("long-line")) {
            assertThat(payload.length()).isGreaterThanOrEqualTo(10_000);
        }
        Conversion conversion = TEIKIT.convert(label + ".txt",
                Transcriptions.with(format, payload).getBytes(StandardCharsets.UTF_8), format);
        assertThat(conversion.report().diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
        String tei = conversion.tei();
        assertThat(TeiAll.get().errors(tei)).isEmpty();
        String text = SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(tei)))
                .getStringValue();
        assertThat(text.codePoints().toArray()).as("code points of the TEI text")
                .containsSequence(payload.codePoints().toArray());
    }

    static Stream<Arguments> equivalentBytes() {
        List<Arguments> all = new ArrayList<>();
        for (String format : Transcriptions.BY_FORMAT.keySet()) {
            for (String variant : List.of("crlf", "cr", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-bom-crlf")) {
                all.add(Arguments.of(format, variant));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("equivalentBytes")
    void lineEndsAndByteOrderMarksGiveTheSameTei(String format, String variant) {
        String text = Transcriptions.with(format, "Arabic قال and astral 𠀀 text.");
        Conversion plain = TEIKIT.convert("doc.txt", text.getBytes(StandardCharsets.UTF_8), format);
        String changed = variant.contains("crlf") ? text.replace("\n", "\r\n")
                : variant.equals("cr") ? text.replace("\n", "\r") : text;
        byte[] bytes = switch (variant) {
            case "utf8-bom" -> ("\uFEFF" + changed).getBytes(StandardCharsets.UTF_8);
            case "utf16le-bom", "utf16le-bom-crlf" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    changed.getBytes(StandardCharsets.UTF_16LE));
            case "utf16be-bom" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, changed.getBytes(StandardCharsets.UTF_16BE));
            default -> changed.getBytes(StandardCharsets.UTF_8);
        };
        Conversion other = TEIKIT.convert("doc.txt", bytes, format);
        assertThat(other.report().diagnostics()).isEqualTo(plain.report().diagnostics());
        // The provenance records the SHA-256 of the input bytes, which differ; nothing else may.
        assertThat(withoutHash(other.tei())).isEqualTo(withoutHash(plain.tei()));
        assertThat(TeiAll.get().errors(other.tei())).isEmpty();
    }

    static Stream<Arguments> refusedBytes() {
        List<Arguments> all = new ArrayList<>();
        for (String format : Transcriptions.BY_FORMAT.keySet()) {
            all.add(Arguments.of(format, "windows-1252"));
            all.add(Arguments.of(format, "nul"));
            all.add(Arguments.of(format, "utf16le-no-bom"));
            all.add(Arguments.of(format, "form-feed"));
            all.add(Arguments.of(format, "noncharacter"));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedBytes")
    void otherEncodingsAndBinaryAreOneLocatedError(String format, String variant) {
        String text = Transcriptions.with(format, "Our minister’s café — naïve “quotes”.");
        int line = lineOf(text, "Our minister");
        int startColumn = text.split("\n", -1)[line - 1].indexOf("Our minister") + 1;
        byte[] bytes = switch (variant) {
            case "windows-1252" -> text.getBytes(Charset.forName("windows-1252"));
            case "nul" -> text.replace("Our minister", "Our \0minister").getBytes(StandardCharsets.UTF_8);
            // Found by ConverterFuzzTest: control characters made TEI that was not well-formed.
            case "form-feed" -> text.replace("Our minister", "Our \fminister").getBytes(StandardCharsets.UTF_8);
            case "noncharacter" -> text.replace("Our minister", "Our \uFFFEminister").getBytes(StandardCharsets.UTF_8);
            default -> text.getBytes(StandardCharsets.UTF_16LE);
        };
        Conversion conversion = TEIKIT.convert("bad.txt", bytes, format);
        assertThat(conversion.succeeded()).isFalse();
        List<Diagnostic> errors = conversion.report().diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        assertThat(errors).hasSize(1);
        Diagnostic error = errors.get(0);
        switch (variant) {
            case "windows-1252" -> {
                assertThat(error.rule()).isEqualTo("ingest.encoding");
                assertThat(error.line()).isEqualTo(line);
                // The first non-UTF-8 byte is the right single quote after "The minister".
                assertThat(error.column()).isEqualTo(startColumn + "Our minister".length());
                assertThat(error.message()).contains("not valid UTF-8").contains("0x92");
            }
            case "nul" -> {
                assertThat(error.rule()).isEqualTo("ingest.binary");
                assertThat(error.line()).isEqualTo(line);
                assertThat(error.column()).isEqualTo(startColumn + "Our ".length());
            }
            case "form-feed", "noncharacter" -> {
                assertThat(error.rule()).isEqualTo("ingest.control-character");
                assertThat(error.line()).isEqualTo(line);
                assertThat(error.column()).isEqualTo(startColumn + "Our ".length());
                assertThat(error.message()).contains(variant.equals("form-feed") ? "U+000C" : "U+FFFE");
            }
            default -> {
                assertThat(error.rule()).isEqualTo("ingest.binary");
                assertThat(error.message()).contains("UTF-16");
            }
        }
    }

    @Test
    void convertCommandDecodesUtf16AndRefusesWindows1252WithALocation() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Transcriptions.with("teikit", "Hebrew שלום and astral 😀.");
        Files.write(in.resolve("unicode.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        Files.write(in.resolve("ansi.txt"), Transcriptions.with("teikit", "The café.")
                .getBytes(Charset.forName("windows-1252")));
        var before = Cli.checksums(in);
        Path out = tmp.resolve("out");
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString(), "--date", "2026-01-01T00:00:00Z");

        assertThat(run.exitCode()).as(run.all()).isNotZero();
        assertThat(run.err()).containsPattern("ansi\\.txt:\\d+:\\d+: error: the file is not valid UTF-8");
        assertThat(out.resolve("ansi.xml")).doesNotExist();
        String tei = Files.readString(out.resolve("unicode.xml"));
        assertThat(TeiAll.get().errors(tei)).isEmpty();
        assertThat(tei).contains("Hebrew שלום and astral 😀.");
        assertThat(Cli.checksums(in)).isEqualTo(before);
    }

    private static String withoutHash(String tei) {
        return tei.replaceAll("SHA-256 [0-9a-f]{64}", "SHA-256 …");
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
