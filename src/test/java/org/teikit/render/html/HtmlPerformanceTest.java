package org.teikit.render.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;
import org.teikit.render.CompiledStylesheet;

/**
 * Measures the HTML rendering of the largest FRUS volume against a Saxon identity transform of the
 * same file (parse, transform, serialise; warm JVM, best of 5). Runs only with -Dteikit.perf=true.
 */
class HtmlPerformanceTest {

    @Test
    void htmlOfTheLargestVolumeAgainstAnIdentityTransform() throws Exception {
        assumeTrue(Boolean.getBoolean("teikit.perf"), "performance measurement: run with -Dteikit.perf=true");
        Path file = HtmlTestSupport.shared().resolve("corpus/frus/frus1964-68v18.xml");
        byte[] bytes = Files.readAllBytes(file);
        HtmlRenderer renderer = new HtmlRenderer();
        Processor processor = CompiledStylesheet.newQuietProcessor();
        XsltExecutable identity = processor.newXsltCompiler().compile(new StreamSource(new StringReader(
                "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                        + "<xsl:mode on-no-match='shallow-copy'/></xsl:stylesheet>")));
        long bestHtml = Long.MAX_VALUE;
        long bestIdentity = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            renderer.renderToString(file.toUri().toString(), bytes);
            long t1 = System.nanoTime();
            Xslt30Transformer t = identity.load30();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new StreamSource(new java.io.ByteArrayInputStream(bytes), file.toUri().toString()),
                    processor.newSerializer(out));
            long t2 = System.nanoTime();
            bestHtml = Math.min(bestHtml, t1 - t0);
            bestIdentity = Math.min(bestIdentity, t2 - t1);
        }
        System.out.printf("FRUS 4 MB: HTML %d ms, identity %d ms, ratio %.2f%n", bestHtml / 1_000_000,
                bestIdentity / 1_000_000, (double) bestHtml / bestIdentity);
    }
}
