package org.teikit.testing;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** A SAX error handler that keeps errors (fatal ones too) as {@code line:col: message}, warnings not. */
public final class CollectedErrors implements ErrorHandler {

    private final List<String> errors = new ArrayList<>();

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

    public void add(String message) {
        errors.add(message);
    }

    public void clear() {
        errors.clear();
    }

    public List<String> list() {
        return List.copyOf(errors);
    }
}
