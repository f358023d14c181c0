package org.teikit.render.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmValue;
import org.junit.jupiter.api.Test;
import org.teikit.RenderOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The label table (xslt/common/labels.xsl): complete in every language, and every key used is in it. */
class LabelTableTest {

    private static final Path TABLE = Path.of("xslt/common/labels.xsl");

    /** The select expression of one of the module's variables, evaluated as the stylesheet would. */
    private static XdmValue variable(String name) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document module = factory.newDocumentBuilder().parse(TABLE.toFile());
        NodeList variables = module.getElementsByTagNameNS("http://www.w3.org/1999/XSL/Transform", "variable");
        for (int i = 0; i < variables.getLength(); i++) {
            Element variable = (Element) variables.item(i);
            if (variable.getAttribute("name").equals(name)) {
                return new Processor(false).newXPathCompiler().evaluate(variable.getAttribute("select"), null);
            }
        }
        throw new AssertionError("no variable " + name + " in " + TABLE);
    }

    /** The table: key to its values in the order of the languages. */
    private static Map<String, List<String>> table() throws Exception {
        XdmMap map = (XdmMap) variable("tk:label-table");
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (Map.Entry<XdmAtomicValue, XdmValue> entry : map.asMap().entrySet()) {
            List<String> values = new ArrayList<>();
            for (XdmItem item : entry.getValue()) {
                values.add(item.getStringValue());
            }
            table.put(entry.getKey().getStringValue(), values);
        }
        return table;
    }

    @Test
    void everyKeyHasAValueInEveryLanguage() throws Exception {
        Map<String, List<String>> table = table();
        assertThat(table).hasSizeGreaterThan(50);
        Pattern placeholder = Pattern.compile("%[0-9]");
        table.forEach((key, values) -> {
            assertThat(values).as("label %s: a value for each of %s", key, RenderOptions.LABEL_LANGUAGES)
                    .hasSize(RenderOptions.LABEL_LANGUAGES.size());
            assertThat(values).as("label %s", key).allSatisfy(value -> assertThat(value).isNotBlank());
            List<String> english = placeholder.matcher(values.get(0)).results().map(m -> m.group()).sorted().toList();
            for (int i = 1; i < values.size(); i++) {
                assertThat(placeholder.matcher(values.get(i)).results().map(m -> m.group()).sorted().toList())
                        .as("placeholders of %s in %s", key, RenderOptions.LABEL_LANGUAGES.get(i)).isEqualTo(english);
            }
        });
    }

    @Test
    void theStylesheetsLanguagesAreTheJavaSides() throws Exception {
        List<String> languages = new ArrayList<>();
        variable("tk:label-languages").forEach(item -> languages.add(item.getStringValue()));
        assertThat(languages).isEqualTo(RenderOptions.LABEL_LANGUAGES);
    }

    @Test
    void everyKeyTheStylesheetsAskForIsInTheTable() throws Exception {
        Map<String, List<String>> table = table();
        Pattern call = Pattern.compile("tk:label\\('([a-z0-9-]+)'(?! \\|\\|)");
        try (Stream<Path> files = Files.walk(Path.of("xslt"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xsl")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(table).as("%s asks for label %s", file, m.group(1)).containsKey(m.group(1));
                }
            }
        }
        // Keys chosen by an expression rather than written in a call.
        assertThat(table).containsKeys("page-break", "column-break", "milestone", "people", "places", "organisations",
                "field-general-editor", "field-editor");
        for (int month = 1; month <= 12; month++) {
            assertThat(table).containsKeys("month-" + month, "month-of-" + month);
        }
    }
}
