package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

import org.teikit.ingest.Converter;

/**
 * The library's entry point: convert transcriptions to TEI, validate TEI, render it.
 *
 * <p>Build one with {@link #builder()} (or {@link #create()} for the defaults) and share it: a
 * {@code Teikit} is immutable and thread-safe, and the stylesheets and schemas behind it are compiled
 * once, on first use, and reused by every call from every thread.
 *
 * <p>Invalid or unreadable documents are results, not exceptions: each call returns its diagnostics.
 * Only I/O failure (a file that cannot be read or written) throws.
 */
public final class Teikit {

    private final Instant changeDate;
    private final Converter converter;

    private Teikit(Builder builder) {
        this.changeDate = builder.changeDate;
        this.converter = new Converter(changeDate);
    }

    /** A Teikit with the default settings. */
    public static Teikit create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The time written into each converted document's {@code revisionDesc/change/@when}. */
    public Instant changeDate() {
        return changeDate;
    }

    /** Converts a transcription file, detecting its format. */
    public Conversion convert(Path file) throws IOException {
        return convert(file, null);
    }

    /**
     * Converts a transcription file.
     *
     * @param format a format id ({@code web-capture}, {@code markdown-export}, {@code teikit}), or null to detect
     */
    public Conversion convert(Path file, String format) throws IOException {
        return converter.convert(file.toString(), Files.readAllBytes(file), format);
    }

    /** Converts a transcription held in memory; {@code sourceName} is used in diagnostics and provenance. */
    public Conversion convert(String sourceName, byte[] content, String format) {
        return converter.convert(sourceName, content, format);
    }

    /** Options for building a {@link Teikit}. Not thread-safe; the built object is. */
    public static final class Builder {
        private Instant changeDate = defaultChangeDate();

        private Builder() {
        }

        /** The time recorded as each conversion's date; fix it for byte-for-byte reproducible output. */
        public Builder changeDate(Instant date) {
            this.changeDate = Objects.requireNonNull(date, "date");
            return this;
        }

        public Teikit build() {
            return new Teikit(this);
        }

        /** SOURCE_DATE_EPOCH (seconds) when set, as reproducible-builds.org defines it; otherwise now. */
        private static Instant defaultChangeDate() {
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            if (epoch != null && epoch.matches("\\d+")) {
                return Instant.ofEpochSecond(Long.parseLong(epoch));
            }
            return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }
}
