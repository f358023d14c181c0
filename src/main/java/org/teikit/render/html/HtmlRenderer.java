package org.teikit.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.teikit.Diagnostic;
import org.teikit.Version;
import org.teikit.io.AtomicFiles;
import org.teikit.io.IoFailures;
import org.teikit.render.CompiledStylesheet;
import org.teikit.render.ParsedTei;
import org.teikit.render.RenderException;
import org.teikit.render.TextlessDocument;

/**
 * Renders TEI documents to teikit's HTML reading edition ({@code teikit/xslt/html/html.xsl}).
 *
 * <p>Build one and reuse it: the stylesheet is compiled once (started by the constructor on a
 * thread of its own, so that a one-off render parses its document meanwhile), the renderer is
 * immutable and safe to share between threads. A document that is not well-formed, or that the
 * stylesheet cannot render, is reported as error diagnostics; exceptions are for I/O failures on
 * output and for a broken installation.
 */
public final class HtmlRenderer {

    /** The stylesheet, on the classpath. */
    public static final String STYLESHEET = "teikit/xslt/html/html.xsl";

    /** The CSS and script files every page links to; {@link #render(Path, Path)} writes them beside the page. */
    public static final List<String> ASSETS = List.of("teikit.css", "teikit.js");

    private static final String ASSET_DIR = "teikit/xslt/html/";

    private final net.sf.saxon.s9api.Processor processor;
    private final java.util.concurrent.CompletableFuture<CompiledStylesheet> compiled;

    /** The JVM's renderer for callers without one of their own, made on first use (see {@link #shared}). */
    private static final class Shared {
        static final HtmlRenderer INSTANCE = new HtmlRenderer();
    }

    /**
     * One renderer for the whole JVM, made (and its stylesheet's compilation started) on first use: a
     * command line can start it before it has built the command that renders.
     */
    public static HtmlRenderer shared() {
        return Shared.INSTANCE;
    }

    public HtmlRenderer() {
        this.processor = CompiledStylesheet.newQuietProcessor();
        // Compiling takes about as long as parsing a large volume from a cold start: both at once.
        this.compiled = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> CompiledStylesheet.fromClasspath(processor, STYLESHEET), HtmlRenderer::startDaemon);
    }

    /**
     * Renders {@code teiFile} to {@code htmlOut} and writes the CSS and script beside it. The page
     * links to the TEI file (relative path) and to {@code <name>.pdf} beside the page if that exists.
     *
     * @return the diagnostics; no HTML is written when one is an error
     */
    public List<Diagnostic> render(Path teiFile, Path htmlOut) {
        return renderBeside(teiFile, htmlOut, HtmlOptions.defaults());
    }

    /**
     * {@link #render(Path, Path)} with {@code base}'s other settings (such as the labels' language): the
     * links to the TEI file and the PDF beside the page are set as there.
     *
     * @return the diagnostics; no HTML is written when one is an error
     */
    public List<Diagnostic> renderBeside(Path teiFile, Path htmlOut, HtmlOptions base) {
        HtmlOptions options = base.withTeiHref(relativeHref(htmlOut, teiFile));
        Path pdf = siblingWithExtension(htmlOut, ".pdf");
        if (Files.isRegularFile(pdf)) {
            options = options.withPdfHref(encodeSegment(pdf.getFileName().toString()));
        }
        return render(teiFile, htmlOut, options);
    }

    /** Renders {@code teiFile} to {@code htmlOut} with explicit links, and writes the assets beside it. */
    public List<Diagnostic> render(Path teiFile, Path htmlOut, HtmlOptions options) {
        String label = teiFile.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(teiFile);
        } catch (NoSuchFileException e) {
            return List.of(Diagnostic.error(label, 0, 0, "io.missing", "no such file"));
        } catch (IOException e) {
            return List.of(Diagnostic.error(label, 0, 0, "io.read", "cannot be read: " + IoFailures.describe(e)));
        }
        ParsedTei parsed = ParsedTei.parse(processor, label, teiFile.toAbsolutePath().toUri().toString(), bytes);
        if (!parsed.ok()) {
            return parsed.diagnostics();
        }
        XdmNode document = parsed.document().orElseThrow();
        Result result = renderDocument(label, document, options);
        if (result.html() == null) {
            return result.diagnostics();
        }
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        try {
            AtomicFiles.write(htmlOut, result.html());
            Path dir = htmlOut.toAbsolutePath().getParent();
            writeAssets(options.assetBase().isEmpty() ? dir : dir.resolve(options.assetBase()).normalize());
            // The images the page shows, from beside the TEI file to beside the page.
            diagnostics.addAll(new PageImages(teiFile.toAbsolutePath().getParent(), dir).copyFor(teiFile, document)
                    .warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + htmlOut + ": " + e.getMessage(), e);
        }
        return List.copyOf(diagnostics);
    }

    /**
     * Renders TEI given as bytes to an HTML page.
     *
     * @param systemId the document's name and base URI (used in diagnostics)
     * @throws RenderException with the diagnostics when the document cannot be rendered
     */
    public String renderToString(String systemId, byte[] tei) {
        return renderToString(systemId, tei, HtmlOptions.defaults());
    }

    /** As {@link #renderToString(String, byte[])}, with explicit links. */
    public String renderToString(String systemId, byte[] tei, HtmlOptions options) {
        Result result = renderBytes(systemId, systemId, tei, options);
        if (result.html() == null) {
            throw new RenderException(result.diagnostics());
        }
        return new String(result.html(), StandardCharsets.UTF_8);
    }

    /** The page's bytes (null when an error stopped it) and the diagnostics. */
    public record Result(byte[] html, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Renders an already parsed document (the site builder parses once for page and index). */
    public Result renderDocument(String label, XdmNode document, HtmlOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Serializer serializer = processor.newSerializer(out);
        List<Diagnostic> diagnostics = new ArrayList<>(stylesheet().transform(label, document, parameters(options), serializer));
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (!failed) {
            // A document without a text: the page shows its sourceDoc, if any; else only its header, which is said.
            TextlessDocument.check(label, document, "page").ifPresent(diagnostics::add);
        }
        return new Result(failed ? null : out.toByteArray(), diagnostics);
    }

    private Result renderBytes(String label, String systemId, byte[] bytes, HtmlOptions options) {
        ParsedTei parsed = ParsedTei.parse(processor, label, systemId, bytes);
        if (!parsed.ok()) {
            return new Result(null, parsed.diagnostics());
        }
        return renderDocument(label, parsed.document().orElseThrow(), options);
    }

    /** The processor the stylesheet was compiled with (for parsing documents to pass to {@link #renderDocument}). */
    public net.sf.saxon.s9api.Processor processor() {
        return processor;
    }

    /** The compiled stylesheet, waiting for the compilation when it is still under way. */
    private CompiledStylesheet stylesheet() {
        try {
            return compiled.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re; // a stylesheet that does not compile: a broken installation
            }
            throw e;
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "teikit-html-compile");
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<QName, XdmValue> parameters(HtmlOptions options) {
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(new QName("tei-href"), optional(options.teiHref().orElse(null)));
        params.put(new QName("pdf-href"), optional(options.pdfHref().orElse(null)));
        params.put(new QName("index-href"), optional(options.indexHref().orElse(null)));
        params.put(new QName("edition-url"), optional(options.editionUrl().orElse(null)));
        params.put(new QName("asset-base"), new XdmAtomicValue(options.assetBase()));
        options.accessDate().ifPresent(date -> params.put(new QName("access-date"),
                XdmAtomicValue.makeAtomicValue(date)));
        params.put(new QName("teikit-version"), new XdmAtomicValue(Version.get()));
        params.put(new QName("labels"), new XdmAtomicValue(options.labels()));
        return params;
    }

    private static XdmValue optional(String value) {
        return value == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(value);
    }

    /** Writes the CSS and script files into {@code dir}, unless identical ones are there. */
    public static void writeAssets(Path dir) throws IOException {
        for (String name : ASSETS) {
            byte[] content = asset(name);
            Path target = dir.resolve(name);
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), content)) {
                AtomicFiles.write(target, content);
            }
        }
    }

    /** The bytes of an asset of the HTML edition shipped in the jar (e.g. {@code teikit.css}). */
    public static byte[] asset(String name) throws IOException {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(ASSET_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("HTML asset missing from the classpath: " + ASSET_DIR + name);
            }
            return in.readAllBytes();
        }
    }

    /** The URL path from the folder of {@code page} to {@code target}, with '/' separators, percent-encoded. */
    public static String relativeHref(Path page, Path target) {
        Path from = page.toAbsolutePath().normalize().getParent();
        Path rel = from.relativize(target.toAbsolutePath().normalize());
        List<String> segments = new ArrayList<>();
        for (Path part : rel) {
            segments.add(encodeSegment(part.toString()));
        }
        return String.join("/", segments);
    }

    static String encodeSegment(String segment) {
        try {
            // The multi-argument URI constructor quotes what is illegal in a path; '/' cannot occur here.
            return new URI(null, null, segment, null).getRawPath().replace(":", "%3A");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot encode " + segment, e);
        }
    }

    static Path siblingWithExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
