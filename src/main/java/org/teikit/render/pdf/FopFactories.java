package org.teikit.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.teikit.xml.SecureXml;
import org.xml.sax.SAXException;

/**
 * Builds teikit's one FopFactory: the fonts of a {@link FontSet} registered for embedding, no font cache
 * on disk, tagged PDF (accessibility) on. The configuration is written with a StAX writer and read
 * by FOP's own parser, as a user's fop.xconf would be.
 */
final class FopFactories {

    private FopFactories() {
    }

    static FopFactory create(FontSet fonts) {
        ResourceResolverFactory.SchemeAwareResourceResolverBuilder resolvers =
                ResourceResolverFactory.createSchemeAwareResourceResolverBuilder(
                        ResourceResolverFactory.createDefaultResourceResolver());
        resolvers.registerResourceResolverForScheme(ClasspathResources.SCHEME, new ClasspathResources());
        ResourceResolver resolver = resolvers.build();
        URI base = Path.of("").toAbsolutePath().toUri();
        try {
            FopConfParser parser = new FopConfParser(new ByteArrayInputStream(configuration(fonts)), base, resolver);
            FopFactoryBuilder builder = parser.getFopFactoryBuilder();
            builder.setAccessibility(true);
            builder.setStrictFOValidation(true);
            return builder.build();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Cannot configure FOP", e);
        }
    }

    /** The FOP configuration (fop.xconf) for {@code fonts}. */
    static byte[] configuration(FontSet fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = SecureXml.xmlOutputFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("fop");
            xml.writeAttribute("version", "1.0");
            element(xml, "use-cache", "false");
            xml.writeStartElement("renderers");
            xml.writeStartElement("renderer");
            xml.writeAttribute("mime", "application/pdf");
            xml.writeStartElement("fonts");
            for (FontFace face : fonts.faces()) {
                xml.writeStartElement("font");
                xml.writeAttribute("embed-url", face.uri().toString());
                if (!face.subFont().isEmpty()) {
                    xml.writeAttribute("sub-font", face.subFont());
                }
                xml.writeAttribute("kerning", "yes");
                xml.writeAttribute("embedding-mode", "subset");
                boolean only = fonts.faces().stream().filter(f -> f.family().equals(face.family())).count() == 1;
                if (only) {
                    // A family with one face (a fallback font) serves every style, so FOP never substitutes.
                    for (String style : new String[] {"normal", "italic"}) {
                        for (String weight : new String[] {"normal", "bold"}) {
                            triplet(xml, face.family(), style, weight);
                        }
                    }
                } else {
                    triplet(xml, face.family(), face.italic() ? "italic" : "normal", face.bold() ? "bold" : "normal");
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the FOP configuration", e);
        }
        return out.toByteArray();
    }

    private static void triplet(XMLStreamWriter xml, String family, String style, String weight)
            throws XMLStreamException {
        xml.writeEmptyElement("font-triplet");
        xml.writeAttribute("name", family);
        xml.writeAttribute("style", style);
        xml.writeAttribute("weight", weight);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
