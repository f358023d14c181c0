package org.teikit.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;

import net.sf.saxon.om.NamePool;
import net.sf.saxon.om.NamespaceUri;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Documents may bring only so many names into Saxon's name pool over a process's life; names the pool
 * holds already are always let in (a fresh pool and a small allowance here, not the process's own).
 */
class NamePoolAllowanceTest {

    private final NamePool pool = new NamePool();
    private final NamePoolAllowance allowance = new NamePoolAllowance(pool, 50);

    /** One line: a root element and {@code count} empty children named prefix0, prefix1, ... */
    private static String withNames(String prefix, int count) {
        StringBuilder xml = new StringBuilder("<root xmlns='urn:x'>");
        for (int i = 0; i < count; i++) {
            xml.append('<').append(prefix).append(i).append("/>");
        }
        return xml.append("</root>").toString();
    }

    private void parse(String xml) throws IOException, SAXException {
        XMLReader reader = SecureXml.newXmlReader(allowance);
        InputSource input = new InputSource(new StringReader(xml));
        input.setSystemId("file:/names.xml");
        reader.parse(input);
    }

    @Test
    void namesAreLetInUntilTheAllowanceIsSpentAndCountedOnceHoweverOftenRead() throws Exception {
        parse(withNames("a", 39)); // 40 names with the root
        parse(withNames("a", 39));
        assertThat(pool.getFingerprint(NamespaceUri.of("urn:x"), "a38")).isNotEqualTo(-1);

        String more = withNames("b", 30);
        assertThatThrownBy(() -> parse(more)).isInstanceOfSatisfying(SAXParseException.class, e -> {
            assertThat(e.getMessage()).contains("'b10'", "new to this teikit process", "50 distinct names");
            assertThat(e.getLineNumber()).isEqualTo(1);
            // At the end of the refused element's tag (SAX columns count from 1).
            assertThat(e.getColumnNumber()).isEqualTo(more.indexOf("<b10/>") + "<b10/>".length() + 1);
        });
        assertThat(pool.getFingerprint(NamespaceUri.of("urn:x"), "b10")).isEqualTo(-1);

        // Names the pool holds cost nothing, however spent the allowance.
        parse(withNames("a", 39));
        parse(withNames("b", 10));
    }

    @Test
    void namesThePoolAlreadyHoldsAreNeverCounted() throws Exception {
        for (int i = 0; i < 100; i++) {
            pool.allocateFingerprint(NamespaceUri.of("urn:x"), "c" + i);
        }
        pool.allocateFingerprint(NamespaceUri.of("urn:x"), "root");
        parse(withNames("c", 100));
        parse(withNames("d", 49));
    }
}
