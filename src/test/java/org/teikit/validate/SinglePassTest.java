package org.teikit.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;
import org.teikit.ValidationReport;

/**
 * The one shared parse per document (RELAX NG, XML Schema and the Schematron tree fed by one parser),
 * the streamed reading of SVRL, and the location paths followed without XPath.
 */
class SinglePassTest {

    private static final Path STORE = Path.of("target/no-schema-store");

    @TempDir
    Path tmp;

    @Test
    void aFileStreamedFromDiskGetsTheSameDiagnosticsAsTheSameBytesInMemory() throws IOException {
        TeiValidator validator = TeiValidator.builder().schemaStore(STORE).threads(1).build();
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Fixtures.resource("editorial"))) {
            fixtures = files.sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(10);
        for (Path f : fixtures) {
            List<Diagnostic> fromFile = validator.validate(f).diagnostics();
            List<Diagnostic> fromBytes = validator.validate(f.toString(), Files.readAllBytes(f)).diagnostics();
            assertThat(fromFile).as(f.toString()).isNotEmpty().isEqualTo(fromBytes);
            assertThat(fromFile).as(f.toString()).allSatisfy(d -> {
                assertThat(d.line()).isPositive();
                assertThat(d.column()).isPositive();
            });
        }
    }

    @Test
    void grammarAndEditorialRulesReportTogetherFromOneParseWithXmlModelAndCommentsInTheProlog() throws IOException {
        // The prolog (xml-model instruction, comment) is read before the schemas are chosen and then
        // replayed; a rule on the comment proves the Schematron tree received it.
        Path sch = tmp.resolve("comment.sch");
        Files.writeString(sch, """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
                  <pattern id="c"><rule context="/"><assert id="t.comment" test="comment() = ' keep me '">no comment</assert>
                  <report id="t.pi" test="processing-instruction('xml-model')">model seen</report></rule></pattern>
                  <pattern id="e"><rule context="*:b"><report id="t.b" role="warning" test="true()">b  is
                  here</report></rule></pattern>
                </schema>""");
        Path rnc = tmp.resolve("a.rnc");
        Files.writeString(rnc, "element a { element c { empty }* }\n");
        Path doc = tmp.resolve("doc.xml");
        Files.writeString(doc, """
                <?xml version="1.0"?>
                <?xml-model href="a.rnc" type="application/relax-ng-compact-syntax"?>
                <?xml-model href="comment.sch" schematypens="http://purl.oclc.org/dsdl/schematron"?>
                <!-- keep me -->
                <a>
                  <b/>
                </a>
                """, StandardCharsets.UTF_8);
        ValidationReport report = TeiValidator.builder().schemaStore(STORE).build().validate(doc);
        assertThat(report.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("t.pi", 0, 0), tuple("rng.unknown-element", 6, 3), tuple("t.b", 6, 3));
        assertThat(report.diagnostics().get(2).message()).isEqualTo("b is here");
    }

    @Test
    void aDocumentThatIsNotWellFormedGetsOnlyThatDiagnostic() throws IOException {
        Path doc = tmp.resolve("broken.xml");
        Files.writeString(doc, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n</TEI>\n");
        List<Diagnostic> d = TeiValidator.builder().schemaStore(STORE).build().validate(doc).diagnostics();
        assertThat(d).extracting(Diagnostic::rule, Diagnostic::line).containsExactly(tuple(WellFormedness.RULE, 3));
    }

    @Test
    void svrlFindingsKeepTheFindingsAndTheNearestRuleAndPatternIds() throws Exception {
        String svrl = """
                <svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
                  <svrl:active-pattern id="p1"/>
                  <svrl:fired-rule id="r1" context="x"/>
                  <svrl:failed-assert location="/a[1]" role="warning"><svrl:text>  one
                     two <svrl:emph>three</svrl:emph>\u00a0</svrl:text><svrl:text>ignored</svrl:text></svrl:failed-assert>
                  <svrl:fired-rule context="y"/>
                  <svrl:successful-report id="own" location="/a[1]/@b" flag="info"><svrl:text>r</svrl:text></svrl:successful-report>
                </svrl:schematron-output>""";
        SvrlFindings findings = new SvrlFindings();
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.newSAXParser().parse(new org.xml.sax.InputSource(new StringReader(svrl)), findings);
        assertThat(findings.findings()).containsExactly(
                new SvrlFindings.Finding("", "warning", "", "/a[1]", "one two three\u00a0", "r1", "p1"),
                new SvrlFindings.Finding("own", "", "info", "/a[1]/@b", "r", "", "p1"));
    }

    @Test
    void locationPathsAreFollowedStepByStepAndUnusualOnesAreLeftToXpath() throws SaxonApiException {
        XdmNode doc = new Processor(false).newDocumentBuilder().build(new StreamSource(new StringReader(
                "<a xmlns='urn:x/y'><b/><c/><b q='1' xml:id='i'>t<!--c-->u</b></a>")));
        LocationPath paths = new LocationPath(doc);
        XdmNode b2 = paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[2]");
        assertThat(b2).isNotNull();
        assertThat(b2.attribute("q")).isEqualTo("1");
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[2]/@q").getStringValue()).isEqualTo("1");
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[2]/@Q{http://www.w3.org/XML/1998/namespace}id")
                .getStringValue()).isEqualTo("i");
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[2]/text()[2]").getStringValue()).isEqualTo("u");
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[3]")).isNull();
        assertThat(paths.find("/*:a[1]")).as("another form: XPath decides").isNull();
        assertThat(paths.find("/Q{urn:x/y}a[1]/b[1]")).as("no namespace").isNull();
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[0]")).as("positions count from 1").isNull();
        // The same resolver again, over children it has grouped already.
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}c[1]").getNodeName().getLocalName()).isEqualTo("c");
        assertThat(paths.find("/Q{urn:x/y}a[1]/Q{urn:x/y}b[1]").attribute("q")).isNull();
    }
}
