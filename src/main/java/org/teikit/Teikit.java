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

    /**
     * A Teikit with the default settings.
     *
     * @return a new Teikit; build it once and share it
     */
    public static Teikit create() {
        return builder().build();
    }

    /**
     * Starts building a Teikit with non-default settings.
     *
     * @return a builder holding the default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The time written into each converted document's {@code revisionDesc/change/@when}.
     *
     * @return the conversion date this Teikit records
     */
    public Instant changeDate() {
        return changeDate;
    }

    /**
     * Converts a transcription file, detecting its format.
     *
     * @param file the transcription (UTF-8 text)
     * @return the TEI and the conversion report; an unreadable or unrecognised input is a report with errors
     * @throws IOException when the file cannot be read
     */
    public Conversion convert(Path file) throws IOException {
        return convert(file, null);
    }

    /**
     * Converts a transcription file.
     *
     * @param file   the transcription (UTF-8 text)
     * @param format a format id ({@code web-capture}, {@code markdown-export}, {@code teikit}), or null to detect
     * @return the TEI and the conversion report; an unreadable or unrecognised input is a report with errors
     * @throws IOException when the file cannot be read
     */
    public Conversion convert(Path file, String format) throws IOException {
        return converter.convert(file.toString(), Files.readAllBytes(file), format);
    }

    /**
     * Converts a transcription held in memory.
     *
     * @param sourceName the name used in diagnostics and provenance (for example the file name)
     * @param content    the transcription's bytes (UTF-8)
     * @param format     a format id ({@code web-capture}, {@code markdown-export}, {@code teikit}), or null to detect
     * @return the TEI and the conversion report
     */
    public Conversion convert(String sourceName, byte[] content, String format) {
        return converter.convert(sourceName, content, format);
    }

    /**
     * Validates a TEI file against the schemas it names in {@code <?xml-model?>} instructions, or the
     * project's default schemas. Never touches the network.
     *
     * @param teiFile the TEI document
     * @return every problem found, located; an invalid or unreadable document is a report with errors
     */
    public ValidationReport validate(Path teiFile) {
        throw new UnsupportedOperationException("validation lands with the validation work");
    }

    /**
     * Renders a TEI file as an HTML page (with its CSS and script beside it).
     *
     * @param teiFile the TEI document
     * @param htmlOut the page to write
     * @return the problems met while rendering; none means the page was written
     */
    public List<Diagnostic> renderHtml(Path teiFile, Path htmlOut) {
        throw new UnsupportedOperationException("HTML lands with the rendering work");
    }

    /**
     * Renders a TEI file as XSL-FO.
     *
     * @param teiFile the TEI document
     * @param foOut   the XSL-FO file to write
     * @param options paper size and PDF/A setting
     * @return the problems met while rendering; none means the file was written
     */
    public List<Diagnostic> renderFo(Path teiFile, Path foOut, RenderOptions options) {
        throw new UnsupportedOperationException("FO lands with the PDF work");
    }

    /**
     * Renders a TEI file as PDF.
     *
     * @param teiFile the TEI document
     * @param pdfOut  the PDF to write
     * @param options paper size and PDF/A setting
     * @return the problems met while rendering; none means the PDF was written
     */
    public List<Diagnostic> renderPdf(Path teiFile, Path pdfOut, RenderOptions options) {
        throw new UnsupportedOperationException("PDF lands with the PDF work");
    }

    /**
     * Writes the corpus pages (index, facets, search) for already rendered documents.
     *
     * @param teiFiles the edition's TEI documents, each rendered as {@code <name>.html} in {@code outDir}
     * @param outDir   the edition folder, where {@code index.html} and the other pages are written
     * @return the problems met while writing the pages
     */
    public List<Diagnostic> writeSite(List<Path> teiFiles, Path outDir) {
        throw new UnsupportedOperationException("the site lands with the rendering work");
    }

    /** Options for building a {@link Teikit}. Not thread-safe; the built object is. */
    public static final class Builder {
        private Instant changeDate = defaultChangeDate();

        private Builder() {
        }

        /**
         * The time recorded as each conversion's date; fix it for byte-for-byte reproducible output.
         *
         * @param date the instant written into {@code revisionDesc/change/@when}
         * @return this builder
         */
        public Builder changeDate(Instant date) {
            this.changeDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Builds the Teikit.
         *
         * @return an immutable, thread-safe Teikit with these settings
         */
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
