package org.teikit.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.pdf.PDFConformanceException;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;
import org.teikit.Version;
import org.teikit.io.AtomicFiles;
import org.teikit.io.IoFailures;
import org.teikit.render.NestingDepth;
import org.teikit.render.SaxonDiagnostics;
import org.teikit.render.TextlessDocument;
import org.teikit.xml.ConfinedResources;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * Renders TEI documents to XSL-FO (with teikit's {@code fo/fo.xsl}) and to PDF (with Apache FOP).
 * Build one with {@link #create()} or {@link #builder()} and share it: the compiled stylesheet and
 * the FopFactory are built once, the renderer is immutable and safe for concurrent use (each call
 * takes its own transformer and FOP user agent).
 *
 * <p>Problems with a document (not well-formed, a character no font covers, a line too long) come
 * back as {@link Diagnostic}s; exceptions are for broken setups and I/O failures only. Output files
 * are written atomically and only when no error was found.
 */
public final class PdfRenderer {

    static final String STYLESHEET = "teikit/xslt/fo/fo.xsl";
    /** PDF/A part and conformance level written with {@link PdfOptions#pdfA()}. */
    public static final String PDF_A_MODE = "PDF/A-2b";

    private final Processor processor;
    private final XsltExecutable stylesheet;
    private final FontSet fonts;
    /**
     * One FopFactory per rendering thread, each built once and reused. FOP reads its configuration
     * (a Xerces DOM, whose lazily expanded nodes are not safe to read from several threads) while it
     * renders, so a single shared factory fails under parallel builds.
     */
    private final ThreadLocal<FopFactory> fopFactory;
    private final GlyphCoverage coverage;

    private PdfRenderer(FontSet fonts) {
        this.processor = SecureXml.newProcessor();
        // Parse errors come back as exceptions and become diagnostics; nothing goes to stderr.
        net.sf.saxon.Configuration config = processor.getUnderlyingConfiguration();
        config.setParseOptions(config.getParseOptions().withErrorReporter(error -> { }));
        this.stylesheet = compile(processor);
        this.fonts = fonts;
        this.fopFactory = ThreadLocal.withInitial(() -> FopFactories.create(fonts));
        fopFactory.get(); // a configuration FOP rejects fails here, not in the first render
        this.coverage = new GlyphCoverage(fonts);
    }

    /** A renderer with teikit's default fonts and, when installed, the system's Noto CJK font. */
    public static PdfRenderer create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fonts this renderer typesets with. */
    public FontSet fonts() {
        return fonts;
    }

    /** Writes the XSL-FO for {@code teiFile} to {@code foOut}; returns the diagnostics (nothing is written on error). */
    public List<Diagnostic> renderFo(Path teiFile, Path foOut, PdfOptions options) throws IOException {
        return write(renderFo(teiFile, options), foOut);
    }

    /** Writes the PDF for {@code teiFile} to {@code pdfOut}; returns the diagnostics (nothing is written on error). */
    public List<Diagnostic> renderPdf(Path teiFile, Path pdfOut, PdfOptions options) throws IOException {
        return write(renderPdf(teiFile, options), pdfOut);
    }

    /**
     * {@link #renderPdf(Path, Path, PdfOptions)} of a document whose images are relative to another
     * folder than its own: a teiCorpus's document, written out apart, shows them as the corpus file does.
     *
     * @param imageFolder the folder its images' relative references start from (the corpus file's)
     */
    public List<Diagnostic> renderPdf(Path teiFile, Path imageFolder, Path pdfOut, PdfOptions options) throws IOException {
        return withImagesFrom(this::renderPdf, teiFile, imageFolder, pdfOut, options);
    }

    /** {@link #renderPdf(Path, Path, Path, PdfOptions)} to XSL-FO. */
    public List<Diagnostic> renderFo(Path teiFile, Path imageFolder, Path foOut, PdfOptions options) throws IOException {
        return withImagesFrom(this::renderFo, teiFile, imageFolder, foOut, options);
    }

    /** A rendering of TEI read from a stream, its images found from a folder. */
    private interface Rendering {
        PdfResult render(InputStream tei, String systemId, Path imageFolder, PdfOptions options);
    }

    private static List<Diagnostic> withImagesFrom(Rendering rendering, Path teiFile, Path imageFolder, Path target,
                                                   PdfOptions options) throws IOException {
        Objects.requireNonNull(imageFolder, "imageFolder");
        PdfResult unreadable = unreadable(teiFile);
        if (unreadable != null) {
            return unreadable.diagnostics();
        }
        try (InputStream in = Files.newInputStream(teiFile)) {
            return write(rendering.render(in, teiFile.toString(), imageFolder, options), target);
        }
    }

    /** The XSL-FO for {@code teiFile}, as UTF-8 bytes. */
    public PdfResult renderFo(Path teiFile, PdfOptions options) throws IOException {
        PdfResult unreadable = unreadable(teiFile);
        if (unreadable != null) {
            return unreadable;
        }
        try (InputStream in = Files.newInputStream(teiFile)) {
            return renderFo(in, teiFile.toString(), options);
        }
    }

    /** The PDF for {@code teiFile}. */
    public PdfResult renderPdf(Path teiFile, PdfOptions options) throws IOException {
        PdfResult unreadable = unreadable(teiFile);
        if (unreadable != null) {
            return unreadable;
        }
        try (InputStream in = Files.newInputStream(teiFile)) {
            return renderPdf(in, teiFile.toString(), options);
        }
    }

    /**
     * A document that is missing or cannot be read (a folder, no permission), as a result, as for the HTML
     * renderer, not an exception (or a folder's "Is a directory" reported as XML that is not well-formed);
     * null when it can be read.
     */
    private static PdfResult unreadable(Path teiFile) {
        try (InputStream in = Files.newInputStream(teiFile)) {
            in.read();
            return null;
        } catch (NoSuchFileException e) {
            return PdfResult.failed(List.of(Diagnostic.error(teiFile.toString(), 0, 0, "io.missing", "no such file")));
        } catch (IOException e) {
            return PdfResult.failed(List.of(Diagnostic.error(teiFile.toString(), 0, 0, "io.read",
                    "cannot be read: " + IoFailures.describe(e))));
        }
    }

    /**
     * The XSL-FO for the TEI read from {@code tei}.
     *
     * @param systemId the document's name or URI, used in diagnostics and to resolve relative references
     */
    public PdfResult renderFo(InputStream tei, String systemId, PdfOptions options) {
        return renderFo(tei, systemId, folderOf(systemId), options);
    }

    private PdfResult renderFo(InputStream tei, String systemId, Path imageFolder, PdfOptions options) {
        Objects.requireNonNull(options, "options");
        List<Diagnostic> diagnostics = new ArrayList<>();
        XdmNode document = parse(tei, systemId, diagnostics);
        if (document == null) {
            return PdfResult.failed(diagnostics);
        }
        diagnostics.addAll(coverage.check(document, systemId, new HashSet<>()));
        PdfImages.Found images = PdfImages.in(document, systemId, imageFolder);
        diagnostics.addAll(images.warnings());
        TextlessDocument.check(systemId, document, "PDF").ifPresent(diagnostics::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Serializer serializer = processor.newSerializer(out);
            transformer(options, document, images, systemId, diagnostics).applyTemplates(document, serializer);
        } catch (SaxonApiException e) {
            diagnostics.add(NestingDepth.ranOutOfStack(e) ? NestingDepth.tooDeep(systemId, document)
                    : SaxonDiagnostics.raisedByTeikit(e) ? SaxonDiagnostics.fromTransform(systemId, e)
                    : Diagnostic.error(systemId, 0, 0, "pdf.stylesheet", "The FO stylesheet failed: " + e.getMessage()));
            return PdfResult.failed(diagnostics);
        }
        return new PdfResult(out.toByteArray(), 0, diagnostics);
    }

    /**
     * The PDF for the TEI read from {@code tei}.
     *
     * @param systemId the document's name or URI, used in diagnostics and to resolve relative references
     */
    public PdfResult renderPdf(InputStream tei, String systemId, PdfOptions options) {
        return renderPdf(tei, systemId, folderOf(systemId), options);
    }

    private PdfResult renderPdf(InputStream tei, String systemId, Path imageFolder, PdfOptions options) {
        Objects.requireNonNull(options, "options");
        List<Diagnostic> diagnostics = new ArrayList<>();
        XdmNode document = parse(tei, systemId, diagnostics);
        if (document == null) {
            return PdfResult.failed(diagnostics);
        }
        Set<Integer> uncovered = new HashSet<>();
        diagnostics.addAll(coverage.check(document, systemId, uncovered));
        PdfImages.Found images = PdfImages.in(document, systemId, imageFolder);
        diagnostics.addAll(images.warnings());
        TextlessDocument.check(systemId, document, "PDF").ifPresent(diagnostics::add);
        FopEvents events = new FopEvents(systemId, uncovered);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages;
        try {
            FOUserAgent agent = userAgent(options, events);
            Fop fop = fopFactory.get().newFop(MimeConstants.MIME_PDF, agent, out);
            transformer(options, document, images, systemId, diagnostics).applyTemplates(document,
                    new SAXDestination(fop.getDefaultHandler()));
            pages = fop.getResults().getPageCount();
        } catch (FOPException | SaxonApiException | PDFConformanceException e) {
            diagnostics.addAll(events.diagnostics());
            diagnostics.add(NestingDepth.ranOutOfStack(e) ? NestingDepth.tooDeep(systemId, document)
                    : e instanceof SaxonApiException saxon && SaxonDiagnostics.raisedByTeikit(saxon)
                    ? SaxonDiagnostics.fromTransform(systemId, saxon)
                    : Diagnostic.error(systemId, 0, 0, e instanceof PDFConformanceException ? "pdf.pdfa" : "pdf.fop",
                    "The PDF could not be made: " + rootMessage(e)));
            return PdfResult.failed(diagnostics);
        } catch (StackOverflowError e) {
            // FOP lays nested inlines out recursively too.
            diagnostics.add(NestingDepth.tooDeep(systemId, document));
            return PdfResult.failed(diagnostics);
        }
        diagnostics.addAll(events.diagnostics());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return PdfResult.failed(diagnostics);
        }
        return new PdfResult(out.toByteArray(), pages, diagnostics);
    }

    private FOUserAgent userAgent(PdfOptions options, FopEvents events) {
        FOUserAgent agent = fopFactory.get().newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(events);
        agent.setProducer("teikit " + Version.get() + " (Apache FOP)");
        agent.setCreator("teikit " + Version.get());
        if (options.pdfA()) {
            agent.getRendererOptions().put("pdf-a-mode", PDF_A_MODE);
        }
        return agent;
    }

    /** A transformer for {@code document}; the stylesheet's messages go to {@code diagnostics} (see {@link #fromMessage}). */
    private Xslt30Transformer transformer(PdfOptions options, XdmNode document, PdfImages.Found images,
                                          String systemId, List<Diagnostic> diagnostics) throws SaxonApiException {
        Xslt30Transformer transformer = stylesheet.load30();
        ConfinedResources.confine(transformer, document);
        Map<QName, XdmValue> parameters = new HashMap<>();
        parameters.put(new QName("paper"), new XdmAtomicValue(options.paper().id()));
        parameters.put(new QName("hyphenate"), new XdmAtomicValue(options.hyphenate()));
        parameters.put(new QName("language"), new XdmAtomicValue(options.language()));
        parameters.put(new QName("labels"), new XdmAtomicValue(options.labels()));
        parameters.put(new QName("font-family"), new XdmAtomicValue(fonts.familyList()));
        parameters.put(new QName("images"), net.sf.saxon.s9api.XdmMap.makeMap(images.images()));
        transformer.setStylesheetParameters(parameters);
        // Dynamic errors come back as exceptions and become diagnostics; nothing goes to stderr.
        transformer.setErrorReporter(error -> { });
        transformer.setMessageHandler(message -> diagnostics.add(fromMessage(message, document, systemId)));
        return transformer;
    }

    /**
     * A message of the FO stylesheet as a diagnostic. The stylesheet's located warnings (its template
     * {@code tk:warning}) are a {@code tk:warning} element with a {@code rule} and the {@code path()}
     * of the TEI element they are about, which is looked up here for its line and column; any other
     * message is a warning of rule {@code xslt.message}.
     */
    private Diagnostic fromMessage(net.sf.saxon.s9api.Message message, XdmNode document, String systemId) {
        XdmNode content = message.getContent();
        XdmNode warning = content == null ? null : content.select(net.sf.saxon.s9api.streams.Steps.child(
                SaxonDiagnostics.TEIKIT_XSLT_NS, "warning")).findFirst().orElse(null);
        if (warning == null || warning.attribute("rule") == null) {
            return SaxonDiagnostics.fromMessage(systemId, message);
        }
        int line = 0;
        int column = 0;
        String path = warning.attribute("path");
        if (path != null) {
            try {
                XdmValue found = processor.newXPathCompiler().evaluate(path, document);
                if (found.size() == 1 && found.itemAt(0) instanceof XdmNode node) {
                    line = Math.max(node.getLineNumber(), 0);
                    column = Math.max(node.getColumnNumber(), 0);
                }
            } catch (SaxonApiException e) {
                // not a path: the warning stands without a place
            }
        }
        return Diagnostic.warning(systemId, line, column, warning.attribute("rule"), warning.getStringValue().strip());
    }

    private XdmNode parse(InputStream in, String systemId, List<Diagnostic> diagnostics) {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        InputSource input = new InputSource(in);
        input.setSystemId(systemIdUri(systemId));
        try {
            return builder.build(new SAXSource(SecureXml.newDocumentReader(), input));
        } catch (SaxonApiException e) {
            int[] place = placeOf(e);
            diagnostics.add(Diagnostic.error(systemId, place[0], place[1], ValidationReport.NOT_WELL_FORMED,
                    "The document is not well-formed XML: " + rootMessage(e)));
            return null;
        }
    }

    /** The line and column of a parse error, from the parser's exception in the cause chain (0 when unknown). */
    private static int[] placeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException parse) {
                return new int[] {Math.max(parse.getLineNumber(), 0), Math.max(parse.getColumnNumber(), 0)};
            }
            if (t instanceof net.sf.saxon.trans.XPathException xpath && xpath.getLocator() != null
                    && xpath.getLocator().getLineNumber() > 0) {
                return new int[] {xpath.getLocator().getLineNumber(), Math.max(xpath.getLocator().getColumnNumber(), 0)};
            }
        }
        return new int[] {0, 0};
    }

    /** The folder of the document file {@code systemId} names (a path or a file URI), or null when it names none. */
    private static Path folderOf(String systemId) {
        try {
            Path file = systemId.startsWith("file:") ? Path.of(java.net.URI.create(systemId)) : Path.of(systemId);
            return Files.isRegularFile(file) ? file.toAbsolutePath().getParent() : null;
        } catch (RuntimeException e) {
            return null; // not a file's name
        }
    }

    private static String systemIdUri(String systemId) {
        try {
            Path path = Path.of(systemId);
            return path.toAbsolutePath().toUri().toString();
        } catch (RuntimeException e) {
            return systemId;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static List<Diagnostic> write(PdfResult result, Path target) throws IOException {
        if (!result.hasErrors()) {
            AtomicFiles.write(target, result.bytes());
        }
        return result.diagnostics();
    }

    private static XsltExecutable compile(Processor processor) {
        URL url = PdfRenderer.class.getClassLoader().getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("The FO stylesheet is missing from the classpath: " + STYLESHEET);
        }
        try (InputStream in = url.openStream()) {
            XsltCompiler compiler = processor.newXsltCompiler();
            return compiler.compile(new StreamSource(in, url.toExternalForm()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("Cannot compile " + STYLESHEET, e);
        }
    }

    /** Chooses the fonts; {@link #build()} compiles the stylesheet and configures FOP (a second or so). */
    public static final class Builder {
        private final List<FontFace> fallbacks = new ArrayList<>();
        private boolean systemCjk = true;

        private Builder() {
        }

        /** Adds a fallback font, tried (in order of adding) for characters Liberation Serif lacks. */
        public Builder addFallbackFont(FontFace face) {
            fallbacks.add(Objects.requireNonNull(face, "face"));
            return this;
        }

        /** Whether to look for Debian's Noto CJK font (package fonts-noto-cjk) as a last fallback (default true). */
        public Builder systemCjkFont(boolean value) {
            this.systemCjk = value;
            return this;
        }

        public PdfRenderer build() {
            return new PdfRenderer(FontSet.of(fallbacks, systemCjk));
        }
    }
}
