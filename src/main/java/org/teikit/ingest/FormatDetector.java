package org.teikit.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells the input formats apart by their most distinctive marks. Stateless and thread-safe. Reads
 * line by line (the marks never span lines), so a large text is not decoded whole.
 */
final class FormatDetector {

    /** After the leading white space: the teikit header's opening line, then a key. */
    private static final Pattern HEADER_OPEN = Pattern.compile("---[ \\t]*");
    private static final Pattern HEADER_KEY = Pattern.compile("[A-Za-z][\\w-]*:.*");
    /** Marks of the Markdown export on any line. */
    private static final Pattern EXPORT_LINE = Pattern.compile(
            "(?m)^(Citation|Contents|Summary|Credits|Original Language):\\s*$|^[□■☐]|\\[\\\\\\[\\d+\\\\\\]\\]\\(#");

    /** The format id of the text: {@code teikit}, {@code markdown-export} or (by default) {@code web-capture}. */
    String detect(SourceText source) {
        List<String> lines = source.lines();
        int first = firstNonBlank(lines, 0);
        if (first < lines.size()) {
            String opening = stripSpace(lines.get(first));
            if (HEADER_OPEN.matcher(opening).matches() && first + 1 < lines.size()
                    && HEADER_KEY.matcher(lines.get(first + 1)).lookingAt()) {
                return TranscriptionReader.ID;
            }
            // A title in bold as the first text, or right after the first line (a date); "." of the
            // original single pattern does not cross U+0085, U+2028 or U+2029, so neither does this.
            int second = firstNonBlank(lines, first + 1);
            if (opening.startsWith("**") || opening.chars().noneMatch(FormatDetector::isOtherLineEnd)
                    && second < lines.size() && stripSpace(lines.get(second)).startsWith("**")) {
                return MarkdownExportReader.ID;
            }
        }
        for (String line : lines) {
            if (EXPORT_LINE.matcher(line).find()) {
                return MarkdownExportReader.ID;
            }
        }
        return WebCaptureReader.ID;
    }

    /** The first line from {@code from} that is not only regex white space ({@code [ \t\x0B\f]}). */
    private static int firstNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && stripSpace(lines.get(i)).isEmpty()) {
            i++;
        }
        return i;
    }

    /** The line without the leading characters that {@code \s} matches (lines hold no line ends). */
    private static String stripSpace(String line) {
        int i = 0;
        while (i < line.length() && " \t\u000B\f".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isOtherLineEnd(int c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
