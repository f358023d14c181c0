package org.teikit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.Validator;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import org.teikit.Diagnostic;
import org.teikit.xml.SecureXml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** A RELAX NG schema (XML or compact syntax) compiled by Jing. Jing's Schema is safe to share. */
final class RelaxNgSchema implements CompiledSchema {

    private final Schema schema;

    private RelaxNgSchema(Schema schema) {
        this.schema = schema;
    }

    static RelaxNgSchema compile(URI location, boolean compact, SchemaLocator locator) throws SchemaException {
        SchemaReader reader = compact ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        List<Diagnostic> problems = new ArrayList<>();
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, schemaErrors(problems));
        properties.put(ValidateProperty.XML_READER_CREATOR, SecureXml::newXmlReader);
        properties.put(ValidateProperty.RESOLVER, LocalResources.jingResolver(locator));
        try (InputStream in = LocalResources.open(location)) {
            InputSource source = new InputSource(in);
            source.setSystemId(location.toString());
            return new RelaxNgSchema(reader.createSchema(source, properties.toPropertyMap()));
        } catch (IncorrectSchemaException | SAXException e) {
            throw new SchemaException("The RELAX NG schema " + location + " is not correct: "
                    + (problems.isEmpty() ? e.getMessage() : SchemaProblem.summary(problems)), e, problems);
        } catch (IOException e) {
            throw new SchemaException("Cannot read the RELAX NG schema " + location + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Check begin(SourceDocument document) {
        List<Diagnostic> found = new ArrayList<>();
        GrammarErrorCollector errors = new GrammarErrorCollector(document, GrammarErrorCollector.Dialect.RELAX_NG, found);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        Validator validator = schema.createValidator(properties.toPropertyMap());
        ElementTracker tracker = new ElementTracker(validator.getContentHandler());
        errors.track(tracker);
        return new Check(tracker, null, validator.getDTDHandler(), errors, out -> {
            errors.finish();
            out.addAll(found);
        });
    }

    private static ErrorHandler schemaErrors(List<Diagnostic> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Schema warnings (for example ID-type compatibility notes) do not stop compilation.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(SchemaProblem.located(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
    }

    /** Runs one parse of a document, turning parser failures into diagnostics. */
    static final class Parsing {
        private Parsing() {
        }

        static void parse(XMLReader reader, SourceDocument document, List<Diagnostic> out) {
            try (InputStream in = document.open()) {
                InputSource source = new InputSource(in);
                source.setSystemId(document.systemId());
                reader.parse(source);
            } catch (SAXParseException e) {
                // Already reported by the error handler as a well-formedness error.
            } catch (SAXException e) {
                out.add(Diagnostic.error(document.displayName(), 0, 0, "validate.failed",
                        "Validation could not finish: " + e.getMessage()));
            } catch (IOException e) {
                out.add(Diagnostic.error(document.displayName(), 0, 0, "io.read", "Cannot read the document: " + e.getMessage()));
            }
        }
    }
}
