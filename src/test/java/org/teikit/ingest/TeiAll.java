package org.teikit.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * TEI's official tei_all.rng from the shared folder, compiled once per test JVM (it takes seconds)
 * and used from one thread at a time (a Jing driver is not thread-safe).
 */
final class TeiAll {

    private static TeiAll instance;

    private final ValidationDriver driver;
    private final List<String> errors = new ArrayList<>();

    private TeiAll() throws Exception {
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
        String rng = TestFiles.shared().resolve("schemas/tei-4.10.2/tei_all.rng").toUri().toString();
        if (!driver.loadSchema(new InputSource(rng))) {
            throw new IllegalStateException("tei_all.rng did not load: " + errors);
        }
    }

    static synchronized TeiAll get() {
        if (instance == null) {
            try {
                instance = new TeiAll();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The validation errors of a TEI document as {@code line:col: message}; empty when valid. */
    synchronized List<String> errors(String xml) throws Exception {
        errors.clear();
        driver.validate(new InputSource(new StringReader(xml)));
        return List.copyOf(errors);
    }
}
