package org.teikit.render.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nu.validator.client.EmbeddedValidator;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** Shared helpers of the HTML tests: parsing pages as browsers do, XPath, the Nu HTML Checker. */
public final class HtmlTestSupport {

    /** The namespace HTML parsers put HTML elements in; XPath uses prefix h. */
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private HtmlTestSupport() {
    }

    /** The shared folder (seeds, schemas, corpus) beside the project. */
    public static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared"));
    }

    public static Path projectFile(String path) {
        return Path.of(path);
    }

    /** Parses an HTML page with the HTML5 parsing algorithm (as a browser does) into a DOM. */
    public static Document parse(String html) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("HTML does not parse: " + e.getMessage(), e);
        }
    }

    public static XPathEngine xpath() {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(Map.of("h", XHTML));
        return engine;
    }

    /** The Nu HTML Checker's errors for a page (warnings and info messages are not returned). */
    public static List<String> nuErrors(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            validator.setNoLangDetect(true);
            String json = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return errorsFromJson(json);
        } catch (IOException | SAXException e) {
            throw new AssertionError("Nu HTML Checker failed to run: " + e.getMessage(), e);
        }
    }

    public static List<String> nuErrors(Path page) throws IOException {
        return nuErrors(Files.readString(page));
    }

    /** Reads the checker's JSON report: messages of type "error" (and non-document errors). */
    private static List<String> errorsFromJson(String json) throws IOException {
        List<String> errors = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int depth = 0;
            String type = null;
            String message = null;
            String line = null;
            String field = null;
            while (parser.nextToken() != null) {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                    if (depth == 2) {
                        type = null;
                        message = null;
                        line = null;
                    }
                } else if (token == JsonToken.END_OBJECT) {
                    if (depth == 2 && ("error".equals(type) || "non-document-error".equals(type))) {
                        errors.add("line " + line + ": " + message);
                    }
                    depth--;
                } else if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                } else if (token.isScalarValue() && depth == 2) {
                    switch (field) {
                        case "type" -> type = parser.getText();
                        case "message" -> message = parser.getText();
                        case "lastLine" -> line = parser.getText();
                        default -> { }
                    }
                }
            }
        }
        return errors;
    }
}
