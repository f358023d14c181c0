package org.teikit.ingest;

import java.util.regex.Pattern;

/** Tells the input formats apart by their most distinctive marks. Stateless and thread-safe. */
final class FormatDetector {

    private static final Pattern TEIKIT_HEADER = Pattern.compile("\\A\\s*---[ \\t]*\\n[A-Za-z][\\w-]*:");
    private static final Pattern EXPORT_MARKS = Pattern.compile(
            "(?m)^(Citation|Contents|Summary|Credits|Original Language):\\s*$|^[□■☐]|\\[\\\\\\[\\d+\\\\\\]\\]\\(#|\\A\\s*(?:.*\\n\\s*)?\\*\\*");

    /** The format id of the text: {@code teikit}, {@code markdown-export} or (by default) {@code web-capture}. */
    String detect(SourceText source) {
        String text = source.text();
        if (TEIKIT_HEADER.matcher(text).find()) {
            return TranscriptionReader.ID;
        }
        if (EXPORT_MARKS.matcher(text).find()) {
            return MarkdownExportReader.ID;
        }
        return WebCaptureReader.ID;
    }
}
