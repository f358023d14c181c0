package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded transcription: its name, its text and its lines (1-based numbering in every report).
 * Line ends are normalised to {@code \n}; a leading byte-order mark is removed.
 */
public record SourceText(String name, String text, List<String> lines) {

    public SourceText {
        lines = List.copyOf(lines);
    }

    public static SourceText of(String name, String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        return new SourceText(name, normalised, List.of(normalised.split("\n", -1)));
    }

    /** The text's paragraphs: runs of non-blank lines separated by blank lines. */
    public List<SourceBlock> blocks() {
        List<SourceBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(new SourceBlock(start, current));
                    current = new ArrayList<>();
                }
            } else {
                if (current.isEmpty()) {
                    start = i + 1;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new SourceBlock(start, current));
        }
        return blocks;
    }

    /** Number of blank lines directly before the given 1-based line. */
    public int blankLinesBefore(int line) {
        int n = 0;
        for (int i = line - 2; i >= 0 && lines.get(i).isBlank(); i--) {
            n++;
        }
        return n;
    }
}
