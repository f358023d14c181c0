package org.teikit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.teikit.Conversion;
import org.teikit.ConversionReport;
import org.teikit.Diagnostic;
import org.teikit.Version;
import org.teikit.io.AtomicFiles;
import org.teikit.io.IoFailures;
import org.teikit.io.Sha256;
import org.teikit.tei.Block;
import org.teikit.tei.Metadata;
import org.teikit.tei.TeiWriter;

/**
 * Turns one transcription (any supported input format) into TEI P5 and a conversion report.
 * Immutable and thread-safe: build one and call it from any thread.
 */
public final class Converter {

    /** The input format ids, in the order they are documented. */
    public static final List<String> FORMATS = List.of(WebCaptureReader.ID, MarkdownExportReader.ID,
            TranscriptionReader.ID);

    private final Instant changeDate;
    private final Map<String, FormatReader> readers;
    private final FormatDetector detector = new FormatDetector();
    private final InputDecoder decoder = new InputDecoder();
    private final TeiWriter writer = new TeiWriter();

    /** @param changeDate the time written into {@code revisionDesc/change/@when} (fixed for reproducible output) */
    public Converter(Instant changeDate) {
        this(changeDate, MarkdownChunks.Limits.DEFAULT);
    }

    /** @param teikitLimits when the Markdown body of a teikit-format transcription is parsed in pieces (tests force it) */
    Converter(Instant changeDate, MarkdownChunks.Limits teikitLimits) {
        this.changeDate = Objects.requireNonNull(changeDate, "changeDate").truncatedTo(ChronoUnit.SECONDS);
        Readers shared = new Readers();
        this.readers = Stream.of(new WebCaptureReader(shared), new MarkdownExportReader(shared),
                        new TranscriptionReader(shared, teikitLimits))
                .collect(Collectors.toUnmodifiableMap(FormatReader::id, Function.identity()));
    }

    /**
     * Converts one transcription.
     *
     * @param sourceName the file name used in diagnostics and provenance
     * @param content    the raw bytes of the file
     * @param format     a format id to force, or null to detect
     */
    public Conversion convert(String sourceName, byte[] content, String format) {
        Prepared prepared = prepare(decode(sourceName == null ? "" : sourceName, content, format));
        if (prepared.failure() != null) {
            return prepared.failure();
        }
        String tei = writer.write(prepared.metadata(), prepared.subtype(), prepared::body);
        return new Conversion(tei, prepared.report());
    }

    /** A decoded input and the hash of its bytes, or the failed conversion; the bytes themselves are not kept. */
    private record Input(String name, SourceText source, String sha256, String format, Conversion failure) {
    }

    /**
     * The header and the body still to be read, or the failed conversion. The body's paragraphs are
     * read, linked and logged as it is written (once); the report is complete only after that.
     */
    private record Prepared(Metadata metadata, String subtype, List<BodyPart> parts, NoteLinker notes, IngestLog log,
                            String format, Conversion failure) {

        Iterator<Block> body() {
            return notes.link(parts);
        }

        ConversionReport report() {
            return log.report(format);
        }

        static Prepared failed(Conversion failure) {
            return new Prepared(null, null, null, null, null, null, failure);
        }
    }

    private Input decode(String name, byte[] content, String format) {
        if (format != null && !readers.containsKey(format)) {
            return new Input(name, null, null, format, failed(name, format, Diagnostic.error(name, 0, 0,
                    "ingest.format", "unknown input format '" + format + "'; use one of " + String.join(", ", FORMATS))));
        }
        InputDecoder.Decoded decoded = decoder.decode(name, content);
        if (decoded.error() != null) {
            return new Input(name, null, null, format, failed(name, format, decoded.error()));
        }
        return new Input(name, decoded.text(), Sha256.of(content), format, null);
    }

    private Prepared prepare(Input input) {
        if (input.failure() != null) {
            return Prepared.failed(input.failure());
        }
        String name = input.name();
        SourceText source = input.source();
        String id = input.format() != null ? input.format() : detector.detect(source);
        IngestLog log = new IngestLog(name);
        FormatReader.Read read = readers.get(id).read(source, log);
        NoteLinker notes = new NoteLinker(read.notes(), log);
        List<BodyPart> parts = new ArrayList<>(read.body());
        MetadataBuilder m = read.metadata();
        complete(m, read, parts, source, log);
        Metadata metadata = m.build(new Metadata.Change(DateTimeFormatter.ISO_INSTANT.format(changeDate),
                "Converted by teikit " + Version.get() + " from " + name + " (SHA-256 " + input.sha256()
                        + "), format " + id + "."));
        return new Prepared(metadata, Vocabulary.subtype(m.documentType), parts, notes, log, id, null);
    }

    /** Fills what the reader left open from what else the document says, and reports each inference. */
    private static void complete(MetadataBuilder m, FormatReader.Read read, List<BodyPart> body, SourceText source,
                                 IngestLog log) {
        if (m.title == null || m.title.isBlank()) {
            m.title = "Untitled transcription (" + source.name() + ")";
            log.warn(1, 1, "ingest.no-title", "the transcription has no title; the TEI title says 'Untitled transcription'");
        }
        if (m.date == null && read.datelineDate() != null) {
            m.date = read.datelineDate();
            log.interpret(0, read.datelineDate().text(), "creation/date (taken from the dateline)");
        }
        if (m.documentType == null) {
            Vocabulary.documentTypeOfTitle(m.title).ifPresent(t -> {
                m.documentType = t;
                log.interpret(0, m.title, "textClass/keywords[@scheme='#doctype'] " + t + " (from the title)");
            });
        }
        if (m.originalLanguage == null && m.inferredLanguage != null) {
            m.originalLanguage = new Metadata.Language(m.inferredLanguage, Vocabulary.languageName(m.inferredLanguage));
            log.interpret(0, m.archivalReference.asWritten(), "langUsage/language[@ident='" + m.inferredLanguage
                    + "'] (inferred from the archive)");
        }
        if (m.textLanguage == null) {
            m.textLanguage = Scripts.dominantLanguage(source.lines());
            log.interpret(0, "(script of the text)", "TEI/@xml:lang='" + m.textLanguage + "' (from the script of the text)");
        }
        // Notes without calls become a paragraph of their own when there is no text.
        if (body.isEmpty() && read.notes().isEmpty()) {
            log.warn(1, 1, "ingest.no-text", "the transcription has no document text; the TEI body holds an empty paragraph");
            body.add(new BodyPart.Ready(new Block.Paragraph(List.of())));
        }
    }

    private static Conversion failed(String name, String format, Diagnostic error) {
        return new Conversion(null, new ConversionReport(name, format == null ? "" : format, List.of(), List.of(),
                List.of(error)));
    }

    /**
     * Reads and converts one file. A file that does not exist ({@code io.missing}), or that cannot be
     * read, a folder among them ({@code io.read}), is an error in the result, as for validation and
     * rendering, not an exception.
     *
     * @param file   the transcription
     * @param format a format id to force, or null to detect
     */
    public Conversion convertFile(Path file, String format) {
        String name = fileName(file);
        Conversion missing = missing(file, name, format);
        if (missing != null) {
            return missing;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return unreadable(file, name, format, e);
        }
        return withDiagnosticsNaming(convert(name, bytes, format), name, file.toString());
    }

    /**
     * Reads and converts one file, writing the TEI to {@code target} (atomically, streamed: the TEI
     * is never held whole in memory, so inputs of hundreds of megabytes convert in a small heap).
     * Nothing is written when the conversion fails. The TEI bytes are those of {@link #convertFile(Path, String)}.
     *
     * @param file   the transcription
     * @param target where the TEI goes
     * @param format a format id to force, or null to detect
     * @return the report; it has errors, and the target was not written, when the input could not be converted
     */
    public ConversionReport convertFile(Path file, Path target, String format) throws IOException {
        String name = fileName(file);
        Conversion missing = missing(file, name, format);
        if (missing != null) {
            return missing.report();
        }
        Prepared prepared = prepareFile(file, name, format);
        if (prepared.failure() != null) {
            return withDiagnosticsNaming(prepared.failure(), name, file.toString()).report();
        }
        // The report records the written file's SHA-256, so that converting again can tell the file as
        // teikit wrote it from one an editor has changed since.
        MessageDigest sha256 = Sha256.digest();
        AtomicFiles.write(target, out -> writer.write(prepared.metadata(), prepared.subtype(), prepared::body,
                new DigestOutputStream(out, sha256)));
        return withDiagnosticsNaming(new Conversion(null, prepared.report()), name, file.toString()).report()
                .withTeiSha256(Sha256.hex(sha256));
    }

    /** Reads, decodes and models one file; the bytes and the text are unreachable once it returns. */
    private Prepared prepareFile(Path file, String name, String format) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Prepared.failed(unreadable(file, name, format, e));
        }
        return prepare(decode(name, bytes, format));
    }

    private static Conversion unreadable(Path file, String name, String format, IOException e) {
        return failed(name, format, Diagnostic.error(file.toString(), 0, 0, "io.read", "cannot be read: " + IoFailures.describe(e)));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static Conversion missing(Path file, String name, String format) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        return failed(name, format, Files.isDirectory(file)
                ? Diagnostic.error(file.toString(), 0, 0, "io.read", "this is a folder, not a transcription file")
                : Diagnostic.error(file.toString(), 0, 0, "io.missing", "no such file"));
    }

    /**
     * The TEI records the file by its name (so a file converts the same from any folder), but the
     * diagnostics name it as the user gave it, so that editors can jump to it.
     */
    private static Conversion withDiagnosticsNaming(Conversion conversion, String name, String path) {
        ConversionReport report = conversion.report();
        List<Diagnostic> located = report.diagnostics().stream()
                .map(d -> d.file().equals(name) ? new Diagnostic(d.severity(), path, d.line(), d.column(), d.rule(),
                        d.message(), d.xpath()) : d)
                .toList();
        return new Conversion(conversion.tei(), new ConversionReport(report.source(), report.format(),
                report.interpretations(), report.dropped(), located, report.teiSha256()));
    }
}
