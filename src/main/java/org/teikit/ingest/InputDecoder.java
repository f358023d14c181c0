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
        return checkedUtf8(name, content);
    }

    /**
     * {@link #checked(String, String)} on valid UTF-8 bytes, without decoding them: the characters it
     * refuses are single bytes in UTF-8 (controls) or {@code EF BF BE/BF} (U+FFFE, U+FFFF). Columns
     * count characters, as in the decoded text.
     */
    private static Decoded checkedUtf8(String name, byte[] content) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            } else if (b < 0x20 && b != '\t' || b == 0xEF && i + 2 < content.length && (content[i + 1] & 0xFF) == 0xBF
                    && ((content[i + 2] & 0xFF) == 0xBE || (content[i + 2] & 0xFF) == 0xBF)) {
                char c = b < 0x20 ? (char) b : (content[i + 2] & 0xFF) == 0xBE ? '\uFFFE' : '\uFFFF';
                return refused(name, line, charsIn(content, lineStart, i) + 1, c);
            }
        }
        return new Decoded(SourceText.ofUtf8(name, content), null);
    }

    /** The number of UTF-16 characters that the valid UTF-8 bytes {@code from} to {@code to} decode to. */
    private static int charsIn(byte[] utf8, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int b = utf8[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                n += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return n;
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
                return refused(name, line, i - lineStart + 1, c);
            }
        }
        return new Decoded(SourceText.of(name, text), null);
    }

    private static Decoded refused(String name, int line, int column, char c) {
        return c == 0
                ? failed(name, line, column, "ingest.binary",
                        "the file is binary, not a text transcription (NUL character)")
                : failed(name, line, column, "ingest.control-character", String.format(java.util.Locale.ROOT,
                        "the file contains the control character U+%04X, which XML cannot hold; remove it "
                                + "(or replace it with a space) and convert again", (int) c));
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
