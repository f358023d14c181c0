package org.teikit.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * What {@link StopOnRequest} costs a user's Schematron: the same compiled schema run over the same
 * documents with and without the listener, in one warm JVM, alternating, best of several rounds. Not a
 * test; run by hand: {@code java -cp target/classes:target/test-classes:<deps> org.teikit.validate.StopListenerCost
 * /work/shared/corpus/frus/*.xml}.
 */
public final class StopListenerCost {

    /** A user's rules of the ordinary kind, on what FRUS documents hold. */
    private static final String SCHEMA = """
            <sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"
                        xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:f="urn:f">
              <sch:ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
              <sch:ns prefix="f" uri="urn:f"/>
              <xsl:function name="f:words"><xsl:param name="s"/><xsl:sequence select="count(tokenize(normalize-space($s), ' '))"/></xsl:function>
              <sch:pattern id="people">
                <sch:rule context="tei:persName[@corresp]"><sch:assert test="starts-with(@corresp, '#')">corresp is a pointer</sch:assert></sch:rule>
                <sch:rule context="tei:persName"><sch:assert test="normalize-space(.)">a name has text</sch:assert></sch:rule>
              </sch:pattern>
              <sch:pattern id="dates">
                <sch:rule context="tei:date[@when]"><sch:assert test="@when castable as xs:date or @when castable as xs:dateTime or matches(@when, '^\\d{4}(-\\d{2})?$')">a date</sch:assert></sch:rule>
              </sch:pattern>
              <sch:pattern id="documents">
                <sch:rule context="tei:div[@type = 'document']"><sch:assert test="tei:head">a head</sch:assert>
                  <sch:report test="f:words(.) gt 20000">very long</sch:report></sch:rule>
              </sch:pattern>
              <sch:pattern id="notes">
                <sch:rule context="tei:note[@n]"><sch:assert test="not(preceding-sibling::tei:note[@n = current()/@n])">unique n</sch:assert></sch:rule>
                <sch:rule context="tei:p"><sch:report test="f:words(.) gt 3000">long paragraph</sch:report></sch:rule>
              </sch:pattern>
            </sch:schema>""";

    private StopListenerCost() {
    }

    public static void main(String[] args) throws Exception {
        SchematronCompiler compiler = new SchematronCompiler();
        Path schema = Files.createTempFile("user", ".sch");
        Files.writeString(schema, SCHEMA);
        XsltExecutable exec = compiler.compile(compiler.readSchema(schema.toUri(), false), schema.toUri());
        List<XdmNode> documents = new ArrayList<>();
        for (String a : args) {
            var builder = compiler.processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            documents.add(builder.build(new StreamSource(Path.of(a).toFile())));
        }
        int rounds = args.length > 0 ? 9 : 0;
        long bestWithout = Long.MAX_VALUE;
        long bestWith = Long.MAX_VALUE;
        int findings = 0;
        for (int round = 0; round < rounds + 3; round++) { // three rounds to warm up
            for (boolean listen : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                long start = System.nanoTime();
                for (XdmNode document : documents) {
                    findings = run(exec, document, listen);
                }
                long took = System.nanoTime() - start;
                if (round >= 3) {
                    if (listen) {
                        bestWith = Math.min(bestWith, took);
                    } else {
                        bestWithout = Math.min(bestWithout, took);
                    }
                }
            }
        }
        System.out.printf("documents %d, findings in the last %d; best of %d: without %.1f ms, with the listener %.1f ms (%+.1f%%)%n",
                documents.size(), findings, rounds, bestWithout / 1e6, bestWith / 1e6, 100.0 * (bestWith - bestWithout) / bestWithout);
    }

    private static int run(XsltExecutable exec, XdmNode document, boolean listen) throws Exception {
        Xslt30Transformer transformer = exec.load30();
        if (listen) {
            StopOnRequest.attach(transformer, new TimeLimit.Stop());
        }
        transformer.setGlobalContextItem(document);
        SvrlFindings svrl = new SvrlFindings();
        transformer.applyTemplates(document, new SAXDestination(svrl));
        return svrl.findings().size();
    }
}
