package org.teikit.hostile;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The official tei_all.rng from the shared folder, loaded once per test JVM, used one thread at a time. */
final class TeiAllSchema {

    private static TeiAllSchema instance;

    private final ValidationDriver driver;
    private final List<String> errors = new ArrayList<>();

    private TeiAllSchema() throws Exception {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        driver = new ValidationDriver(props.toPropertyMap());
        String rng = shared().resolve("schemas/tei-4.10.2/tei_all.rng").toUri().toString();
        if (!driver.loadSchema(new InputSource(rng))) {
            throw new IllegalStateException("tei_all.rng did not load: " + errors);
        }
    }

    static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared"));
    }

    static synchronized TeiAllSchema get() {
        if (instance == null) {
            try {
                instance = new TeiAllSchema();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The well-formedness and tei_all errors of a document as {@code line:col: message}; empty when valid. */
    synchronized List<String> errors(String xml) {
        errors.clear();
        try {
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            errors.add("not well-formed: " + e.getMessage());
        }
        return List.copyOf(errors);
    }
}
