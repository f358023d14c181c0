package org.teikit.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code key: value} header block of the teikit format, between two {@code ---} lines at the
 * top. Values may continue on indented lines. A header with no closing line ends at its first line
 * that is not a field, with a warning.
 */
final class TranscriptionHeader {

    /**
     * One field with the line it starts on: its key (lower case, to look up), its value, and the field
     * as written (key, colon and value, continuation lines joined by a space), for keeping it unread,
     * and how much of that is its first line (a place in the field beyond it is on a later line).
     */
    record Field(String key, String value, int line, String asWritten, int firstLineLength) {
    }

    /** The fields, and the number of source lines the header takes (body starts after them). */
    record Parsed(List<Field> fields, int lineCount) {
        Map<String, Field> byKey() {
            Map<String, Field> map = new LinkedHashMap<>();
            fields.forEach(f -> map.putIfAbsent(f.key(), f));
            return map;
        }
    }

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");

    static Parsed parse(SourceText source, IngestLog log) {
        List<String> lines = source.lines();
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).strip().equals("---")) {
            return new Parsed(List.of(), 0);
        }
        log.drop("header-delimiter", "the --- lines around the header are markup", i + 1, "---");
        List<Field> fields = new ArrayList<>();
        i++;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                log.drop("header-delimiter", "the --- lines around the header are markup", i + 1, "---");
                return new Parsed(fields, i + 1);
            }
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                fields.add(new Field(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip(), i + 1, line.strip(),
                        line.strip().length()));
                log.drop("header-key", "the key of a header field names the TEI element its value goes to",
                        i + 1, m.group(1) + ":");
            } else if (!line.isBlank() && Character.isWhitespace(line.charAt(0)) && !fields.isEmpty()) {
                Field last = fields.remove(fields.size() - 1);
                fields.add(new Field(last.key(), (last.value() + " " + line.strip()).strip(), last.line(),
                        last.asWritten() + " " + line.strip(), last.firstLineLength()));
            } else {
                log.warn(i + 1, 1, "ingest.header-unterminated",
                        "the header opened on line " + (fields.isEmpty() ? i : fields.get(0).line() - 1)
                                + " has no closing '---'; it ends here and the text starts on this line");
                return new Parsed(fields, i);
            }
            i++;
        }
        log.warn(lines.size(), 1, "ingest.header-unterminated", "the header has no closing '---' and no text follows it");
        return new Parsed(fields, lines.size());
    }
}
