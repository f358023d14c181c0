package org.teikit.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {

    @TempDir
    Path tmp;

    private Path secret() throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        return secret;
    }

    private String xxe(Path target) {
        return "<?xml version='1.0'?><!DOCTYPE TEI [<!ENTITY x SYSTEM '" + target.toUri() + "'>]>"
                + "<TEI xmlns='http://www.tei-c.org/ns/1.0'><p>&x;</p></TEI>";
    }

    @Test
    void saxReaderRefusesExternalEntityAndNeverReadsTheFile() throws IOException {
        var reader = SecureXml.newXmlReader();
        StringBuilder text = new StringBuilder();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void characters(char[] ch, int start, int length) {
                text.append(ch, start, length);
            }
        });
        try {
            reader.parse(new InputSource(new StringReader(xxe(secret()))));
        } catch (SAXException e) {
            assertThat(e.getMessage()).containsIgnoringCase("entit");
        }
        assertThat(text.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void saxonParsingRefusesExternalEntity() throws IOException {
        var builder = SecureXml.newProcessor().newDocumentBuilder();
        String xml = xxe(secret());
        try {
            XdmNode doc = builder.build(new StreamSource(new StringReader(xml)));
            assertThat(doc.getStringValue()).doesNotContain("TOP-SECRET");
        } catch (SaxonApiException e) {
            assertThat(e.getMessage()).isNotEmpty();
        }
    }

    @Test
    void externalDtdIsNotFetched() throws IOException {
        Path dtd = tmp.resolve("tei.dtd");
        Files.writeString(dtd, "<!ENTITY leak 'LEAKED-FROM-DTD'>");
        String xml = "<!DOCTYPE TEI SYSTEM '" + dtd.toUri() + "'><TEI>&leak;</TEI>";
        var builder = SecureXml.newProcessor().newDocumentBuilder();
        try {
            XdmNode doc = builder.build(new StreamSource(new StringReader(xml)));
            assertThat(doc.getStringValue()).doesNotContain("LEAKED");
        } catch (SaxonApiException e) {
            assertThat(e.getMessage()).doesNotContain("LEAKED");
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" '").append(prev.repeat(10)).append("'>");
        }
        String xml = dtd + "]><lolz>&lol9;</lolz>";
        long start = System.nanoTime();
        var builder = SecureXml.newProcessor().newDocumentBuilder();
        assertThatThrownBy(() -> builder.build(new StreamSource(new StringReader(xml))))
                .isInstanceOf(SaxonApiException.class)
                .hasMessageContaining("entit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
