package org.teikit.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF made by teikit's FO stylesheet, page by page and sorted into the kinds of text
 * that the stylesheet sets at distinct sizes: body (>= 9pt, with headings and the title block),
 * footnotes (8.5pt), running heads and folios (8pt), page-break markers (7.5pt) and footnote calls
 * (7pt). Whitespace is dropped and letters lower-cased ({@link #normalise}), so hyphenation and
 * justification do not matter. Reusable by any test that checks a rendered TEI document.
 */
public final class PdfText {

    /** The text of one page by kind, and the footnote calls in reading order. */
    public record Page(int number, String body, String notes, String furniture, List<String> calls) {
    }

    private final List<Page> pages;

    private PdfText(List<Page> pages) {
        this.pages = List.copyOf(pages);
    }

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Stripper stripper = new Stripper();
            stripper.getText(document);
            stripper.flushPage();
            return new PdfText(stripper.pages);
        }
    }

    public List<Page> pages() {
        return pages;
    }

    /** All body text, pages joined. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        pages.forEach(page -> sb.append(page.body()));
        return sb.toString();
    }

    /** Letters and digits only, lower case: what survives hyphenation, justification and bracket conventions. */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString();
    }

    private enum Kind { BODY, NOTE, FURNITURE, MARKER, CALL }

    private static Kind kindOf(float size) {
        if (size >= 8.9f) {
            return Kind.BODY;
        } else if (size >= 8.25f) {
            return Kind.NOTE;
        } else if (size >= 7.75f) {
            return Kind.FURNITURE;
        } else if (size >= 7.25f) {
            return Kind.MARKER;
        }
        return Kind.CALL;
    }

    private static final class Stripper extends PDFTextStripper {
        private final List<Page> pages = new ArrayList<>();
        private int pageNumber;
        private StringBuilder body = new StringBuilder();
        private StringBuilder notes = new StringBuilder();
        private StringBuilder furniture = new StringBuilder();
        private List<String> calls = new ArrayList<>();
        private StringBuilder call;

        Stripper() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            flushPage();
            pageNumber = getCurrentPageNo();
        }

        void flushPage() {
            endCall();
            if (pageNumber > 0) {
                pages.add(new Page(pageNumber, normalise(body.toString()), normalise(notes.toString()),
                        normalise(furniture.toString()), List.copyOf(calls)));
            }
            pageNumber = 0;
            body = new StringBuilder();
            notes = new StringBuilder();
            furniture = new StringBuilder();
            calls = new ArrayList<>();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
                // The size set in the content stream (Tf): FOP writes it as the FO says, with no scaling.
                Kind kind = kindOf(position.getFontSize());
                String unicode = position.getUnicode();
                if (kind == Kind.CALL) {
                    if (call == null) {
                        call = new StringBuilder();
                    }
                    call.append(unicode.strip());
                    continue;
                }
                endCall();
                switch (kind) {
                    case BODY -> body.append(unicode);
                    case NOTE -> notes.append(unicode);
                    case FURNITURE -> furniture.append(unicode);
                    default -> { }
                }
            }
            endCall();
        }

        private void endCall() {
            if (call != null && !call.isEmpty()) {
                calls.add(call.toString());
            }
            call = null;
        }
    }
}
