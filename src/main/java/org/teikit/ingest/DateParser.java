package org.teikit.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.teikit.tei.TeiDate;

/**
 * Reads the date forms of archive transcriptions into TEI dating attributes: full dates in English
 * word order ("January 24, 1957", "20 March 1956", "24th of January 1957"), ISO forms, partial dates
 * ("May 1958", "17th [of January]" → {@code --01-17}), ranges ("11-16 January 1957", "1956-1957"),
 * uncertain dates ("circa 1956", "early 1957", "1950s") and ambiguous numeric dates ("03/04/1956"),
 * which become {@code notBefore}/{@code notAfter}. "Undated" and unreadable forms stay text.
 * Stateless and thread-safe.
 */
public final class DateParser {

    /** How a date string was read, for the conversion report. */
    public enum Kind { EXACT, PARTIAL, RANGE, UNCERTAIN, AMBIGUOUS, UNDATED, UNREADABLE }

    /** The TEI date and how it was read. */
    public record Reading(TeiDate date, Kind kind) {
        public boolean readable() {
            return kind != Kind.UNREADABLE;
        }
    }

    private static final Map<String, Integer> MONTHS = months();
    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    /** Four digits, but not 0000: XML Schema 1.0, which TEI's date attributes use, has no year zero. */
    private static final String YEAR = "(?!0000)(\\d{4})";
    private static final String DASH = "\\s*(?:-|–|—|to|until)\\s*";

    private static final Pattern ISO = Pattern.compile(YEAR + "(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = ci(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = ci(DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern MONTH_YEAR = ci(MONTH + ",?\\s+" + YEAR);
    private static final Pattern DAY_MONTH = ci("(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH);
    private static final Pattern MONTH_DAY = ci(MONTH + "\\s+" + DAY);
    private static final Pattern DAYS_MONTH_YEAR = ci(DAY + DASH + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAYS_YEAR = ci(MONTH + "\\s+" + DAY + DASH + DAY + ",?\\s+" + YEAR);
    private static final Pattern YEARS = ci(YEAR + DASH + YEAR);
    private static final Pattern GENERIC_RANGE = ci("(?:from\\s+|between\\s+)?(.+?)(?:\\s+(?:-|–|—|to|until|and)\\s+)(.+)");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./])(\\d{1,2})\\2" + YEAR);
    private static final Pattern CIRCA = ci("(?:circa|ca\\.|c\\.|about|approximately)\\s*" + YEAR);
    private static final Pattern PART_OF_YEAR = ci("(early|mid|late|spring|summer|autumn|fall|winter)(?:\\s+of)?[\\s-]+" + YEAR);
    private static final Pattern DECADE = ci("(?!000)(\\d{3})0s");
    private static final Pattern UNDATED = ci("undated|n\\.\\s?d\\.?|no date|date unknown|not dated|\\[?undated\\]?");

    /** Reads a whole string as one date. Square brackets (editorial insertions) are read through. */
    public Reading parse(String raw) {
        String text = raw.strip();
        String s = text.replace("[", "").replace("]", "").replaceAll("\\s+", " ").replaceAll("[.,;]$", "").strip();
        if (UNDATED.matcher(s).matches()) {
            return new Reading(TeiDate.textOnly(text), Kind.UNDATED);
        }
        Optional<String> single = single(s);
        if (single.isPresent()) {
            String v = single.get();
            return new Reading(TeiDate.exact(text, v), v.length() == 10 ? Kind.EXACT : Kind.PARTIAL);
        }
        Matcher m;
        if ((m = DAYS_MONTH_YEAR.matcher(s)).matches()) {
            return range(text, ymd(m.group(4), m.group(3), m.group(1)), ymd(m.group(4), m.group(3), m.group(2)));
        }
        if ((m = MONTH_DAYS_YEAR.matcher(s)).matches()) {
            return range(text, ymd(m.group(4), m.group(1), m.group(2)), ymd(m.group(4), m.group(1), m.group(3)));
        }
        if ((m = YEARS.matcher(s)).matches()) {
            return range(text, Optional.of(m.group(1)), Optional.of(m.group(2)));
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            return numeric(text, m);
        }
        if ((m = CIRCA.matcher(s)).matches()) {
            return new Reading(TeiDate.between(text, m.group(1) + "-01-01", m.group(1) + "-12-31"), Kind.UNCERTAIN);
        }
        if ((m = PART_OF_YEAR.matcher(s)).matches()) {
            return partOfYear(text, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        if ((m = DECADE.matcher(s)).matches()) {
            return new Reading(TeiDate.between(text, m.group(1) + "0", m.group(1) + "9"), Kind.UNCERTAIN);
        }
        if ((m = GENERIC_RANGE.matcher(s)).matches()) {
            Optional<String> from = single(m.group(1));
            Optional<String> to = single(m.group(2));
            if (from.isPresent() && to.isPresent()) {
                return range(text, from, to);
            }
        }
        return new Reading(TeiDate.textOnly(text), Kind.UNREADABLE);
    }

    /** One exact or partial date in ISO form, or empty. */
    private Optional<String> single(String s) {
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return m.group(3) != null
                    ? ymd(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    : m.group(2) != null ? ym(m.group(1), Integer.parseInt(m.group(2))) : Optional.of(m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return ymd(m.group(3), m.group(1), m.group(2));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return ymd(m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return ym(m.group(2), month(m.group(1)));
        }
        if ((m = DAY_MONTH.matcher(s)).matches()) {
            return monthDay(month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_DAY.matcher(s)).matches()) {
            return monthDay(month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    private static Reading range(String text, Optional<String> from, Optional<String> to) {
        if (from.isEmpty() || to.isEmpty() || from.get().compareTo(to.get()) > 0) {
            return new Reading(TeiDate.textOnly(text), Kind.UNREADABLE);
        }
        return new Reading(TeiDate.range(text, from.get(), to.get()), Kind.RANGE);
    }

    private static Reading numeric(String text, Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        String year = m.group(4);
        boolean dotted = m.group(2).equals(".");
        // Dotted dates are day.month.year in every archive tradition teikit meets; slashes are ambiguous.
        if (dotted || a > 12 || a == b) {
            return exactOrUnreadable(text, ymd(year, b, a));
        }
        if (b > 12) {
            return exactOrUnreadable(text, ymd(year, a, b));
        }
        if (a == 0 || b == 0) {
            // A zero day or month ("03/00/1962"): neither reading is a date.
            return new Reading(TeiDate.textOnly(text), Kind.UNREADABLE);
        }
        String dayFirst = ymd(year, b, a).orElseThrow();
        String monthFirst = ymd(year, a, b).orElseThrow();
        String early = dayFirst.compareTo(monthFirst) < 0 ? dayFirst : monthFirst;
        String late = early.equals(dayFirst) ? monthFirst : dayFirst;
        return new Reading(TeiDate.between(text, early, late), Kind.AMBIGUOUS);
    }

    private static Reading exactOrUnreadable(String text, Optional<String> when) {
        return when.map(w -> new Reading(TeiDate.exact(text, w), Kind.EXACT))
                .orElseGet(() -> new Reading(TeiDate.textOnly(text), Kind.UNREADABLE));
    }

    private static Reading partOfYear(String text, String part, String year) {
        String[] span = switch (part) {
            case "early" -> new String[] {"01-01", "04-30"};
            case "mid" -> new String[] {"05-01", "08-31"};
            case "late" -> new String[] {"09-01", "12-31"};
            case "spring" -> new String[] {"03-01", "05-31"};
            case "summer" -> new String[] {"06-01", "08-31"};
            case "autumn", "fall" -> new String[] {"09-01", "11-30"};
            default -> new String[] {"01-01", "02-28"}; // winter: the months of that year
        };
        return new Reading(TeiDate.between(text, year + "-" + span[0], year + "-" + span[1]), Kind.UNCERTAIN);
    }

    private static Optional<String> ymd(String year, String month, String day) {
        return ymd(year, month(month), Integer.parseInt(day));
    }

    private static Optional<String> ymd(String year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> ym(String year, int month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), month).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> monthDay(int month, int day) {
        try {
            java.time.MonthDay md = java.time.MonthDay.of(month, day);
            return Optional.of(md.toString()); // --MM-DD, the xs:gMonthDay form TEI accepts in @when
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && !MONTHS.containsKey(key) ? key.substring(0, 3) : key);
        if (m == null) {
            throw new IllegalArgumentException("Not a month: " + name);
        }
        return m;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
            map.put(names[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** A date found inside running text: where it is and how it reads. */
    public record Found(int start, int end, TeiDate date) {
    }

    /** The first three letters of every name and abbreviation in {@link #MONTH}. */
    private static final String MONTH_OPENINGS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /**
     * Every date here starts at the start of a word (the pattern's {@code \b}) with a digit or a
     * capitalised month's first three letters: the scan tries only these positions, not every digit of
     * a number and every word beginning with A, O or S. (A word character before the position is
     * judged by ASCII alone, as Java 17's {@code \b} and later ones agree on those.)
     */
    static final TokenScan.Starts IN_TEXT_STARTS = TokenScan.Starts.where("0123456789" + monthInitials(), (text, i) -> {
        if (i > 0 && isAsciiWordCharacter(text.charAt(i - 1))) {
            return false;
        }
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        for (int m = 0; m < MONTH_OPENINGS.length(); m += 3) {
            if (text.regionMatches(i, MONTH_OPENINGS, m, 3)) {
                return true;
            }
        }
        return false;
    });

    /** The distinct first letters of {@link #MONTH_OPENINGS}: "JFMASOND". */
    private static String monthInitials() {
        StringBuilder initials = new StringBuilder();
        for (int m = 0; m < MONTH_OPENINGS.length(); m += 3) {
            if (initials.indexOf(String.valueOf(MONTH_OPENINGS.charAt(m))) < 0) {
                initials.append(MONTH_OPENINGS.charAt(m));
            }
        }
        return initials.toString();
    }

    private static boolean isAsciiWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    static final Pattern IN_TEXT = Pattern.compile(
            "\\b(?:" + DAY + "\\s*[-–]\\s*" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR
                    + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
                    + "|" + MONTH + "\\s+" + DAY + ",\\s+" + YEAR
                    + "|" + MONTH + "\\s+" + YEAR + ")\\b");

    /**
     * The unambiguous dates in a run of text (full dates, day ranges within a month, month and year),
     * in order. Month names must be capitalised ("may 1958" is not a date).
     */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        TokenScan scan = new TokenScan(IN_TEXT, IN_TEXT_STARTS, text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            Reading r = parse(m.group());
            if (r.kind() == Kind.EXACT || r.kind() == Kind.PARTIAL || r.kind() == Kind.RANGE) {
                found.add(new Found(m.start(), m.end(), r.date()));
            }
        }
        return found;
    }
}
