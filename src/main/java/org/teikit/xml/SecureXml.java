package org.teikit.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

import net.sf.saxon.Configuration;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.s9api.Processor;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one place where teikit configures XML parsers and processors. XML from users is untrusted:
 * no DTD or external entity is fetched, no XInclude, entity expansion is bounded. Everything that
 * parses XML in teikit gets its parser from here.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /**
     * A namespace-aware SAX parser factory that loads no external DTD or parameter entity. Private:
     * its readers are safe only with the refusing entity resolver that {@link #newXmlReader()} sets.
     */
    /**
     * One configured factory per thread: finding a parser factory through the class path costs more
     * than parsing a small document, and factories are not thread-safe.
     */
    private static final ThreadLocal<SAXParserFactory> FACTORY = ThreadLocal.withInitial(SecureXml::saxParserFactory);

    private static SAXParserFactory saxParserFactory() {
        // The JDK's own parser, not Xerces-J's (which teikit keeps for XML Schema and DTDs): under secure
        // processing it bounds the total size of entity expansions too (50 million characters, in text
        // and in attribute values), where Xerces-J counts expansions only, so that one 20,000-character
        // entity used 50,000 times filled 6 GB.
        return secure(SAXParserFactory.newDefaultInstance());
    }

    private static SAXParserFactory secure(SAXParserFactory factory) {
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        trySet(factory, XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // External general entities stay "on" only so that a reference to one reaches the entity
        // resolver of newXmlReader(), which refuses it with a located error; switched off, the parser
        // would silently drop the reference and the document would pass as if nothing were wrong.
        trySet(factory, "http://xml.org/sax/features/external-general-entities", true);
        trySet(factory, "http://xml.org/sax/features/external-parameter-entities", false);
        trySet(factory, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    /**
     * A fresh secure SAX reader for XML teikit did not take from a user as a document to process (its
     * own stylesheets and entries, schemas); readers are not thread-safe, so take one per parse.
     */
    public static XMLReader newXmlReader() {
        return newXmlReader(null);
    }

    /**
     * A fresh secure SAX reader for a user's document (to validate or render), which also refuses a
     * name new to Saxon's name pool once documents have brought in all that {@link NamePoolAllowance}
     * allows: names from documents cannot fill the pool that teikit's own stylesheets need.
     */
    public static XMLReader newDocumentReader() {
        return newXmlReader(DOCUMENT_NAMES);
    }

    /** A fresh secure SAX reader that lets names into Saxon's name pool as far as {@code allowance}, if any, has room. */
    static XMLReader newXmlReader(NamePoolAllowance allowance) {
        try {
            return new EntityRefusingReader(FACTORY.get().newSAXParser().getXMLReader(), allowance);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot create a secure XML parser", e);
        }
    }

    /**
     * Most distinct element and attribute names one document may use. TEI has about a thousand; Saxon
     * keeps every name it meets in a pool of about a million for as long as the process runs (shared
     * by all of teikit's processors), and once the pool is full it refuses every document: one made-up
     * document of a million names would otherwise stop all validation and rendering after it.
     */
    public static final int MAX_DISTINCT_NAMES = 10_000;

    /** Longest attribute default a document's DTD may declare, in characters. */
    public static final int MAX_ATTRIBUTE_DEFAULT = 10_000;

    private static final String DECLARATION_HANDLER = "http://xml.org/sax/properties/declaration-handler";

    /**
     * Refuses every external entity the document refers to, as a fatal error located at the
     * reference; the entity's resource is never opened. Callers cannot swap the refusal for a resolver
     * of their own. Refuses too, at the name, a document with more than {@link #MAX_DISTINCT_NAMES}
     * distinct element and attribute names, or (given an allowance) with a name new to Saxon's name
     * pool once documents have brought in all that the allowance allows, before the name reaches Saxon.
     */
    private static final class EntityRefusingReader extends XMLFilterImpl {
        private final NamePoolAllowance allowance;
        /** The consumer's declaration handler, if it set one. */
        private org.xml.sax.ext.DeclHandler declarations;
        private Locator locator;
        /** Local names seen in this document, by namespace. */
        private final java.util.Map<String, java.util.Set<String>> names = new java.util.HashMap<>();
        private int distinct;
        /** The last namespace looked up and its names: most names of a document share one namespace. */
        private String lastUri;
        private java.util.Set<String> lastNames;

        EntityRefusingReader(XMLReader parent, NamePoolAllowance allowance) {
            super(parent);
            this.allowance = allowance;
            parent.setEntityResolver(this);
            try {
                parent.setProperty(DECLARATION_HANDLER, new Declarations());
            } catch (org.xml.sax.SAXNotRecognizedException | org.xml.sax.SAXNotSupportedException e) {
                throw new IllegalStateException("The XML parser reports no DTD declarations", e);
            }
        }

        /** A consumer's own declaration handler is called from teikit's, which checks each declaration first. */
        @Override
        public void setProperty(String name, Object value)
                throws org.xml.sax.SAXNotRecognizedException, org.xml.sax.SAXNotSupportedException {
            if (DECLARATION_HANDLER.equals(name)) {
                declarations = (org.xml.sax.ext.DeclHandler) value;
            } else {
                super.setProperty(name, value);
            }
        }

        /**
         * Refuses an attribute default longer than {@link #MAX_ATTRIBUTE_DEFAULT}: the parser gives every
         * element without the attribute a copy (a 1 MB default on 2,000 paragraphs made a 1 MB document
         * a 2 GB page), and no limit of the parser's own counts them.
         */
        private final class Declarations implements org.xml.sax.ext.DeclHandler {
            @Override
            public void elementDecl(String name, String model) throws SAXException {
                if (declarations != null) {
                    declarations.elementDecl(name, model);
                }
            }

            @Override
            public void attributeDecl(String eName, String aName, String type, String mode, String value)
                    throws SAXException {
                if (value != null && value.length() > MAX_ATTRIBUTE_DEFAULT) {
                    throw fatal("the DTD gives the attribute '" + aName + "' of <" + eName + "> a default of "
                            + value.length() + " characters, more than the " + MAX_ATTRIBUTE_DEFAULT + " teikit takes "
                            + "(every element without the attribute would get a copy)", null, null);
                }
                if (declarations != null) {
                    declarations.attributeDecl(eName, aName, type, mode, value);
                }
            }

            @Override
            public void internalEntityDecl(String name, String value) throws SAXException {
                if (declarations != null) {
                    declarations.internalEntityDecl(name, value);
                }
            }

            @Override
            public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
                if (declarations != null) {
                    declarations.externalEntityDecl(name, publicId, systemId);
                }
            }
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            names.clear();
            distinct = 0;
            lastUri = null;
            lastNames = null;
            super.startDocument();
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
                throws SAXException {
            count(uri, localName);
            for (int i = 0; i < atts.getLength(); i++) {
                count(atts.getURI(i), atts.getLocalName(i));
            }
            super.startElement(uri, localName, qName, atts);
        }

        private void count(String uri, String localName) throws SAXException {
            java.util.Set<String> seen = uri.equals(lastUri) ? lastNames
                    : names.computeIfAbsent(uri, u -> new java.util.HashSet<>());
            lastUri = uri;
            lastNames = seen;
            if (!seen.add(localName)) {
                return;
            }
            if (++distinct > MAX_DISTINCT_NAMES) {
                throw fatal("the document uses more than " + MAX_DISTINCT_NAMES + " distinct element and attribute "
                        + "names (TEI has about a thousand); teikit reads no further, as so many names are not "
                        + "a text's markup", null, null);
            }
            if (allowance != null && !allowance.admit(uri, localName)) {
                throw fatal("the name '" + localName + "' is new to this teikit process, which has already taken in "
                        + allowance.limit() + " distinct names from documents, the most it keeps (Saxon holds every "
                        + "name for as long as the process runs); teikit reads no further: process this document "
                        + "in a new run (a build redoes only the documents that failed)", null, null);
            }
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            throw fatal("the document refers to an external entity (" + systemId + "); teikit never loads "
                    + "external resources named in a document: replace the entity reference with its text",
                    publicId, systemId);
        }

        /** A fatal error at the parser's position, told to the error handler first, as the parser's own are. */
        private SAXParseException fatal(String message, String publicId, String systemId) throws SAXException {
            SAXParseException refusal = locator == null ? new SAXParseException(message, publicId, systemId, -1, -1)
                    : new SAXParseException(message, locator);
            if (getErrorHandler() != null) {
                getErrorHandler().fatalError(refusal);
            }
            return refusal;
        }
    }

    /**
     * A reader that validates against a DTD, for the validation of documents against DTDs only. The
     * DTD and anything it refers to are read solely through {@code localOnly}, which must open local
     * files and refuse everything else; no external general entity is expanded.
     */
    public static XMLReader newDtdValidatingReader(org.xml.sax.ext.EntityResolver2 localOnly) {
        try {
            // Xerces-J: the JDK's validating parser stops reporting after the first invalid element.
            SAXParserFactory factory = secure(SAXParserFactory.newInstance());
            factory.setValidating(true);
            trySet(factory, "http://xml.org/sax/features/external-general-entities", false);
            trySet(factory, "http://apache.org/xml/features/nonvalidating/load-external-dtd", true);
            trySet(factory, "http://xml.org/sax/features/external-parameter-entities", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setFeature("http://xml.org/sax/features/use-entity-resolver2", true);
            reader.setEntityResolver(localOnly);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot create a DTD-validating XML parser", e);
        }
    }

    /** A StAX input factory with DTDs and external entities off. */
    public static XMLInputFactory xmlInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** The StAX output factory teikit writes XML with (escaping is the writer's, never ours). */
    public static XMLOutputFactory xmlOutputFactory() {
        return XMLOutputFactory.newFactory();
    }

    private static final net.sf.saxon.om.NamePool SHARED_NAMES = new net.sf.saxon.om.NamePool();
    /**
     * Names documents may bring into {@link #SHARED_NAMES} (of its 1,048,575): three quarters, leaving
     * the rest for teikit's stylesheets and pages however many made-up names came before.
     */
    private static final NamePoolAllowance DOCUMENT_NAMES = new NamePoolAllowance(SHARED_NAMES, 786_000);
    private static final net.sf.saxon.tree.util.DocumentNumberAllocator SHARED_DOCUMENT_NUMBERS =
            new net.sf.saxon.tree.util.DocumentNumberAllocator();

    /**
     * A Saxon processor for teikit's own stylesheets: documents are parsed with {@link #newXmlReader()},
     * only file and jar URLs may be read, no collection can be listed, and no extension functions are
     * available (Saxon-HE has none reflexive). Each transformation is further confined to its document's
     * folder by {@link ConfinedResources#confine}.
     */
    public static Processor newProcessor() {
        Processor processor = new Processor(false);
        // One name pool and document numbering for all: a tree built by one of teikit's processors (the
        // validator's, for Schematron) can then be rendered by another's stylesheets without a second
        // parse, as Saxon accepts trees of configurations that share both.
        processor.getUnderlyingConfiguration().setNamePool(SHARED_NAMES);
        processor.getUnderlyingConfiguration().setDocumentNumberAllocator(SHARED_DOCUMENT_NUMBERS);
        processor.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar");
        processor.setConfigurationProperty(Feature.ALLOW_EXTERNAL_FUNCTIONS, false);
        Configuration config = processor.getUnderlyingConfiguration();
        config.setParseOptions(config.getParseOptions().withXMLReaderMaker(SecureXml::newXmlReader));
        // No stylesheet of teikit's reads a collection; a user's Schematron must not list folders either.
        config.setCollectionFinder((context, uri) -> {
            throw new net.sf.saxon.trans.XPathException("teikit offers stylesheets no collection: " + uri, "FODC0002");
        });
        return processor;
    }

    private static void trySet(SAXParserFactory factory, String feature, boolean value) {
        try {
            factory.setFeature(feature, value);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            // A parser without the feature cannot do the thing it guards against.
        }
    }
}
