package org.teikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

    /**
     * Validates a TEI file against the schemas it names in {@code <?xml-model?>} instructions, or the
     * project's default schemas. Never touches the network.
     */
    public ValidationReport validate(Path teiFile) {
        throw new UnsupportedOperationException("validation lands with the validation work");
    }

    /** Renders a TEI file as an HTML page (with its CSS and script beside it). */
    public List<Diagnostic> renderHtml(Path teiFile, Path htmlOut) {
        throw new UnsupportedOperationException("HTML lands with the rendering work");
    }

    /** Renders a TEI file as XSL-FO. */
    public List<Diagnostic> renderFo(Path teiFile, Path foOut, RenderOptions options) {
        throw new UnsupportedOperationException("FO lands with the PDF work");
    }

    /** Renders a TEI file as PDF. */
    public List<Diagnostic> renderPdf(Path teiFile, Path pdfOut, RenderOptions options) {
        throw new UnsupportedOperationException("PDF lands with the PDF work");
    }

    /** Writes the corpus pages (index, facets, search) for already rendered documents. */
    public List<Diagnostic> writeSite(List<Path> teiFiles, Path outDir) {
        throw new UnsupportedOperationException("the site lands with the rendering work");
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
