package org.teikit.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A confined stylesheet reads its document's folder and teikit's resources, and nothing else. */
class ConfinedResourcesTest {

    private static final String STYLESHEET = """
            <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xsl:param name="uri" as="xs:string"/>
              <xsl:template name="doc"><xsl:value-of select="doc($uri)/*/name()"/></xsl:template>
              <xsl:template name="text"><xsl:value-of select="unparsed-text($uri)"/></xsl:template>
              <xsl:template name="available"><xsl:value-of select="doc-available($uri), unparsed-text-available($uri)"/></xsl:template>
              <xsl:template name="collection"><xsl:value-of select="count(collection($uri))"/></xsl:template>
            </xsl:stylesheet>""";

    @TempDir
    Path tmp;
    Path documentFile;
    Path secret;
    Processor processor;

    @BeforeEach
    void files() throws Exception {
        Path edition = Files.createDirectories(tmp.resolve("edition/letters"));
        documentFile = edition.resolve("letter.xml");
        Files.writeString(documentFile, "<TEI/>");
        Files.writeString(edition.resolve("neighbour.xml"), "<neighbour/>");
        Files.createDirectories(edition.resolve("sub"));
        Files.writeString(edition.resolve("sub/below.txt"), "below");
        secret = Files.writeString(tmp.resolve("secret.xml"), "<secret>password</secret>");
        processor = SecureXml.newProcessor();
    }

    private String run(String template, String uri) throws SaxonApiException {
        var executable = processor.newXsltCompiler().compile(new StreamSource(new StringReader(STYLESHEET)));
        XdmNode document = processor.newDocumentBuilder().build(documentFile.toFile());
        Xslt30Transformer transformer = executable.load30();
        ConfinedResources.confine(transformer, document);
        transformer.setStylesheetParameters(java.util.Map.of(new QName("uri"), new XdmAtomicValue(uri)));
        transformer.setGlobalContextItem(document);
        XdmValue result = transformer.callTemplate(new QName(template));
        return result.toString();
    }

    @Test
    void theDocumentsFolderAndBelowCanBeRead() throws Exception {
        assertThat(run("doc", documentFile.resolveSibling("neighbour.xml").toUri().toString())).isEqualTo("neighbour");
        assertThat(run("text", documentFile.resolveSibling("sub/below.txt").toUri().toString())).isEqualTo("below");
    }

    @Test
    void aFileOutsideTheFolderIsRefusedWithItsUri() {
        String uri = secret.toUri().toString();
        assertThatThrownBy(() -> run("doc", uri)).hasMessageContaining("refused: " + uri);
        assertThatThrownBy(() -> run("text", uri)).hasMessageContaining("refused");
        String escaping = documentFile.getParent().toUri() + "../../secret.xml";
        assertThatThrownBy(() -> run("doc", escaping)).hasMessageContaining("refused");
    }

    @Test
    void availabilityOfAnOutsideFileIsFalse() throws Exception {
        assertThat(run("available", secret.toUri().toString())).isEqualTo("false false");
    }

    @Test
    void aLinkInsideTheFolderCannotLeadOut() throws Exception {
        Path link = documentFile.resolveSibling("link.xml");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        assertThatThrownBy(() -> run("doc", link.toUri().toString())).hasMessageContaining("refused");
    }

    @Test
    void teikitsOwnResourcesCanBeRead() throws Exception {
        String own = ConfinedResourcesTest.class.getClassLoader().getResource("teikit/schemas/catalog.xml").toString();
        assertThat(run("doc", own)).isEqualTo("catalog");
    }

    @Test
    void collectionsAreNotAvailable() {
        assertThatThrownBy(() -> run("collection", tmp.toUri().toString())).hasMessageContaining("collection");
    }

    @Test
    void aDocumentWithoutAFileMayReadOnlyTeikitsResources() {
        ConfinedResources inMemory = ConfinedResources.forDocument(null, null, null);
        assertThat(inMemory.allows(documentFile.toUri().toString())).isFalse();
        assertThat(inMemory.allows(ConfinedResourcesTest.class.getClassLoader()
                .getResource("teikit/schemas/catalog.xml").toString())).isTrue();
    }
}
