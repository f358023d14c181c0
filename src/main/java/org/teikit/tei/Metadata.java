package org.teikit.tei;

import java.util.List;

/**
 * Everything teikit knows about a document that goes into the {@code teiHeader}. Absent values are
 * null (or empty lists); the writer leaves out what is absent.
 *
 * @param title            main title
 * @param responsibilities who translated, obtained, transcribed the document
 * @param funders          funders of the digital edition, one {@code funder} each
 * @param publisher        publisher of the digital edition
 * @param sourceUrl        URL of the online copy
 * @param recordId         the archive's record id
 * @param uploaded         upload date of the online copy
 * @param rights           paragraphs of the rights statement
 * @param archivalReference the archive holding the original, split into parts
 * @param acquisition      how the document was obtained, as written
 * @param publishedSource  a printed publication the text comes from
 * @param date             the document's own date
 * @param languages        the languages the document was written in (the main one first)
 * @param textLanguage     ISO code of the transcription's own language (on {@code TEI/@xml:lang})
 * @param documentType     document type term (Memorandum of Conversation, Report, Telegram, Letter …)
 * @param classification   original security classification
 * @param summary          paragraphs of the summary
 * @param change           this edition's own provenance line
 */
public record Metadata(String title, List<Responsibility> responsibilities, List<String> funders, String publisher,
                       String sourceUrl, String recordId, TeiDate uploaded, List<String> rights,
                       ArchivalReference archivalReference, String acquisition, PublishedSource publishedSource,
                       TeiDate date, List<Language> languages, String textLanguage, String documentType,
                       String classification, List<String> summary, Change change) {

    public Metadata {
        responsibilities = List.copyOf(responsibilities);
        funders = List.copyOf(funders);
        languages = List.copyOf(languages);
        rights = List.copyOf(rights);
        summary = List.copyOf(summary);
    }

    /** A {@code respStmt}: what someone did ("translated by") and who (a person or an organisation). */
    public record Responsibility(String resp, String name, boolean organisation) {
    }

    /** A language with its ISO 639 code (null when unknown) and its name as written. */
    public record Language(String ident, String name) {
    }

    /**
     * An archival reference: the repository (expanded name where known), the reference as written
     * and its parts in order, each a (type, value) pair such as (fond, 0100).
     */
    public record ArchivalReference(String repository, String asWritten, List<Part> parts) {
        public ArchivalReference {
            parts = List.copyOf(parts);
        }

        public record Part(String type, String value) {
        }
    }

    /**
     * A printed source; any field may be null. The citation as printed is always kept.
     *
     * @param pages     the page range as written ("302-305")
     * @param pagesFrom first page, when the range could be read
     * @param pagesTo   last page, when the range could be read
     */
    public record PublishedSource(String author, String title, String pubPlace, String publisher, String year,
                                  String pages, String pagesFrom, String pagesTo, String citation) {
    }

    /** The {@code revisionDesc/change} of the conversion. */
    public record Change(String when, String description) {
    }
}
