package org.teikit.testing;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import org.xml.sax.InputSource;

/**
 * TEI's official tei_all.rng from the shared folder, for tests that check teikit's output independently:
 * compiled once per test JVM (it takes seconds) and used from one thread at a time (a Jing driver is not
 * thread-safe).
 */
public final class TeiAll {

    private static TeiAll instance;

    private final ValidationDriver driver;
    private final CollectedErrors errors = new CollectedErrors();

    private TeiAll() throws Exception {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, errors);
        driver = new ValidationDriver(props.toPropertyMap());
        String rng = shared().resolve("schemas/tei-4.10.2/tei_all.rng").toUri().toString();
        if (!driver.loadSchema(new InputSource(rng))) {
            throw new IllegalStateException("tei_all.rng did not load: " + errors.list());
        }
    }

    private static Path shared() {
        return Path.of(System.getProperty("teikit.shared", "../shared"));
    }

    public static synchronized TeiAll get() {
        if (instance == null) {
            try {
                instance = new TeiAll();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** The well-formedness and tei_all errors of a document as {@code line:col: message}; empty when valid. */
    public synchronized List<String> errors(String xml) {
        errors.clear();
        try {
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            errors.add("not well-formed: " + e.getMessage());
        }
        return errors.list();
    }
}
