package org.teikit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.teikit.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.teikit.testing.CollectedErrors;

/** What every fuzz target asserts about a run and what it produced. */
final class FuzzChecks {

    /**
     * Each input must finish in under a second (after the one-time compilation of stylesheets) when
     * fuzzing ({@code JAZZER_FUZZ} set). Replaying the committed inputs in {@code mvn verify} shares two
     * cores with the rest of the suite, so there the bound only catches hangs: wall-clock budgets in a
     * loaded test run make flaky tests, not fast code.
     */
    /**
     * How long each target fuzzes when {@code JAZZER_FUZZ} is set (the {@code fuzz} profile, which CI runs).
     * For a longer run raise it here, or run one target by hand: see the README.
     */
    static final String DURATION = "10s";

    static final Duration PER_INPUT = System.getenv("JAZZER_FUZZ") != null ? Duration.ofSeconds(1) : Duration.ofSeconds(5);

    private FuzzChecks() {
    }

    static void assertFast(long startNanos) {
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).as("time for one input").isLessThan(PER_INPUT);
    }

    static void assertWellFormedXml(byte[] xml) {
        try {
            SecureXml.newXmlReader().parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("output is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** No HTML parse error at all (a browser would recover from one; our pages must not need it). */
    static void assertWellFormedHtml(String html) {
        CollectedErrors errors = new CollectedErrors();
        HtmlParser parser = new HtmlParser(XmlViolationPolicy.ALLOW);
        parser.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
        parser.setErrorHandler(errors);
        try {
            parser.parse(new InputSource(new StringReader(html)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        assertThat(errors.list()).as("HTML parse errors").isEmpty();
    }
}
