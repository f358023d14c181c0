package org.teikit.validate;

import java.util.Locale;

/** The schema languages teikit validates with, and how a schema's language is recognised. */
public enum SchemaLanguage {
    /** RELAX NG, XML syntax (Jing). */
    RELAX_NG,
    /** RELAX NG, compact syntax (Jing). */
    RELAX_NG_COMPACT,
    /** W3C XML Schema (Xerces). */
    XSD,
    /** A DTD (Xerces), read from local files only. */
    DTD,
    /** ISO Schematron (SchXslt on Saxon). */
    SCHEMATRON,
    /** The Schematron rules embedded in a RELAX NG schema, as TEI's ODD-generated schemas carry them. */
    EMBEDDED_SCHEMATRON;

    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";
    static final String SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron";

    /** The language of a schema named by location only, from its file name extension. */
    public static SchemaLanguage fromLocation(String location) {
        String l = location.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
        if (l.endsWith(".rnc")) {
            return RELAX_NG_COMPACT;
        }
        if (l.endsWith(".xsd")) {
            return XSD;
        }
        if (l.endsWith(".dtd")) {
            return DTD;
        }
        if (l.endsWith(".sch") || l.endsWith(".isosch") || l.endsWith(".schematron")) {
            return SCHEMATRON;
        }
        return RELAX_NG;
    }

    /**
     * The language an {@code <?xml-model?>} instruction names: its {@code schematypens} first, then its
     * {@code type}, then the extension of its {@code href}. A Schematron {@code schematypens} on a RELAX
     * NG file means "the Schematron embedded in this schema".
     */
    static SchemaLanguage fromXmlModel(String href, String type, String schematypens) {
        SchemaLanguage byName = fromLocation(href);
        if (SCHEMATRON_NS.equals(schematypens)) {
            return byName == RELAX_NG || byName == RELAX_NG_COMPACT ? EMBEDDED_SCHEMATRON : SCHEMATRON;
        }
        if (RNG_NS.equals(schematypens)) {
            return byName == RELAX_NG_COMPACT ? RELAX_NG_COMPACT : RELAX_NG;
        }
        if (XSD_NS.equals(schematypens)) {
            return XSD;
        }
        if ("application/relax-ng-compact-syntax".equals(type)) {
            return RELAX_NG_COMPACT;
        }
        if ("application/xml-dtd".equals(type)) {
            return DTD;
        }
        return byName;
    }

    /** A short name for messages. */
    String label() {
        return switch (this) {
            case RELAX_NG, RELAX_NG_COMPACT -> "RELAX NG";
            case XSD -> "XML Schema";
            case DTD -> "DTD";
            case SCHEMATRON -> "Schematron";
            case EMBEDDED_SCHEMATRON -> "embedded Schematron";
        };
    }
}
