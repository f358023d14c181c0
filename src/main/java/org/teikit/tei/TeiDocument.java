package org.teikit.tei;

import java.util.List;

/**
 * One document ready to be written as TEI: header metadata and the body of its single
 * {@code div[@type=document]}.
 *
 * @param metadata the header
 * @param subtype  the div's subtype (document type as a token, e.g. {@code memorandum-of-conversation}), or null
 * @param body     the blocks in order (opener first and closer last when present)
 */
public record TeiDocument(Metadata metadata, String subtype, List<Block> body) {

    public TeiDocument {
        body = List.copyOf(body);
    }
}
