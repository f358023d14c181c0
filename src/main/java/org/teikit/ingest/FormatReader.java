package org.teikit.ingest;

import java.util.List;

/** Reads one input format into the document model. Implementations are stateless and thread-safe. */
interface FormatReader {

    /** The format id ({@code web-capture}, {@code markdown-export}, {@code teikit}). */
    String id();

    /** Reads the source; everything decided, dropped or doubtful goes to the log. */
    Read read(SourceText source, IngestLog log);

    /**
     * What a reader found: header fields, body blocks (with unlinked note calls), the notes.
     *
     * @param datelineDate the date of the opener's dateline, used when the header has no date
     */
    record Read(MetadataBuilder metadata, List<BodyPart> body, List<NoteLinker.SourceNote> notes,
                org.teikit.tei.TeiDate datelineDate) {
    }
}
