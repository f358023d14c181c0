package org.teikit.validate;

import java.util.List;
import java.util.function.Supplier;

import net.sf.saxon.s9api.XdmNode;

import org.teikit.Diagnostic;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.ext.LexicalHandler;

/**
 * A schema compiled once and shared: safe for concurrent use, each document is checked by a fresh,
 * private {@link Check}.
 */
interface CompiledSchema {

    /** Starts checking one well-formed document; the check receives the events of the document's one parse. */
    Check begin(SourceDocument document);

    /**
     * One schema's check of one document. The handlers (each may be null) receive the events of the
     * shared parse; {@code finish} runs after a parse that found the document well-formed and adds every
     * problem found to the list; {@code tree}, when not null, gives the tree of the document the check
     * built once the parse is over (null when there is none).
     */
    record Check(ContentHandler content, LexicalHandler lexical, DTDHandler dtd, ErrorHandler parserErrors,
                 Finisher finish, Supplier<XdmNode> tree) {

        /** A check that builds no tree of the document. */
        Check(ContentHandler content, LexicalHandler lexical, DTDHandler dtd, ErrorHandler parserErrors,
              Finisher finish) {
            this(content, lexical, dtd, parserErrors, finish, null);
        }

        /** A check that listens to nothing and only reports when finished (a schema with its own parse). */
        static Check afterParse(Finisher finish) {
            return new Check(null, null, null, null, finish);
        }
    }

    /** Reports a check's problems once the parse is over. */
    @FunctionalInterface
    interface Finisher {
        void finish(List<Diagnostic> out);
    }
}
