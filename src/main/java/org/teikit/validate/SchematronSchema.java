package org.teikit.validate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Diagnostic;
import org.teikit.Severity;

/**
 * An ISO Schematron schema compiled once (SchXslt on Saxon-HE) and run per document; its SVRL report
 * becomes diagnostics located at the node each assertion names. When a rule cannot be evaluated
 * (for example it reads a web address, which teikit refuses), the patterns are run one by one so
 * that the others still report and the failing one is named with the reason. Thread-safe.
 */
final class SchematronSchema implements CompiledSchema {

    static final String NOT_EVALUATED = "schematron.not-evaluated";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final String SCH = SchemaLanguage.SCHEMATRON_NS;

    private final SchematronCompiler compiler;
    private final URI location;
    private final XdmNode schema;
    private final XsltExecutable executable;
    private final List<PatternInfo> patterns;
    private final ConcurrentMap<Integer, Object> isolated = new ConcurrentHashMap<>();

    private record PatternInfo(String id, List<String> contexts) {
    }

    private SchematronSchema(SchematronCompiler compiler, URI location, XdmNode schema, XsltExecutable executable,
                             List<PatternInfo> patterns) {
        this.compiler = compiler;
        this.location = location;
        this.schema = schema;
        this.executable = executable;
        this.patterns = patterns;
    }

    static SchematronSchema compile(SchematronCompiler compiler, URI location, boolean embedded) throws SchemaException {
        XdmNode schema = compiler.readSchema(location, embedded);
        try {
            XsltExecutable executable = compiler.compile(schema, location);
            return new SchematronSchema(compiler, location, schema, executable, patterns(compiler, schema));
        } catch (SaxonApiException e) {
            throw new SchemaException("The Schematron schema " + location + " does not compile: " + e.getMessage(), e);
        }
    }

    private static List<PatternInfo> patterns(SchematronCompiler compiler, XdmNode schema) throws SaxonApiException {
        XPathCompiler xpath = compiler.processor().newXPathCompiler();
        xpath.declareNamespace("sch", SCH);
        List<PatternInfo> list = new ArrayList<>();
        for (XdmItem p : xpath.evaluate("/sch:schema/sch:pattern[not(@abstract = 'true')]", schema)) {
            XdmNode pattern = (XdmNode) p;
            String id = pattern.attribute("id");
            List<String> contexts = new ArrayList<>();
            for (XdmItem c : xpath.evaluate("sch:rule/@context", pattern)) {
                contexts.add(c.getStringValue());
            }
            list.add(new PatternInfo(id == null ? "#" + (list.size() + 1) : id, contexts));
        }
        return list;
    }

    @Override
    public void validate(SourceDocument document, List<Diagnostic> out) {
        XdmNode source;
        try {
            DocumentBuilder builder = compiler.processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            source = builder.build(new StreamSource(new ByteArrayInputStream(document.content()), document.systemId()));
        } catch (SaxonApiException e) {
            out.add(Diagnostic.error(document.displayName(), 0, 0, WellFormedness.RULE, "Not well-formed XML: " + e.getMessage()));
            return;
        }
        try {
            report(run(executable, source), source, document, out);
        } catch (SaxonApiException whole) {
            // One rule failed and took the run with it: run the patterns one by one to name it.
            for (int i = 0; i < patterns.size(); i++) {
                PatternInfo pattern = patterns.get(i);
                SchematronCompiler.clearRefused();
                try {
                    report(run(isolated(i + 1), source), source, document, out);
                } catch (SaxonApiException e) {
                    List<String> refused = SchematronCompiler.refused();
                    String network = refused.isEmpty() ? "" : " It needs " + String.join(", ", refused)
                            + ", and teikit never reads from the network.";
                    out.add(new Diagnostic(Severity.WARNING, document.displayName(), 0, 0, NOT_EVALUATED,
                            "The Schematron pattern '" + pattern.id() + "' of " + name(location) + " (" + rules(pattern)
                                    + ") could not be evaluated: " + reason(e) + "." + network
                                    + " Its rules were not checked.", ""));
                }
            }
        }
    }

    private XdmNode run(XsltExecutable exec, XdmNode source) throws SaxonApiException {
        Xslt30Transformer transformer = exec.load30();
        transformer.setGlobalContextItem(source);
        transformer.setErrorReporter(error -> { });
        XdmDestination svrl = new XdmDestination();
        transformer.applyTemplates(source, svrl);
        return svrl.getXdmNode();
    }

    private XsltExecutable isolated(int n) throws SaxonApiException {
        Object cached = isolated.get(n);
        if (cached == null) {
            try {
                cached = compiler.compile(compiler.isolatePattern(schema, location, n), location);
            } catch (SaxonApiException e) {
                cached = e;
            }
            isolated.putIfAbsent(n, cached);
        }
        if (cached instanceof SaxonApiException e) {
            throw e;
        }
        return (XsltExecutable) cached;
    }

    private void report(XdmNode svrl, XdmNode source, SourceDocument document, List<Diagnostic> out) throws SaxonApiException {
        XPathCompiler xpath = compiler.processor().newXPathCompiler();
        xpath.declareNamespace("svrl", SVRL);
        for (XdmItem item : xpath.evaluate("//(svrl:failed-assert | svrl:successful-report)", svrl)) {
            XdmNode finding = (XdmNode) item;
            String location = finding.attribute("location");
            String message = xpath.evaluateSingle("normalize-space(svrl:text)", finding).getStringValue();
            String rule = firstNonEmpty(finding.attribute("id"),
                    xpath.evaluateSingle("string(preceding-sibling::svrl:fired-rule[1]/@id)", finding).getStringValue(),
                    xpath.evaluateSingle("string(preceding-sibling::svrl:active-pattern[1]/@id)", finding).getStringValue(),
                    "schematron");
            Severity severity = severity(firstNonEmpty(finding.attribute("role"), finding.attribute("flag"), ""));
            SourceDocument.Position p = position(location, source, document);
            out.add(new Diagnostic(severity, document.displayName(), p.line(), p.column(), rule, message, readable(location)));
        }
    }

    private SourceDocument.Position position(String location, XdmNode source, SourceDocument document) {
        if (location == null || location.isEmpty()) {
            return new SourceDocument.Position(0, 0);
        }
        try {
            XdmItem item = compiler.processor().newXPathCompiler().evaluateSingle(location, source);
            if (!(item instanceof XdmNode node)) {
                return new SourceDocument.Position(0, 0);
            }
            XdmNode element = node.getNodeKind() == XdmNodeKind.ATTRIBUTE || node.getNodeKind() == XdmNodeKind.TEXT
                    ? node.getParent() : node;
            if (element == null || element.getLineNumber() <= 0) {
                return new SourceDocument.Position(0, 0);
            }
            if (node.getNodeKind() == XdmNodeKind.ATTRIBUTE) {
                return document.attribute(element.getLineNumber(), element.getColumnNumber(), node.getNodeName().toString());
            }
            return document.tagStart(element.getLineNumber(), element.getColumnNumber());
        } catch (SaxonApiException | RuntimeException e) {
            return new SourceDocument.Position(0, 0);
        }
    }

    /** {@code /Q{http://www.tei-c.org/ns/1.0}TEI[1]/@Q{}when} as {@code /tei:TEI[1]/@when}. */
    static String readable(String location) {
        if (location == null) {
            return "";
        }
        return location.replace("Q{" + Guidelines.TEI_NS + "}", "tei:")
                .replace("Q{http://www.w3.org/XML/1998/namespace}", "xml:")
                .replace("Q{}", "");
    }

    private static Severity severity(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "warning", "warn", "nonfatal" -> Severity.WARNING;
            case "info", "information" -> Severity.INFO;
            default -> Severity.ERROR;
        };
    }

    private static String reason(SaxonApiException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s+", " ").replaceAll(" on line -1$", "").replaceAll("\\.$", "").trim();
    }

    private static String rules(PatternInfo pattern) {
        List<String> contexts = pattern.contexts();
        if (contexts.isEmpty()) {
            return "no rules";
        }
        String first = contexts.get(0).length() > 80 ? contexts.get(0).substring(0, 77) + "..." : contexts.get(0);
        return contexts.size() == 1 ? "rule on " + first : contexts.size() + " rules, the first on " + first;
    }

    private static String name(URI uri) {
        String s = uri.toString();
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
