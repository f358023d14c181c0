package org.teikit.ingest;

import java.time.Instant;

import org.teikit.Conversion;

/**
 * Turns one transcription (any supported input format) into TEI P5 and a conversion report.
 * Immutable and thread-safe: build one and call it from any thread.
 */
public final class Converter {

    private final Instant changeDate;

    /** @param changeDate the time written into {@code revisionDesc/change/@when} (fixed for reproducible output) */
    public Converter(Instant changeDate) {
        this.changeDate = changeDate;
    }

    /**
     * Converts one transcription.
     *
     * @param sourceName the file name used in diagnostics and provenance
     * @param content    the raw bytes of the file
     * @param format     a format id to force, or null to detect
     */
    public Conversion convert(String sourceName, byte[] content, String format) {
        throw new UnsupportedOperationException("not yet");
    }
}
