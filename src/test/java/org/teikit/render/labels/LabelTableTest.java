package org.teikit.render.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.teikit.RenderOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The label table (xslt/common/labels.xsl): complete in every language, and every key used is in it. */
class LabelTableTest {

    private static final String TK = "https://teikit.org/ns/xslt";
    private static final Path TABLE = Path.of("xslt/common/labels.xsl");

    private static List<Element> entries() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document table = factory.newDocumentBuilder().parse(TABLE.toFile());
        NodeList nodes = table.getElementsByTagNameNS(TK, "label");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    @Test
    void everyKeyHasAValueInEveryLanguageAndNoOther() throws Exception {
        List<Element> entries = entries();
        assertThat(entries).hasSizeGreaterThan(50);
        Set<String> keys = new HashSet<>();
        for (Element entry : entries) {
            String key = entry.getAttribute("key");
            assertThat(keys.add(key)).as("key %s twice", key).isTrue();
            for (String lang : RenderOptions.LABEL_LANGUAGES) {
                assertThat(entry.getAttribute(lang)).as("label %s in %s", key, lang).isNotBlank();
            }
            assertThat(entry.getAttributes().getLength()).as("attributes of %s", key)
                    .isEqualTo(RenderOptions.LABEL_LANGUAGES.size() + 1);
            long places = Pattern.compile("%[0-9]").matcher(entry.getAttribute("en")).results().count();
            for (String lang : RenderOptions.LABEL_LANGUAGES) {
                assertThat(Pattern.compile("%[0-9]").matcher(entry.getAttribute(lang)).results().count())
                        .as("placeholders of %s in %s", key, lang).isEqualTo(places);
            }
        }
    }

    @Test
    void theStylesheetsLanguagesAreTheJavaSides() throws Exception {
        String table = Files.readString(TABLE);
        assertThat(table).contains("select=\"('" + String.join("', '", RenderOptions.LABEL_LANGUAGES) + "')\"");
    }

    @Test
    void everyKeyTheStylesheetsAskForIsInTheTable() throws Exception {
        Set<String> keys = new HashSet<>();
        for (Element entry : entries()) {
            keys.add(entry.getAttribute("key"));
        }
        Pattern call = Pattern.compile("tk:label\\('([a-z0-9-]+)'(?! \\|\\|)");
        try (Stream<Path> files = Files.walk(Path.of("xslt"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xsl")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(keys).as("%s asks for label %s", file, m.group(1)).contains(m.group(1));
                }
            }
        }
        // Keys chosen by an expression rather than written in a call.
        assertThat(keys).contains("page-break", "column-break", "milestone", "people", "places", "organisations",
                "field-general-editor", "field-editor");
        for (int month = 1; month <= 12; month++) {
            assertThat(keys).contains("month-" + month, "month-of-" + month);
        }
    }
}
