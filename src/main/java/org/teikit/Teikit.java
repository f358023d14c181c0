package org.teikit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.teikit.ingest.Converter;
import org.teikit.pipeline.Stages;
import org.teikit.render.RenderException;
import org.teikit.render.html.HtmlRenderer;
import org.teikit.render.html.PageImages;
import org.teikit.render.pdf.PdfOptions;
import org.teikit.render.site.CorpusMembers;

/**
 * The library's entry point: convert transcriptions to TEI, validate TEI, render it.
 *
 * <p>Build one with {@link #builder()} (or {@link #create()} for the defaults) and share it: a
 * {@code Teikit} is immutable and thread-safe, and the stylesheets and schemas behind it are compiled
 * once, on first use, and reused by every call from every thread.
 *
 * <p>Invalid, unreadable or missing documents are results, not exceptions: each call returns its
 * diagnostics. Only I/O failure (a file that cannot be written, or read for a reason other than its
 * absence) throws, and a null argument where none is allowed (only the format may be null): a
 * {@link NullPointerException} naming the argument.
 */
public final class Teikit {

    private final Instant changeDate;
    private final Converter converter;
    private final Stages stages;
    private final CorpusOutputs corpusOutputs;

    static {
        // teikit's own layers (the build, the Maven goals) reach the stages through Stages.of.
        Stages.grantAccess(teikit -> teikit.stages);
    }

    private Teikit(Builder builder) {
        this.changeDate = builder.changeDate;
        this.converter = new Converter(changeDate);
        this.stages = new Stages(builder.schemas, builder.schemaStore);
        this.corpusOutputs = new CorpusOutputs(this, stages);
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
     * Starts compiling the schemas and stylesheets of the named stages on background threads, so that
     * a caller that knows it will need several stages does not wait for each compilation in turn (a
     * rebuild of one document otherwise spends most of its time compiling one stage after another).
     * Returns at once; a stage that fails to compile fails again, and is reported, where it is used.
     *
     * @param validation the validator's schemas
     * @param html       the HTML and corpus site stylesheets
     * @param pdf        the XSL-FO stylesheet and FOP
     */
    public void prepare(boolean validation, boolean html, boolean pdf) {
        stages.prepare(validation, html, pdf);
    }

    /**
     * Converts a transcription file, detecting its format.
     *
     * @param file the transcription (UTF-8 text)
     * @return the TEI and the conversion report; a missing, unreadable or unrecognised input is a report with errors
     */
    public Conversion convert(Path file) {
        return convert(file, null);
    }

    /**
     * Converts a transcription file. The provenance recorded in the TEI names the file by its name
     * (not its folder), so the same file gives the same TEI wherever it is.
     *
     * @param file   the transcription (UTF-8 text)
     * @param format a format id ({@code web-capture}, {@code markdown-export}, {@code teikit}), or null to detect
     * @return the TEI and the conversion report; a missing, unreadable or unrecognised input is a report with errors
     */
    public Conversion convert(Path file, String format) {
        Objects.requireNonNull(file, "file");

        return converter.convertFile(file, format);
    }

    /**
     * Converts a transcription file and writes its TEI to {@code target}, streamed and atomically: the
     * TEI is never held whole in memory, so this is the way for large inputs. Nothing is written when
     * the conversion fails. The bytes written are those {@link #convert(Path, String)} returns.
     *
     * @param file   the transcription (UTF-8 text)
     * @param target the TEI file to write
     * @param format a format id ({@code web-capture}, {@code markdown-export}, {@code teikit}), or null to detect
     * @return the conversion report; when it has errors, nothing was written
     * @throws IOException when the file cannot be read or the TEI cannot be written
     */
    public ConversionReport convert(Path file, Path target, String format) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(target, "target");

        return converter.convertFile(file, target, format);
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
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");

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
        Objects.requireNonNull(teiFile, "teiFile");

        return stages.validator().validate(teiFile);
    }

    /**
     * Renders a TEI file as an HTML page (with its CSS and script beside it).
     *
     * @param teiFile the TEI document
     * @param htmlOut the page to write
     * @return the problems met while rendering; none means the page was written
     */
    public List<Diagnostic> renderHtml(Path teiFile, Path htmlOut) {
        return renderHtml(teiFile, htmlOut, RenderOptions.defaults());
    }

    /**
     * Renders a TEI file as an HTML page, its fixed words in the language of {@code options}' labels.
     *
     * @param teiFile the TEI document
     * @param htmlOut the page to write
     * @param options the labels' language (paper and PDF/A do not apply to HTML)
     * @return the problems met while rendering; none means the page was written
     */
    public List<Diagnostic> renderHtml(Path teiFile, Path htmlOut, RenderOptions options) {
        Objects.requireNonNull(teiFile, "teiFile");
        Objects.requireNonNull(htmlOut, "htmlOut");
        Objects.requireNonNull(options, "options");

        return HtmlRenderer.shared().renderBeside(teiFile, htmlOut,
                org.teikit.render.html.HtmlOptions.defaults().withLabels(options.labels()));
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
        Objects.requireNonNull(teiFile, "teiFile");
        Objects.requireNonNull(foOut, "foOut");
        Objects.requireNonNull(options, "options");

        return io(() -> stages.pdf().renderFo(teiFile, foOut, PdfOptions.from(options)));
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
        Objects.requireNonNull(teiFile, "teiFile");
        Objects.requireNonNull(pdfOut, "pdfOut");
        Objects.requireNonNull(options, "options");

        return io(() -> stages.pdf().renderPdf(teiFile, pdfOut, PdfOptions.from(options)));
    }

    /**
     * Writes a static site for TEI documents: a page per document ({@code <name>.html}, linking a PDF
     * already rendered as {@code <name>.pdf}), a copy of each TEI ({@code tei/<name>.xml}), and the corpus
     * pages ({@code index.html} with facets and search, {@code names.html}).
     *
     * @param teiFiles the edition's TEI documents
     * @param outDir   the edition folder
     * @return the problems met while writing the pages
     */
    public List<Diagnostic> writeSite(List<Path> teiFiles, Path outDir) {
        return writeSite(teiFiles, outDir, RenderOptions.defaults());
    }

    /**
     * {@link #writeSite(List, Path)} with the pages' fixed words in the language of {@code options}' labels.
     *
     * @param teiFiles the edition's TEI documents
     * @param outDir   the edition folder
     * @param options  the labels' language
     * @return the problems met while writing the pages
     */
    public List<Diagnostic> writeSite(List<Path> teiFiles, Path outDir, RenderOptions options) {
        Objects.requireNonNull(teiFiles, "teiFiles");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(options, "options");

        return stages.site().withLabels(options.labels()).build(teiFiles, outDir);
    }

    /**
     * Renders a teiCorpus file as a site of its documents, as {@link #writeSite(List, Path, RenderOptions)}
     * renders TEI files: each TEI in the corpus (nested corpora's too) is written out as a document of
     * its own, {@code tei/<name>.xml} (named after its {@code xml:id}, else after the corpus file and its
     * place in it, {@code letters-2}), with the language it inherits from the corpus, and gets its page
     * {@code <name>.html}; the corpus pages ({@code index.html}, {@code names.html}) list them. The local
     * images the documents show, relative to the corpus file, are copied beside the pages. The
     * copies and pages of documents an earlier render wrote there that the corpus no longer holds are removed.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the site's folder
     * @param options   the labels' language
     * @return the problems met: a file that is not a well-formed teiCorpus with TEI documents in it is an
     *         error, and nothing is written
     * @throws IOException when a document or page cannot be written
     */
    public List<Diagnostic> renderCorpusSite(Path teiCorpus, Path outDir, RenderOptions options) throws IOException {
        return renderCorpusSite(teiCorpus, outDir, options, null).diagnostics();
    }

    /**
     * {@link #renderCorpusSite(Path, Path, RenderOptions)}, keeping the pages of {@code previous} (an earlier
     * render of the same corpus into the same folder, by this Teikit with the same options) whose documents'
     * TEI is as it was, and whose page is still there: their entries go into the corpus pages as they were,
     * and their problems are told again. A watch renders a corpus this way on each save, so that an edit to
     * one of its documents makes that document's page again, and the corpus pages, not every page.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the site's folder
     * @param options   the labels' language
     * @param previous  the last render's result, or null to make every page
     * @return the problems, as {@link #renderCorpusSite(Path, Path, RenderOptions)} returns them, and the
     *         pages made, for the next render
     * @throws IOException when a document or page cannot be written
     */
    public CorpusRender renderCorpusSite(Path teiCorpus, Path outDir, RenderOptions options, CorpusRender previous)
            throws IOException {
        return corpusOutputs.render(teiCorpus, outDir, options, previous, ".html", false, (document, name, imageFolder) -> {
            org.teikit.render.site.SiteBuilder.Page page = stages.renderSitePage(document, null, outDir, "", name, options);
            return new CorpusOutputs.Rendered(page.entry().isPresent(), page.entry().orElse(null), page.diagnostics());
        }, entries -> {
            List<Diagnostic> found = new ArrayList<>(stages.writeSiteIndex(entries, outDir, options));
            // The images the documents show, from beside the corpus file to beside their pages (as a
            // render of one document copies them), their problems located in the corpus file.
            found.addAll(PageImages.copyForCorpus(teiCorpus, outDir).warnings());
            return found;
        });
    }

    /**
     * Renders each TEI document of a teiCorpus file as a PDF of its own, {@code <name>.pdf}, beside its
     * copy {@code tei/<name>.xml}, both named as {@link #renderCorpusSite} names them (so that a corpus
     * rendered to HTML and to PDF into one folder has its pages and PDFs side by side, as a build makes
     * them). The documents' images are found relative to the corpus file. The documents are rendered on
     * every processor. The copies and outputs of documents an earlier render wrote there that the corpus
     * no longer holds are removed.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the folder of the corpus's outputs
     * @param options   paper size, PDF/A setting and labels' language
     * @return the problems met: a file that is not a well-formed teiCorpus with TEI documents in it is an
     *         error, and nothing is written; a document's own problems name the corpus file, at the line
     *         where the document starts, and the place in its copy
     * @throws IOException when a document or PDF cannot be written
     */
    public List<Diagnostic> renderCorpusPdf(Path teiCorpus, Path outDir, RenderOptions options) throws IOException {
        return renderCorpusPdf(teiCorpus, outDir, options, null).diagnostics();
    }

    /**
     * {@link #renderCorpusPdf(Path, Path, RenderOptions)}, keeping the PDFs of {@code previous} (as
     * {@link #renderCorpusSite(Path, Path, RenderOptions, CorpusRender)} keeps pages) whose documents' TEI
     * and shown images (their size and time) are as they were.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the folder of the corpus's outputs
     * @param options   paper size, PDF/A setting and labels' language
     * @param previous  the last render's result, or null to make every PDF
     * @return the problems, as {@link #renderCorpusPdf(Path, Path, RenderOptions)} returns them, and the
     *         PDFs made, for the next render
     * @throws IOException when a document or PDF cannot be written
     */
    public CorpusRender renderCorpusPdf(Path teiCorpus, Path outDir, RenderOptions options, CorpusRender previous)
            throws IOException {
        return renderCorpusDocuments(teiCorpus, outDir, options, previous, ".pdf", stages.pdf()::renderPdf);
    }

    /**
     * {@link #renderCorpusPdf} to XSL-FO: {@code <name>.fo} for each TEI document of the corpus.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the folder of the corpus's outputs
     * @param options   paper size, PDF/A setting and labels' language
     * @return the problems met, as {@link #renderCorpusPdf} returns them
     * @throws IOException when a document or FO file cannot be written
     */
    public List<Diagnostic> renderCorpusFo(Path teiCorpus, Path outDir, RenderOptions options) throws IOException {
        return renderCorpusFo(teiCorpus, outDir, options, null).diagnostics();
    }

    /**
     * {@link #renderCorpusFo(Path, Path, RenderOptions)}, keeping the FO files of {@code previous} as
     * {@link #renderCorpusPdf(Path, Path, RenderOptions, CorpusRender)} keeps PDFs.
     *
     * @param teiCorpus the teiCorpus file
     * @param outDir    the folder of the corpus's outputs
     * @param options   paper size, PDF/A setting and labels' language
     * @param previous  the last render's result, or null to make every FO file
     * @return the problems, and the files made, for the next render
     * @throws IOException when a document or FO file cannot be written
     */
    public CorpusRender renderCorpusFo(Path teiCorpus, Path outDir, RenderOptions options, CorpusRender previous)
            throws IOException {
        return renderCorpusDocuments(teiCorpus, outDir, options, previous, ".fo", stages.pdf()::renderFo);
    }

    /** A rendering of one written-out corpus document whose images are relative to the corpus file's folder. */
    private interface DocumentRendering {
        List<Diagnostic> render(Path tei, Path imageFolder, Path target, PdfOptions options) throws IOException;
    }

    /** A corpus's PDFs or FO files, which hold the images their documents show. */
    private CorpusRender renderCorpusDocuments(Path teiCorpus, Path outDir, RenderOptions options, CorpusRender previous,
                                               String extension, DocumentRendering rendering) throws IOException {
        PdfOptions pdfOptions = PdfOptions.from(Objects.requireNonNull(options, "options"));
        return corpusOutputs.render(teiCorpus, outDir, options, previous, extension, true, (document, name, imageFolder) -> {
            List<Diagnostic> found = rendering.render(document, imageFolder, outDir.resolve(name + extension), pdfOptions);
            return new CorpusOutputs.Rendered(found.stream().noneMatch(Diagnostic::isError), null, found);
        }, entries -> List.of());
    }

    /**
     * Whether a file is a teiCorpus (its root element, read up to its start tag), to be rendered with
     * {@link #renderCorpusSite} rather than as one document.
     *
     * @param file a file
     * @return true when its root element is TEI's teiCorpus
     */
    public static boolean isTeiCorpus(Path file) {
        return CorpusMembers.isCorpus(Objects.requireNonNull(file, "file"));
    }

    /**
     * Validates TEI held in memory.
     *
     * @param systemId the name used in diagnostics
     * @param tei      the document's bytes
     * @return every problem found, located
     */
    public ValidationReport validate(String systemId, byte[] tei) {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(tei, "tei");

        return stages.validator().validate(systemId, tei);
    }

    /**
     * Renders TEI held in memory as an HTML page.
     *
     * @param systemId the name used in diagnostics
     * @param tei      the document's bytes
     * @return the page as a string
     * @throws RenderException when the document cannot be rendered; its diagnostics say why
     */
    public String renderHtml(String systemId, byte[] tei) {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(tei, "tei");

        return HtmlRenderer.shared().renderToString(systemId, tei);
    }

    private interface IoCall<T> {
        T call() throws IOException;
    }

    private static <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options for building a {@link Teikit}. Not thread-safe; the built object is. */
    public static final class Builder {
        private Instant changeDate = defaultChangeDate();
        private final List<String> schemas = new ArrayList<>();
        private Path schemaStore;

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
         * Validates against this schema instead of those the documents name (repeatable). A path or a
         * URL that the catalogs map to a local file; the language follows from the extension.
         *
         * @param location the schema
         * @return this builder
         */
        public Builder schema(String location) {
            this.schemas.add(Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * The user's schema store (default: {@code $TEIKIT_SCHEMAS}, else {@code ~/.local/share/teikit/schemas}).
         *
         * @param folder the folder holding added schemas and their catalog
         * @return this builder
         */
        public Builder schemaStore(Path folder) {
            this.schemaStore = Objects.requireNonNull(folder, "folder");
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
