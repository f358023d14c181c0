package org.teikit.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.teikit.tei.Metadata.ArchivalReference;

/** Helpers the export readers share: metadata passages read the same way wherever they appear. */
final class Readers {

    final DateParser dates = new DateParser();
    final ArchivalReferenceParser references = new ArchivalReferenceParser();
    final CitationParser citations = new CitationParser();
    final EditorialSigns signs = new EditorialSigns(dates);
    final FormulaClassifier formulas = new FormulaClassifier(dates);
    final BodyBuilder bodies = new BodyBuilder(signs, formulas);

    static final EditorialSigns.Options EXPORT = new EditorialSigns.Options(true, Set.of());

    /** Reads a header date and reports how it was read. */
    org.teikit.tei.TeiDate headerDate(String text, int line, String what, IngestLog log) {
        DateParser.Reading r = dates.parse(text);
        switch (r.kind()) {
            case UNREADABLE -> log.warn(line, 1, "ingest.date-unreadable",
                    "the date '" + text.strip() + "' could not be read; it is kept as text without a normalised value");
            case AMBIGUOUS -> log.warn(line, 1, "ingest.date-ambiguous", "the date '" + text.strip()
                    + "' reads two ways; encoded as " + r.date().describe());
            default -> {
            }
        }
        log.interpret(line, text, what + " (" + r.kind().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + r.date().describe() + ")");
        return r.date();
    }

    /**
     * Reads a passage that holds an archival reference followed by credit sentences
     * ("AVPRF f. 0100, … l. 39-40. Obtained and translated for CWIHP by Austin Jersild.").
     */
    void referenceAndCredits(String passage, int line, MetadataBuilder m, IngestLog log) {
        StringBuilder reference = new StringBuilder();
        StringBuilder acquisition = new StringBuilder();
        for (String sentence : CitationParser.sentences(passage)) {
            var credit = citations.credit(sentence);
            if (credit.isPresent()) {
                credit.get().forEach(m::addResponsibility);
                acquisition.append(acquisition.length() > 0 ? " " : "").append(sentence);
                log.interpret(line, sentence, "respStmt + history/acquisition");
            } else if (acquisition.length() == 0) {
                reference.append(reference.length() > 0 ? " " : "").append(sentence);
            } else {
                acquisition.append(' ').append(sentence);
            }
        }
        if (reference.length() > 0) {
            archivalReference(reference.toString(), line, m, log);
        }
        if (acquisition.length() > 0) {
            m.addAcquisition(acquisition.toString());
        }
    }

    void archivalReference(String text, int line, MetadataBuilder m, IngestLog log) {
        if (m.archivalReference != null) {
            // msDesc has one msIdentifier: a second reference must not replace the first unsaid.
            log.warn(line, 1, "ingest.reference-extra", "a second archival reference '" + IngestLog.abbreviate(text)
                    + "': msIdentifier holds the first ('" + IngestLog.abbreviate(m.archivalReference.asWritten())
                    + "'); this one is kept in the abstract as written");
            log.interpret(line, text, "abstract/p (a further archival reference)");
            m.summary.add(text.strip());
            return;
        }
        var parsed = references.parse(text);
        if (parsed.isPresent()) {
            m.archivalReference = parsed.get().reference();
            m.inferredLanguage = parsed.get().inferredLanguage();
            log.interpret(line, text, "msIdentifier (" + parsed.get().repositoryKey() + ", "
                    + parsed.get().reference().parts().size() + " parts)");
        } else {
            m.archivalReference = new ArchivalReference(null, text.strip().replaceAll("\\.$", ""), java.util.List.of());
            log.warn(line, 1, "ingest.reference-unsplit", "the archival reference '" + IngestLog.abbreviate(text)
                    + "' is not in a form teikit can split; it is kept whole in msIdentifier/idno");
            log.interpret(line, text, "msIdentifier/idno (unsplit)");
        }
    }

    /** Fills a header field from a value block if the value fits the field. */
    boolean fillField(String field, String v, int line, MetadataBuilder m, IngestLog log) {
        switch (field) {
            case "uploaded" -> {
                if (dates.parse(v).kind() == DateParser.Kind.UNREADABLE) {
                    return false;
                }
                m.uploaded = headerDate(v, line, "publicationStmt/date[@type='uploaded']", log);
            }
            case "record" -> {
                if (!v.matches("[\\w.-]{1,40}")) {
                    return false;
                }
                m.recordId = v;
                log.interpret(line, v, "publicationStmt/idno[@type='record']");
            }
            case "classification" -> {
                if (!Vocabulary.isClassification(v)) {
                    return false;
                }
                m.classification = v;
                log.interpret(line, v, "textClass/keywords[@scheme='#classification']");
            }
            case "type" -> {
                Optional<String> type = Vocabulary.documentType(v);
                if (type.isEmpty()) {
                    return false;
                }
                m.documentType = type.get();
                log.interpret(line, v, "textClass/keywords[@scheme='#doctype']");
            }
            case "funder" -> {
                m.funder = v;
                log.interpret(line, v, "titleStmt/funder");
            }
            case "language" -> {
                Optional<String> code = Vocabulary.languageCode(v);
                if (code.isEmpty()) {
                    return false;
                }
                m.originalLanguage = new org.teikit.tei.Metadata.Language(code.get(), v);
                log.interpret(line, v, "langUsage/language[@ident='" + code.get() + "']");
            }
            case "url" -> {
                Matcher url = URL.matcher(v);
                if (!url.matches()) {
                    return false;
                }
                m.sourceUrl = url.group(1);
                log.interpret(line, v, "publicationStmt/idno[@type='URI']");
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("^<?(https?://\\S+?)>?$");
}
