package org.teikit.render;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.teikit.Diagnostic;
import org.teikit.xml.ConfinedResources;
import org.teikit.xml.SecureXml;

/**
 * One of teikit's stylesheets, compiled once from the classpath ({@code teikit/xslt/...}) and shared.
 * Immutable and safe for concurrent use: Saxon's {@link XsltExecutable} is, and every
 * {@link #transform} takes a fresh transformer. A stylesheet that does not compile is a broken
 * installation and throws; a document the stylesheet cannot render is a result, returned as
 * diagnostics.
 */
public final class CompiledStylesheet {

    private final Processor processor;
    private final XsltExecutable executable;
    private final String resource;

    private CompiledStylesheet(Processor processor, XsltExecutable executable, String resource) {
        this.processor = processor;
        this.executable = executable;
        this.resource = resource;
    }

    /** Compiles the stylesheet at classpath {@code resource} (e.g. {@code teikit/xslt/html/html.xsl}). */
    public static CompiledStylesheet fromClasspath(String resource) {
        return fromClasspath(newQuietProcessor(), resource);
    }

    /** Compiles with a given processor (which must come from {@link SecureXml#newProcessor()}). */
    public static CompiledStylesheet fromClasspath(Processor processor, String resource) {
        URL url = CompiledStylesheet.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Stylesheet missing from the classpath: " + resource);
        }
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setResourceResolver(ownModulesFirst(url, resource, compiler.getResourceResolver()));
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                errors.add(error.getMessage() + (error.getLocation() == null ? ""
                        : " (" + error.getLocation().getSystemId() + ":" + error.getLocation().getLineNumber() + ")"));
            }
        });
        try {
            StreamSource source = new StreamSource(url.openStream(), url.toURI().toString());
            return new CompiledStylesheet(processor, compiler.compile(source), resource);
        } catch (SaxonApiException | java.io.IOException | URISyntaxException e) {
            throw new IllegalStateException("teikit stylesheet " + resource + " does not compile: "
                    + String.join("; ", errors) + " " + e.getMessage(), e);
        }
    }

    /**
     * A resolver that reads the modules a teikit stylesheet imports straight from the class path (the
     * folder or jar {@code url} came from), and leaves any other URI to {@code standard}. Saxon's own
     * resolver asks each URL for its content encoding, which makes the JDK format the module's date:
     * its first use of the locale data, ~30 ms of a cold start.
     */
    private static ResourceResolver ownModulesFirst(URL url, String resource, ResourceResolver standard) {
        String location = url.toString();
        String own = location.substring(0, location.length() - resource.length()) + "teikit/";
        return request -> {
            if (request.uri != null && request.uri.startsWith(own) && !request.uri.contains("/../")) {
                try {
                    return new StreamSource(new URL(request.uri).openStream(), request.uri);
                } catch (java.io.IOException e) {
                    throw new XPathException("cannot read teikit's module " + request.uri + ": " + e.getMessage());
                }
            }
            return standard == null ? null : standard.resolve(request);
        };
    }

    /**
     * A secure processor whose parse errors are not printed to standard error: teikit reports them
     * as diagnostics instead.
     */
    public static Processor newQuietProcessor() {
        Processor processor = SecureXml.newProcessor();
        processor.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        return processor;
    }

    public Processor processor() {
        return processor;
    }

    public XsltExecutable executable() {
        return executable;
    }

    public String resource() {
        return resource;
    }

    /**
     * Applies the stylesheet to {@code document} (initial mode and template rules, global context
     * item set) and writes to {@code destination}.
     *
     * @param file   how diagnostics name the input
     * @param params global parameters by name; values must match the declared types
     * @return warnings from xsl:message and an error if the transformation failed; empty when all went well
     */
    public List<Diagnostic> transform(String file, XdmNode document, Map<QName, XdmValue> params,
                                      Destination destination) {
        Objects.requireNonNull(document, "document");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Xslt30Transformer transformer = executable.load30();
        ConfinedResources.confine(transformer, document);
        transformer.setMessageHandler(message -> diagnostics.add(SaxonDiagnostics.fromMessage(file, message)));
        transformer.setErrorReporter(error -> {
            if (error.isWarning()) {
                diagnostics.add(SaxonDiagnostics.fromWarning(file, error));
            }
        });
        try {
            transformer.setStylesheetParameters(params);
            transformer.setGlobalContextItem(document);
            transformer.applyTemplates(document, destination);
        } catch (SaxonApiException e) {
            diagnostics.add(NestingDepth.ranOutOfStack(e) ? NestingDepth.tooDeep(file, document)
                    : SaxonDiagnostics.fromTransform(file, e));
        }
        return diagnostics;
    }

    /**
     * Calls the named template {@code template} (no source document) and writes to {@code destination}.
     *
     * @return warnings and an error if the transformation failed
     */
    public List<Diagnostic> callTemplate(String file, QName template, Map<QName, XdmValue> params,
                                         Destination destination) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Xslt30Transformer transformer = executable.load30();
        ConfinedResources.confine(transformer, null);
        transformer.setMessageHandler(message -> diagnostics.add(SaxonDiagnostics.fromMessage(file, message)));
        try {
            transformer.setStylesheetParameters(params);
            transformer.callTemplate(template, destination);
        } catch (SaxonApiException e) {
            diagnostics.add(SaxonDiagnostics.fromTransform(file, e));
        }
        return diagnostics;
    }
}
