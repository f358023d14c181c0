package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.teikit.xml.SecureXml;

/**
 * Compiles ISO Schematron to XSLT with SchXslt and then to an executable on Saxon-HE. One per
 * validator; its Saxon processor (from {@link SecureXml}) refuses every address that is not a local
 * file or inside the jar, so a rule calling {@code doc('http://...')} fails fast instead of
 * reaching the network. Thread-safe: executables are immutable, transformers are made per call.
 */
final class SchematronCompiler {

    private static final String SCHXSLT = "/xslt/2.0/pipeline-for-svrl.xsl";
    private static final String EXTRACT = "/teikit/schemas/xslt/extract-embedded-schematron.xsl";
    private static final String ISOLATE = "/teikit/schemas/xslt/isolate-pattern.xsl";
    private static final String CARRY = "/teikit/schemas/xslt/carry-xslt-declarations.xsl";
    private static final String ADD_LOCATION = "/teikit/schemas/xslt/add-location-function.xsl";
    private static final String LOCATION_FUNCTION = "/teikit/schemas/xslt/location-function.xml";

    /** Addresses refused during the current run on this thread (Saxon-HE evaluates on the caller's thread). */
    private static final ThreadLocal<java.util.Set<String>> REFUSED = ThreadLocal.withInitial(java.util.LinkedHashSet::new);

    /** What teikit's build writes beside each of its own schemas: the stylesheet SchXslt makes of it. */
    static final String PRECOMPILED = ".svrl.xsl";
    /** Where teikit's own schemas are (a folder in development, a folder inside the jar). */
    private static final String OWN_SCHEMAS = String.valueOf(SchematronCompiler.class.getResource("/teikit/schemas/"));

    private final Processor processor;
    /** SchXslt and teikit's helper stylesheets, compiled on first use: teikit's own schema needs none. */
    private final ConcurrentMap<String, XsltExecutable> stylesheets = new ConcurrentHashMap<>();
    /** What add-location-function.xsl adds to users' schemas; see {@link #locationDeclarations}. */
    private volatile XdmValue locationDeclarations;

    SchematronCompiler() {
        this.processor = SecureXml.newProcessor();
        processor.getUnderlyingConfiguration().setResourceResolver(refuseNetwork());
    }

    private XsltExecutable stylesheet(String resource) {
        return stylesheets.computeIfAbsent(resource, r -> load(processor.newXsltCompiler(), r));
    }

    Processor processor() {
        return processor;
    }

    /** The Schematron schema at {@code location}, or the one embedded in the RELAX NG schema there. */
    XdmNode readSchema(URI location, boolean embeddedInRelaxNg) throws SchemaException {
        try (InputStream in = LocalResources.open(location)) {
            XdmNode document = processor.newDocumentBuilder().build(new StreamSource(in, location.toString()));
            if (!embeddedInRelaxNg) {
                return document;
            }
            return transform(stylesheet(EXTRACT), document, location, java.util.Map.of());
        } catch (IOException e) {
            throw new SchemaException("Cannot read the Schematron schema " + location + ": " + e.getMessage(), e);
        } catch (SaxonApiException e) {
            List<org.teikit.Diagnostic> problem = List.of(SchemaProblem.inFile(location, e, !embeddedInRelaxNg));
            throw new SchemaException("Cannot read the Schematron schema " + location + ": " + SchemaProblem.summary(problem),
                    e, problem);
        }
    }

    /** The schema reduced to its {@code n}th (1-based) concrete pattern. */
    XdmNode isolatePattern(XdmNode schema, URI location, int n) throws SaxonApiException {
        return transform(stylesheet(ISOLATE), schema, location,
                java.util.Map.of(new QName("pattern"), new XdmAtomicValue(n)));
    }

    /**
     * Compiles a Schematron schema (a document node) into an executable producing SVRL. For teikit's own
     * schemas the stylesheet its build made with the same steps is compiled instead, which spares a cold
     * start SchXslt's pipeline.
     */
    XsltExecutable compile(XdmNode schema, URI location) throws SaxonApiException {
        return compile(schema, location, null);
    }

    /** As {@link #compile(XdmNode, URI)}, for the phase {@code phase} (null: the schema's default phase). */
    XsltExecutable compile(XdmNode schema, URI location, String phase) throws SaxonApiException {
        Optional<URL> precompiled = phase == null ? precompiled(location) : Optional.empty();
        if (precompiled.isPresent()) {
            try (InputStream in = precompiled.get().openStream()) {
                return compileStylesheet(new StreamSource(in, location.toString()));
            } catch (IOException e) {
                throw new SaxonApiException("Cannot read " + precompiled.get() + ": " + e.getMessage(), e);
            }
        }
        return compileStylesheet(stylesheetFor(schema, location, phase).asSource());
    }

    /** Whether {@link #compile} gives for this schema and phase the stylesheet teikit's build made (trusted). */
    boolean precompiled(URI location, String phase) {
        return phase == null && precompiled(location).isPresent();
    }

    /**
     * The XSLT stylesheet producing SVRL for a Schematron schema: SchXslt's, then its declarations carried.
     * When every assert and report of the schema has an id, the SVRL is compact (no record of each rule
     * fired, which a document's every supplied passage or date would add): a finding's rule name is its
     * own id then, never the fired rule's or the pattern's.
     */
    XdmNode stylesheetFor(XdmNode given, URI location) throws SaxonApiException {
        return stylesheetFor(given, location, null);
    }

    /** As {@link #stylesheetFor(XdmNode, URI)}, running the patterns of {@code phase} (null: the default phase). */
    XdmNode stylesheetFor(XdmNode given, URI location, String phase) throws SaxonApiException {
        XdmNode schema = withLocationFunction(given, location);
        java.util.Map<QName, XdmAtomicValue> params = new java.util.HashMap<>();
        params.put(new QName("schxslt.svrl.compact"), new XdmAtomicValue(everyCheckHasAnId(schema)));
        if (phase != null) {
            params.put(new QName("phase"), new XdmAtomicValue(phase));
        }
        XdmNode compiled = transform(stylesheet(SCHXSLT), schema, location, params);
        Xslt30Transformer completing = stylesheet(CARRY).load30();
        completing.setStylesheetParameters(java.util.Map.of(new QName("schema"), schema));
        XdmDestination completed = new XdmDestination();
        completed.setBaseURI(location);
        completing.transform(compiled.asSource(), completed);
        return completed.getXdmNode();
    }

    /**
     * The schema with teikit's location function, which writes where each finding is as {@code path()}
     * does but from a table made once per document ({@code add-location-function.xsl} says when and
     * why), or as it is.
     */
    private XdmNode withLocationFunction(XdmNode schema, URI location) throws SaxonApiException {
        Xslt30Transformer adding = stylesheet(ADD_LOCATION).load30();
        adding.setStylesheetParameters(java.util.Map.of(new QName("declarations"), locationDeclarations()));
        XdmDestination result = new XdmDestination();
        result.setBaseURI(location);
        adding.transform(schema.asSource(), result);
        return result.getXdmNode();
    }

    /** The declarations of {@code location-function.xml}, read once per compiler. */
    private XdmValue locationDeclarations() {
        XdmValue read = locationDeclarations;
        if (read == null) {
            URL resource = SchematronCompiler.class.getResource(LOCATION_FUNCTION);
            if (resource == null) {
                throw new IllegalStateException("Missing resource on the classpath: " + LOCATION_FUNCTION);
            }
            XdmNode declarations;
            try (InputStream in = resource.openStream()) {
                declarations = processor.newDocumentBuilder().build(new StreamSource(in, resource.toString()));
            } catch (IOException | SaxonApiException e) {
                throw new IllegalStateException("Cannot read " + resource, e);
            }
            List<XdmNode> added = new ArrayList<>();
            declarations.children("declarations").forEach(root -> root.children().forEach(node -> {
                if (node.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                    added.add(node);
                }
            }));
            if (added.isEmpty()) {
                throw new IllegalStateException(LOCATION_FUNCTION + " declares nothing");
            }
            read = new XdmValue(added);
            locationDeclarations = read; // read twice by two threads at worst: the same nodes either way
        }
        return read;
    }

    private boolean everyCheckHasAnId(XdmNode schema) throws SaxonApiException {
        var xpath = processor.newXPathCompiler();
        xpath.declareNamespace("sch", "http://purl.oclc.org/dsdl/schematron");
        return ((XdmAtomicValue) xpath.evaluateSingle(
                "empty(//(sch:assert | sch:report)[not(normalize-space(@id))])", schema)).getBooleanValue();
    }

    private XsltExecutable compileStylesheet(javax.xml.transform.Source stylesheet) throws SaxonApiException {
        XsltCompiler compiler = processor.newXsltCompiler();
        StringBuilder problems = new StringBuilder();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                problems.append(' ').append(error.getMessage());
            }
        });
        try {
            return compiler.compile(stylesheet);
        } catch (SaxonApiException e) {
            throw problems.length() == 0 ? e : new SaxonApiException(problems.toString().trim(), e);
        }
    }

    /** The stylesheet teikit's build wrote beside {@code location}, when that is one of teikit's own schemas. */
    private static Optional<URL> precompiled(URI location) {
        String schema = location.toString();
        if (!schema.startsWith(OWN_SCHEMAS) || schema.contains("..")) {
            return Optional.empty();
        }
        try {
            URL url = URI.create(schema + PRECOMPILED).toURL();
            try (InputStream probe = url.openStream()) {
                return Optional.of(url);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private XdmNode transform(XsltExecutable executable, XdmNode input, URI base,
                              java.util.Map<QName, XdmAtomicValue> params) throws SaxonApiException {
        Xslt30Transformer transformer = executable.load30();
        // A failure is thrown and reported once, as schema.invalid; Saxon's own report of it (with its
        // whole stack, hundreds of lines for a schema that includes itself) would go to stderr.
        transformer.setErrorReporter(error -> { });
        transformer.setStylesheetParameters(params);
        XdmDestination result = new XdmDestination();
        result.setBaseURI(base);
        transformer.transform(input.asSource(), result);
        return result.getXdmNode();
    }

    private static XsltExecutable load(XsltCompiler compiler, String resource) {
        URL url = SchematronCompiler.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing resource on the classpath: " + resource);
        }
        try (InputStream in = url.openStream()) {
            return compiler.compile(new StreamSource(in, url.toString()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("Cannot compile " + resource, e);
        }
    }

    /** Forgets the addresses refused so far on this thread; call before a run. */
    static void clearRefused() {
        REFUSED.get().clear();
    }

    /** Notes addresses refused on another thread (a run's worker) as refused on this one. */
    static void noteRefused(java.util.Collection<String> addresses) {
        REFUSED.get().addAll(addresses);
    }

    /** The network addresses refused on this thread since {@link #clearRefused()}. */
    static java.util.List<String> refused() {
        return java.util.List.copyOf(REFUSED.get());
    }

    /** Saxon's resolver for doc(), document(), unparsed-text(): local files and the jar, nothing else. */
    private static ResourceResolver refuseNetwork() {
        return request -> {
            if (request.uri != null) {
                URI uri;
                try {
                    uri = URI.create(request.uri);
                } catch (IllegalArgumentException e) {
                    return null;
                }
                if (uri.getScheme() != null && !SchemaLocator.isLocal(uri)) {
                    REFUSED.get().add(request.uri);
                    XPathException refused = new XPathException("teikit never reads from the network, so "
                            + request.uri + " was not read");
                    refused.setErrorCode("FODC0002");
                    throw refused;
                }
            }
            return null;
        };
    }
}
