package org.teikit.validate;

/**
 * A schema a document is to be validated against: where it is named (an address, a relative path or
 * a catalog identifier), in which language, and who asked for it.
 *
 * @param href     the schema's name as given
 * @param base     what a relative {@code href} is relative to (the document or the working folder), may be null
 * @param language the schema language
 * @param origin   "xml-model", "option" or "default", for messages
 * @param line     the line of the {@code <?xml-model?>} instruction, or 0
 * @param phase    the Schematron phase to run ({@code phase} of the instruction), or null for the schema's default
 */
record SchemaRequest(String href, String base, SchemaLanguage language, String origin, int line, String phase) {

    SchemaRequest(String href, String base, SchemaLanguage language, String origin, int line) {
        this(href, base, language, origin, line, null);
    }
}
