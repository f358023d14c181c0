package org.teikit.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.CustomNode;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.text.AsciiMatcher;
import org.commonmark.text.CharMatcher;

/**
 * commonmark-java inline parser for the teikit format's braces: {@code {pb}} and {@code {pb 12}}
 * mark a page break of the source, {@code {date 1957-11-02|2 November 1957}} a date in the text
 * with its normalised value. Anything else in braces is left to Markdown as text.
 */
final class EditorialInlineParser implements InlineContentParser {

    private static final Pattern PAGE_BREAK = Pattern.compile("pb(?:\\s+(\\S+))?");
    private static final Pattern DATE = Pattern.compile("date\\s+([-0-9]{4,10})\\|(.+)");
    private static final CharMatcher BRACES = AsciiMatcher.builder().c('{').c('}').build();

    /** A page break node in the commonmark tree. */
    static final class PageBreakNode extends CustomNode {
        final String n;

        PageBreakNode(String n) {
            this.n = n;
        }
    }

    /** A date node in the commonmark tree: the ISO value and the wording. */
    static final class DateNode extends CustomNode {
        final String when;
        final String text;

        DateNode(String when, String text) {
            this.when = when;
            this.text = text;
        }
    }

    static final class Factory implements InlineContentParserFactory {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('{');
        }

        @Override
        public InlineContentParser create() {
            return new EditorialInlineParser();
        }
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        scanner.next(); // the opening brace
        Position contentStart = scanner.position();
        // The closing brace before any other opening one: neither form holds a brace, and a search
        // that ran on past other openings to the paragraph's end, tried at each of a run of unclosed
        // ones, was quadratic (20,000 unclosed "{date 1958-05-04|" took 27 s).
        if (scanner.find(BRACES) < 0 || scanner.peek() != '}') {
            scanner.setPosition(start);
            return ParsedInline.none();
        }
        String content = scanner.getSource(contentStart, scanner.position()).getContent().strip();
        scanner.next(); // the closing brace
        Matcher pb = PAGE_BREAK.matcher(content);
        if (pb.matches()) {
            return ParsedInline.of(new PageBreakNode(pb.group(1)), scanner.position());
        }
        Matcher date = DATE.matcher(content);
        if (date.matches()) {
            return ParsedInline.of(new DateNode(date.group(1), date.group(2).strip()), scanner.position());
        }
        scanner.setPosition(start);
        return ParsedInline.none();
    }
}
