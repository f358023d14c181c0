package org.teikit.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a PDF against its TEI: every paragraph's text is in the body text, in order, and every
 * footnote's text starts at the foot of the page that holds its call (continuing on later pages when
 * long). Returns the failures as readable lines, so a test can assert the list is empty and show
 * them all at once.
 */
public final class PdfAssertions {

    private PdfAssertions() {
    }

    public static List<String> missingText(TeiExpectations tei, PdfText pdf) {
        List<String> failures = new ArrayList<>();
        String body = pdf.body();
        for (TeiExpectations.Paragraph paragraph : tei.paragraphs()) {
            int at = 0;
            for (String run : paragraph.runs()) {
                int found = body.indexOf(run, at);
                if (found < 0) {
                    failures.add(paragraph.where() + ": text not found in the PDF body: " + abbreviate(run));
                    break;
                }
                at = found + run.length();
            }
        }
        return failures;
    }

    /** Footnotes not at the foot of their call's page: misplaced ones, and ones FOP deferred to the next page. */
    public record FootnotePlacement(List<String> misplaced, List<String> deferred) {
    }

    /** Every footnote not starting on its call's page (deferred ones included): the strict check. */
    public static List<String> misplacedFootnotes(TeiExpectations tei, PdfText pdf) {
        FootnotePlacement placement = footnotePlacement(tei, pdf);
        List<String> all = new ArrayList<>(placement.misplaced());
        all.addAll(placement.deferred());
        return all;
    }

    /**
     * Sorts footnotes that do not start on their call's page into deferred ones (FOP moved the whole
     * note to the top of the next page's notes, which its page breaker does when a page's notes are
     * full) and misplaced ones (anything else).
     */
    public static FootnotePlacement footnotePlacement(TeiExpectations tei, PdfText pdf) {
        List<String> failures = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        List<PdfText.Page> pages = pdf.pages();
        int pageIndex = 0;
        int callIndex = 0;
        TeiExpectations.Footnote previous = null;
        for (TeiExpectations.Footnote note : tei.footnotes()) {
            // The next call showing this note's number, in reading order.
            int p = pageIndex;
            int c = callIndex;
            boolean found = false;
            while (p < pages.size() && !found) {
                List<String> calls = pages.get(p).calls();
                while (c < calls.size()) {
                    if (calls.get(c).equals(note.number())) {
                        found = true;
                        break;
                    }
                    c++;
                }
                if (!found) {
                    p++;
                    c = 0;
                }
            }
            if (!found) {
                failures.add(note.where() + ": no call " + note.number() + " found after page " + (pageIndex + 1));
                continue;
            }
            pageIndex = p;
            callIndex = c + 1;
            if (note.runs().isEmpty()) {
                continue;
            }
            String onCallPage = pages.get(p).notes();
            StringBuilder fromCallPage = new StringBuilder();
            for (int i = p; i < pages.size(); i++) {
                fromCallPage.append(pages.get(i).notes());
            }
            String first = note.runs().get(0);
            int start = onCallPage.indexOf(first.length() > 40 ? first.substring(0, 40) : first);
            if (start < 0 && p + 1 < pages.size()
                    && deferredTo(pages.get(p + 1).notes(), PdfText.normalise(note.number()) + first.substring(0, Math.min(40, first.length())), previous)) {
                deferred.add(note.where() + ": footnote " + note.number() + " deferred from page " + (p + 1) + " to " + (p + 2));
                previous = note;
                continue;
            }
            previous = note;
            if (start < 0) {
                failures.add(note.where() + ": footnote " + note.number() + " does not start on page " + (p + 1)
                        + " where its call is: " + abbreviate(first));
                continue;
            }
            int at = start;
            for (String run : note.runs()) {
                int next = fromCallPage.indexOf(run, at);
                if (next < 0) {
                    failures.add(note.where() + ": footnote " + note.number() + " text missing: " + abbreviate(run));
                    break;
                }
                at = next + run.length();
            }
        }
        return new FootnotePlacement(failures, deferred);
    }

    /**
     * Whether a note's start opens the next page's notes, or follows there only the rest of the note
     * before it (which FOP split over the two pages).
     */
    private static boolean deferredTo(String nextPageNotes, String start, TeiExpectations.Footnote previous) {
        int at = nextPageNotes.indexOf(start);
        if (at <= 0) {
            return at == 0;
        }
        return previous != null && String.join("", previous.runs()).endsWith(nextPageNotes.substring(0, at));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
