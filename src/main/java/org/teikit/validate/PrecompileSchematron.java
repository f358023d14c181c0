package org.teikit.validate;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.teikit.io.AtomicFiles;

/**
 * Run by teikit's own build (process-classes): writes beside each Schematron schema of teikit's the
 * stylesheet SchXslt makes of it ({@code <schema>.sch.svrl.xsl}), so that validation at run time
 * compiles that stylesheet and not SchXslt's pipeline first. Not part of the library's API.
 */
public final class PrecompileSchematron {

    /** SchXslt stamps the time it ran into the stylesheet; without it the jar is the same from build to build. */
    private static final String WITHOUT_CREATION_TIME =
            "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
            + " xmlns:dct='http://purl.org/dc/terms/'>"
            + "<xsl:mode on-no-match='shallow-copy'/><xsl:template match='dct:created[not(*)]'/>"
            + "</xsl:stylesheet>";

    private PrecompileSchematron() {
    }

    /** @param args the folder of teikit's schemas in the build output */
    public static void main(String[] args) throws IOException, SaxonApiException, SchemaException {
        Path folder = Path.of(args[0]);
        SchematronCompiler compiler = new SchematronCompiler();
        XsltExecutable undated = compiler.processor().newXsltCompiler()
                .compile(new StreamSource(new StringReader(WITHOUT_CREATION_TIME)));
        List<Path> schemas;
        try (Stream<Path> files = Files.list(folder)) {
            schemas = files.filter(f -> f.getFileName().toString().endsWith(".sch")).sorted().toList();
        }
        for (Path schema : schemas) {
            URI location = schema.toUri();
            XdmNode made = compiler.stylesheetFor(compiler.readSchema(location, false), location);
            XdmDestination result = new XdmDestination();
            undated.load30().applyTemplates(made, result);
            XdmNode stylesheet = result.getXdmNode();
            Path target = schema.resolveSibling(schema.getFileName() + SchematronCompiler.PRECOMPILED);
            AtomicFiles.write(target, out -> {
                Serializer serializer = compiler.processor().newSerializer(out);
                try {
                    serializer.serializeNode(stylesheet);
                } catch (SaxonApiException e) {
                    throw new IOException("Cannot write " + target + ": " + e.getMessage(), e);
                }
            });
            System.out.println("teikit: " + schema.getFileName() + " -> " + target.getFileName());
        }
    }
}
