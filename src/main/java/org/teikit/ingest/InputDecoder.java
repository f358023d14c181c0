package org.teikit.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.teikit.Diagnostic;

/**
 * Turns the bytes of a transcription into text, or into one located error: empty input, binary
 * input (NUL bytes) and input that is not UTF-8 are refused before any reading starts. UTF-16 with a
 * byte-order mark (as Windows editors save "Unicode" text) is decoded: the mark says unambiguously what
 * the bytes are. Any other encoding (Windows-1252, Latin-1, UTF-16 without a mark) would be a guess,
 * so it is an error naming the first byte that is not UTF-8.
 */
final class InputDecoder {

    /** The decoded text, or the error that stops conversion (exactly one is non-null). */
    record Decoded(SourceText text, Diagnostic error) {
    }

    Decoded decode(String name, byte[] content) {
        if (content == null || isBlank(content)) {
            return failed(name, 0, 0, "ingest.empty", "the file is empty: there is no transcription to convert");
        }
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)) {
            return decodeUtf16(name, content);
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                int[] at = position(content, i);
                return failed(name, at[0], at[1], "ingest.binary",
                        "the file is binary, not a text transcription (NUL byte at offset " + i + "); if it is "
                                + "UTF-16 text without a byte-order mark, save it as UTF-8 and convert again");
            }
        }
        // Checked in small chunks, then decoded once: a large input is not held as bytes, chars and a String at once.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                int offset = in.position();
                int[] at = position(content, offset);
                return failed(name, at[0], at[1], "ingest.encoding", String.format(java.util.Locale.ROOT,
                        "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 and convert again",
                        content[offset] & 0xFF, offset));
            }
            chunk.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return checked(name, new String(content, StandardCharsets.UTF_8));
    }

    /** Whether every byte, read as Latin-1, is white space (without copying the input). */
    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (!Character.isWhitespace((char) (b & 0xFF))) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 after a byte-order mark, strictly: an unpaired surrogate or a NUL character is an error. */
    private static Decoded decodeUtf16(String name, byte[] content) {
        boolean bigEndian = (content[0] & 0xFF) == 0xFE;
        CharsetDecoder decoder = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(content, 2, content.length - 2)).toString();
        } catch (CharacterCodingException e) {
            return failed(name, 0, 0, "ingest.encoding", "the file starts with a UTF-16 byte-order mark but is not "
                    + "valid UTF-16; save it as UTF-8 and convert again");
        }
        return checked(name, text);
    }

    /**
     * Refuses characters that XML 1.0 cannot hold (C0 controls other than tab and line ends, NUL,
     * U+FFFE, U+FFFF): the TEI would not be well-formed, and dropping them silently would change the
     * text. Form feeds from PDF extraction are the usual case; the error names the first one.
     */
    private static Decoded checked(String name, String text) {
        // One pass without copying: inputs may be hundreds of megabytes.
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                int column = i - lineStart + 1;
                return c == 0
                        ? failed(name, line, column, "ingest.binary",
                                "the file is binary, not a text transcription (NUL character)")
                        : failed(name, line, column, "ingest.control-character", String.format(java.util.Locale.ROOT,
                                "the file contains the control character U+%04X, which XML cannot hold; remove it "
                                        + "(or replace it with a space) and convert again", (int) c));
            }
        }
        return new Decoded(SourceText.of(name, text), null);
    }

    /** 1-based line and column (in characters of the valid text before it) of a byte offset. */
    private static int[] position(byte[] content, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(content, lineStart, offset - lineStart)).toString();
        } catch (CharacterCodingException e) {
            before = "";
        }
        return new int[] {line, before.length() + 1};
    }

    private static Decoded failed(String name, int line, int column, String rule, String message) {
        return new Decoded(null, Diagnostic.error(name, line, column, rule, message));
    }
}
