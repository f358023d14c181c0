package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Map;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

import org.junit.jupiter.api.Test;
import org.teikit.xml.SecureXml;

/**
 * The plugin descriptor Maven reads (generated at build time from the Mojos): goal prefix, goals bound
 * to the phases that make {@code mvn verify} convert, validate and publish, and a description for
 * every parameter, which {@code mvn help:describe -Ddetail} shows.
 */
class PluginDescriptorTest {

    private static XdmNode descriptor(Processor processor) throws Exception {
        for (URL url : Collections.list(PluginDescriptorTest.class.getClassLoader()
                .getResources("META-INF/maven/plugin.xml"))) {
            try (InputStream in = url.openStream()) {
                XdmNode doc = processor.newDocumentBuilder().build(new StreamSource(in, url.toString()));
                if ("teikit".equals(processor.newXPathCompiler().evaluate("/plugin/artifactId", doc)
                        .itemAt(0).getStringValue())) {
                    return doc;
                }
            }
        }
        throw new AssertionError("no teikit plugin.xml on the class path: run the tests with Maven");
    }

    @Test
    void goalsArePrefixedBoundAndEveryParameterIsDocumented() throws Exception {
        Processor processor = SecureXml.newProcessor();
        XdmNode doc = descriptor(processor);
        XPathCompiler xpath = processor.newXPathCompiler();

        assertThat(xpath.evaluate("/plugin/goalPrefix/string()", doc).toString()).isEqualTo("teikit");
        Map<String, String> phases = Map.of("convert", "generate-resources", "validate", "process-resources",
                "render", "package", "build", "package");
        phases.forEach((goal, phase) -> {
            try {
                assertThat(xpath.evaluate("/plugin/mojos/mojo[goal = '" + goal + "']/phase/string()", doc)
                        .toString()).as(goal).isEqualTo(phase);
            } catch (net.sf.saxon.s9api.SaxonApiException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(xpath.evaluate("count(/plugin/mojos/mojo)", doc).toString()).isEqualTo("4");

        var undocumented = xpath.evaluate(
                "/plugin/mojos/mojo/parameters/parameter[editable = 'true'][normalize-space(description) = '']"
                        + "/concat(../../goal, ':', name)", doc);
        assertThat(undocumented.stream().map(XdmItem::getStringValue).toList()).isEmpty();
        assertThat(xpath.evaluate("count(/plugin/mojos/mojo[goal = 'render']/parameters/parameter)", doc)
                .toString()).isEqualTo("17"); // with the read-only buildDirectory, where the goal keeps its state
        for (String goal : phases.keySet()) {
            assertThat(xpath.evaluate("/plugin/mojos/mojo[goal = '" + goal + "']/parameters/parameter/name", doc)
                    .stream().map(XdmItem::getStringValue).toList()).as(goal).contains("threads");
        }
        assertThat(xpath.evaluate("/plugin/mojos/mojo[goal = 'validate']/parameters/parameter/name", doc)
                .stream().map(XdmItem::getStringValue).toList()).contains("schemas", "schemaStore");
    }
}
