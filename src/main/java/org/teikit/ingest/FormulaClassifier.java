package org.teikit.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.Block.FormulaKind;

/**
 * Recognises the short lines of openers and closers: copy numbers, registration numbers,
 * classification markings, datelines, distribution lists, "recorded by" lines and signatures.
 * Stateless and thread-safe.
 */
final class FormulaClassifier {

    private static final int MAX_LENGTH = 160;
    private static final Pattern COPY = Pattern.compile("(?iu)^(copy|экз\\.?|экземпляр|ex\\.)\\s*(no\\.?|№|nr\\.?)?\\s*[\\w-]+\\.?$");
    private static final Pattern REGISTRATION = Pattern.compile("(?iu)^(no\\.?|№|nr\\.?)\\s*\\d[\\w/.-]*$");
    private static final Pattern DISTRIBUTION = Pattern.compile("(?iu)^(sent to|distribution|distributed to|copies to|"
            + "copies sent to|разослано)\\b.*");
    private static final Pattern RECORDED_BY = Pattern.compile("(?iu)^(recorded by|record made by|notes taken by|"
            + "the conversation was recorded by|записал|записала)\\b.*");
    private static final Pattern SIGNED = Pattern.compile("(?iu)^(signed[:,]?|/s/|\\[signature\\])\\s*\\S.*");
    private static final Pattern PLACE_DATE = Pattern.compile("^(\\p{Lu}[\\p{L}'-]+(?: [\\p{L}'-]+){0,2}),\\s+(.+)$");

    private final DateParser dates;

    FormulaClassifier(DateParser dates) {
        this.dates = dates;
    }

    /** A dateline split into its place (may be null) and date. */
    record Dateline(String place, String separator, DateParser.Reading date) {
    }

    /** The kind of formula a single line is, if any. */
    Optional<FormulaKind> classify(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (COPY.matcher(s).matches()) {
            return Optional.of(FormulaKind.COPY);
        }
        if (REGISTRATION.matcher(s).matches()) {
            return Optional.of(FormulaKind.REGISTRATION);
        }
        if (Vocabulary.isClassification(s)) {
            return Optional.of(FormulaKind.CLASSIFICATION);
        }
        if (DISTRIBUTION.matcher(s).matches()) {
            return Optional.of(FormulaKind.DISTRIBUTION);
        }
        if (RECORDED_BY.matcher(s).matches()) {
            return Optional.of(FormulaKind.RECORDED_BY);
        }
        if (SIGNED.matcher(s).matches()) {
            return Optional.of(FormulaKind.SIGNED);
        }
        if (dateline(s).isPresent()) {
            return Optional.of(FormulaKind.DATELINE);
        }
        return Optional.empty();
    }

    /** Reads "21 March 1956" or "Moscow, 21 March 1956" as a dateline. */
    Optional<Dateline> dateline(String line) {
        String s = line.strip();
        DateParser.Reading whole = dates.parse(s);
        if (isDate(whole) && !s.matches("\\d{1,3}")) {
            return Optional.of(new Dateline(null, null, whole));
        }
        Matcher m = PLACE_DATE.matcher(s);
        if (m.matches()) {
            DateParser.Reading date = dates.parse(m.group(2));
            if (isDate(date)) {
                return Optional.of(new Dateline(m.group(1), ", ", date));
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(DateParser.Reading r) {
        return r.kind() != DateParser.Kind.UNREADABLE;
    }
}
