package org.teikit.validate;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.teikit.Diagnostic;
import org.teikit.Severity;
import org.teikit.xml.ConfinedResources;
import org.xml.sax.ext.LexicalHandler;

/**
 * An ISO Schematron schema compiled once (SchXslt on Saxon-HE) and run per document; its SVRL report
 * becomes diagnostics located at the node each assertion names. When a rule cannot be evaluated
 * (for example it reads a web address, which teikit refuses), the patterns are run one by one so
 * that the others still report and the failing one is named with the reason. Thread-safe.
 */
final class SchematronSchema implements CompiledSchema {

    static final String NOT_EVALUATED = "schematron.not-evaluated";
    static final String TIME_LIMIT = "schematron.time-limit";
    static final String STILL_RUNNING = "schematron.still-running";
    private static final String SCH = SchemaLanguage.SCHEMATRON_NS;

    private final SchematronCompiler compiler;
    private final URI location;
    private final XdmNode schema;
    private final XsltExecutable executable;
    private final List<PatternInfo> patterns;
    private final ConcurrentMap<Integer, Object> isolated = new ConcurrentHashMap<>();
    private final TimeLimit timeLimit;
    private final boolean stoppable;

    private record PatternInfo(String id, List<String> contexts, int position) {
    }

    private SchematronSchema(SchematronCompiler compiler, URI location, XdmNode schema, XsltExecutable executable,
                             List<PatternInfo> patterns, String phase, Duration timeLimit) {
        this.compiler = compiler;
        this.timeLimit = new TimeLimit(timeLimit);
        this.stoppable = !compiler.precompiled(location, phase);
        this.location = location;
        this.schema = schema;
        this.executable = executable;
        this.patterns = patterns;
    }

    /** The schema at {@code location} compiled for {@code phase} (null: its default phase). */
    static SchematronSchema compile(SchematronCompiler compiler, URI location, boolean embedded, String phase,
                                    Duration timeLimit) throws SchemaException {
        XdmNode schema = compiler.readSchema(location, embedded);
        try {
            if (phase != null && !"#ALL".equals(phase) && !"#DEFAULT".equals(phase) && !hasPhase(compiler, schema, phase)) {
                throw new SchemaException("The Schematron schema " + location + " has no phase '" + phase + "'"
                        + phases(compiler, schema) + ".");
            }
            XsltExecutable executable = compiler.compile(schema, location, phase);
            return new SchematronSchema(compiler, location, schema, executable, patterns(compiler, schema, phase), phase, timeLimit);
        } catch (SaxonApiException e) {
            // Said in the schema's file (no line: Saxon's place is in the stylesheet made of it), so that
            // a folder of documents naming the schema has it once, and each document one line.
            List<Diagnostic> problem = List.of(SchemaProblem.inFile(location, e, false));
            throw new SchemaException("The Schematron schema " + location + " does not compile: " + SchemaProblem.summary(problem),
                    e, problem);
        }
    }

    private static boolean hasPhase(SchematronCompiler compiler, XdmNode schema, String phase) throws SaxonApiException {
        XPathCompiler xpath = compiler.processor().newXPathCompiler();
        xpath.declareNamespace("sch", SCH);
        xpath.declareVariable(new net.sf.saxon.s9api.QName("phase"));
        var selector = xpath.compile("exists(/sch:schema/sch:phase[@id = $phase])").load();
        selector.setVariable(new net.sf.saxon.s9api.QName("phase"), new net.sf.saxon.s9api.XdmAtomicValue(phase));
        selector.setContextItem(schema);
        return ((net.sf.saxon.s9api.XdmAtomicValue) selector.evaluateSingle()).getBooleanValue();
    }

    /** ": its phases are 'a', 'b'", or nothing when it has none. */
    private static String phases(SchematronCompiler compiler, XdmNode schema) throws SaxonApiException {
        XPathCompiler xpath = compiler.processor().newXPathCompiler();
        xpath.declareNamespace("sch", SCH);
        List<String> ids = new ArrayList<>();
        xpath.evaluate("/sch:schema/sch:phase/@id", schema).forEach(id -> ids.add("'" + id.getStringValue() + "'"));
        return ids.isEmpty() ? " (it has no phases)" : ": its phases are " + String.join(", ", ids) + " (and #ALL)";
    }

    /**
     * The concrete patterns that run in {@code phase} (null: the schema's default phase), each with its
     * position among all concrete patterns, which {@link SchematronCompiler#isolatePattern} takes.
     */
    private static List<PatternInfo> patterns(SchematronCompiler compiler, XdmNode schema, String phase) throws SaxonApiException {
        XPathCompiler xpath = compiler.processor().newXPathCompiler();
        xpath.declareNamespace("sch", SCH);
        String effective = phase != null && !"#DEFAULT".equals(phase) ? phase
                : xpath.evaluate("string(/sch:schema/@defaultPhase)", schema).toString();
        List<String> active = new ArrayList<>();
        if (!effective.isEmpty() && !"#ALL".equals(effective)) {
            for (XdmItem a : xpath.evaluate("/sch:schema/sch:phase[@id = '" + effective.replace("'", "''") + "']/sch:active/@pattern", schema)) {
                active.add(a.getStringValue());
            }
        }
        List<PatternInfo> list = new ArrayList<>();
        int position = 0;
        for (XdmItem p : xpath.evaluate("/sch:schema/sch:pattern[not(@abstract = 'true')]", schema)) {
            XdmNode pattern = (XdmNode) p;
            position++;
            String id = pattern.attribute("id");
            if (!active.isEmpty() && !active.contains(id)) {
                continue; // not in the phase that runs
            }
            List<String> contexts = new ArrayList<>();
            for (XdmItem c : xpath.evaluate("sch:rule/@context", pattern)) {
                contexts.add(c.getStringValue());
            }
            list.add(new PatternInfo(id == null ? "#" + position : id, contexts, position));
        }
        return list;
    }

    @Override
    public Check begin(SourceDocument document) {
        DocumentBuilder builder = compiler.processor().newDocumentBuilder();
        builder.setLineNumbering(true);
        URI base = SchemaLocator.absolute(document.systemId(), null);
        if (base != null) {
            builder.setBaseURI(base);
        }
        BuildingContentHandler tree;
        try {
            tree = builder.newBuildingContentHandler();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Saxon cannot build a tree", e);
        }
        // Saxon's builder takes comments as a LexicalHandler too.
        LexicalHandler comments = tree instanceof LexicalHandler l ? l : null;
        return new Check(tree, comments, null, null, out -> {
            List<Located> found = new ArrayList<>();
            try {
                check(tree.getDocumentNode(), document, found, out);
            } catch (TimeLimit.Exceeded e) {
                found.clear();
                out.add(Diagnostic.error(document.displayName(), 0, 0, TIME_LIMIT, "The Schematron schema " + name(location)
                        + " " + e.getMessage() + " on this document and was stopped (a rule or function of the schema"
                        + " loops, or is very slow): its rules were not checked."
                        + (e.stopped() ? "" : " Saxon cannot end this loop: the evaluation goes on running, and until"
                                + " it ends later documents are not checked against this schema.")
                        + " Give it longer with --schematron-time-limit."));
            } catch (TimeLimit.Blocked e) {
                found.clear();
                out.add(Diagnostic.error(document.displayName(), 0, 0, STILL_RUNNING, "The Schematron schema " + name(location)
                        + " was stopped on " + e.document() + ", where it did not finish within its time limit, and that"
                        + " evaluation is still running: its rules were not checked on this document. Give it longer"
                        + " with --schematron-time-limit, or mend the rule or function that loops."));
            } catch (SaxonApiException e) {
                out.add(Diagnostic.error(document.displayName(), 0, 0, "validate.failed",
                        "Validation could not finish: " + e.getMessage()));
            }
            // The tree is no longer referenced here: the text is read for positions only now.
            for (Located f : found) {
                out.add(f.diagnostic(document));
            }
        }, () -> {
            try {
                return tree.getDocumentNode();
            } catch (SaxonApiException e) {
                return null; // the parse did not finish: no tree
            }
        });
    }

    private void check(XdmNode source, SourceDocument document, List<Located> found, List<Diagnostic> out)
            throws SaxonApiException, TimeLimit.Exceeded, TimeLimit.Blocked {
        try {
            report(run(executable, source, document), source, found);
        } catch (SaxonApiException whole) {
            // One rule failed and took the run with it: run the patterns one by one to name it.
            found.clear();
            for (int i = 0; i < patterns.size(); i++) {
                PatternInfo pattern = patterns.get(i);
                SchematronCompiler.clearRefused();
                try {
                    report(run(isolated(pattern.position()), source, document), source, found);
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

    /**
     * Runs the rules within the time limit, on a worker thread; the addresses the run refused are noted
     * on the calling thread, where {@link SchematronCompiler#refused()} is asked.
     */
    private List<SvrlFindings.Finding> run(XsltExecutable exec, XdmNode source, SourceDocument document)
            throws SaxonApiException, TimeLimit.Exceeded, TimeLimit.Blocked {
        List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            return timeLimit.run(document.displayName(), stop -> {
                SchematronCompiler.clearRefused();
                try {
                    return runHere(exec, source, stop);
                } finally {
                    refused.addAll(SchematronCompiler.refused());
                }
            });
        } finally {
            SchematronCompiler.noteRefused(refused);
        }
    }

    /** Runs the rules; the SVRL report is read as it is written, keeping only the findings. */
    private List<SvrlFindings.Finding> runHere(XsltExecutable exec, XdmNode source, TimeLimit.Stop stop)
            throws SaxonApiException {
        Xslt30Transformer transformer = exec.load30();
        if (stoppable) {
            StopOnRequest.attach(transformer, stop);
        }
        ConfinedResources.confine(transformer, source); // a schema's rules may read the document's folder only
        transformer.setGlobalContextItem(source);
        transformer.setErrorReporter(error -> { });
        SvrlFindings svrl = new SvrlFindings();
        transformer.applyTemplates(source, new SAXDestination(svrl));
        return svrl.findings();
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

    /** A finding with the position its node's start tag ends at, mapped to the tag or attribute later. */
    private record Located(Severity severity, int line, int column, String attribute, String rule, String message,
                           String location) {
        Diagnostic diagnostic(SourceDocument document) {
            SourceDocument.Position p = line <= 0 ? new SourceDocument.Position(0, 0)
                    : attribute != null ? document.attribute(line, column, attribute) : document.tagStart(line, column);
            return new Diagnostic(severity, document.displayName(), p.line(), p.column(), rule, message, readable(location));
        }
    }

    private void report(List<SvrlFindings.Finding> findings, XdmNode source, List<Located> found) {
        LocationPath paths = new LocationPath(source);
        for (SvrlFindings.Finding f : findings) {
            String rule = firstNonEmpty(f.id(), f.firedRule(), f.activePattern(), "schematron");
            Severity severity = severity(firstNonEmpty(f.role(), f.flag(), ""));
            XdmNode node = node(f.location(), source, paths);
            XdmNode element = node == null ? null
                    : node.getNodeKind() == XdmNodeKind.ATTRIBUTE || node.getNodeKind() == XdmNodeKind.TEXT ? node.getParent() : node;
            if (element == null || element.getLineNumber() <= 0) {
                found.add(new Located(severity, 0, 0, null, rule, f.message(), f.location()));
            } else {
                String attribute = node.getNodeKind() == XdmNodeKind.ATTRIBUTE ? node.getNodeName().toString() : null;
                found.add(new Located(severity, element.getLineNumber(), element.getColumnNumber(), attribute, rule,
                        f.message(), f.location()));
            }
        }
    }

    /** The node a finding's location path names: walked step by step, or evaluated as XPath when unusual. */
    private XdmNode node(String location, XdmNode source, LocationPath paths) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        XdmNode walked = paths.find(location);
        if (walked != null) {
            return walked;
        }
        try {
            XdmItem item = compiler.processor().newXPathCompiler().evaluateSingle(location, source);
            return item instanceof XdmNode node ? node : null;
        } catch (SaxonApiException | RuntimeException e) {
            return null;
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
