package org.teikit;

import java.util.Optional;

/**
 * The result of converting one transcription: the TEI document (absent when the input could not be
 * read at all) and the report that accounts for everything the converter did.
 *
 * @param tei    the TEI P5 document as serialized XML, or null when conversion failed
 * @param report what was interpreted, dropped and warned about
 */
public record Conversion(String tei, ConversionReport report) {

    /**
     * The TEI, when there is one.
     *
     * @return the TEI document as serialized XML, or empty when conversion failed
     */
    public Optional<String> teiXml() {
        return Optional.ofNullable(tei);
    }

    /**
     * Whether the conversion worked.
     *
     * @return true when TEI was produced and no error was reported
     */
    public boolean succeeded() {
        return tei != null && !report.hasErrors();
    }
}
