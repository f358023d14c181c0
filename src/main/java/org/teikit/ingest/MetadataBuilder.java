package org.teikit.ingest;

import java.util.ArrayList;
import java.util.List;

import org.teikit.tei.Metadata;
import org.teikit.tei.Metadata.ArchivalReference;
import org.teikit.tei.Metadata.Language;
import org.teikit.tei.Metadata.PublishedSource;
import org.teikit.tei.Metadata.Responsibility;
import org.teikit.tei.TeiDate;

/** The header fields a reader collects, filled in any order; one per conversion, not shared. */
final class MetadataBuilder {

    String title;
    final List<Responsibility> responsibilities = new ArrayList<>();
    String funder;
    /** Further funders and languages, after the main ones (a field of the export with several paragraphs). */
    final List<String> moreFunders = new ArrayList<>();
    final List<Language> moreLanguages = new ArrayList<>();
    String publisher;
    String sourceUrl;
    String recordId;
    TeiDate uploaded;
    final List<String> rights = new ArrayList<>();
    ArchivalReference archivalReference;
    String inferredLanguage;
    String acquisition;
    PublishedSource publishedSource;
    TeiDate date;
    Language originalLanguage;
    String textLanguage;
    String documentType;
    String classification;
    final List<String> summary = new ArrayList<>();

    void addResponsibility(Responsibility r) {
        if (!responsibilities.contains(r)) {
            responsibilities.add(r);
        }
    }

    /** A funder: the main one when there is none yet, else one more (several paragraphs of credits). */
    void addFunder(String name) {
        if (funder == null) {
            funder = name;
        } else {
            moreFunders.add(name);
        }
    }

    /** An acquisition story: the first, or one more sentence after those already read (never replaces them). */
    void addAcquisition(String text) {
        acquisition = acquisition == null ? text : acquisition + " " + text;
    }

    /** A language of the document: the main one when there is none yet, else one more. */
    void addLanguage(Language language) {
        if (originalLanguage == null) {
            originalLanguage = language;
        } else {
            moreLanguages.add(language);
        }
    }

    Metadata build(Metadata.Change change) {
        List<String> funders = new ArrayList<>();
        if (funder != null) {
            funders.add(funder);
        }
        funders.addAll(moreFunders);
        List<Language> languages = new ArrayList<>();
        if (originalLanguage != null) {
            languages.add(originalLanguage);
        }
        languages.addAll(moreLanguages);
        return new Metadata(title, responsibilities, funders, publisher, sourceUrl, recordId, uploaded, rights,
                archivalReference, acquisition, publishedSource, date, languages, textLanguage, documentType,
                classification, summary, change);
    }
}
