package org.teikit.ingest;

import java.util.List;

/** The teikit transcription format (Markdown with a key: value header). */
final class TranscriptionReader implements FormatReader {

    static final String ID = "teikit";

    private final Readers readers;

    TranscriptionReader(Readers readers) {
        this.readers = readers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Read read(SourceText source, IngestLog log) {
        return new Read(new MetadataBuilder(), List.of(), List.of(), null);
    }
}
