package org.teikit.build;

/** The stages of an edition build, in the order a document passes through them. */
public enum Stage {
    /** Transcription to TEI. */
    CONVERT,
    /** Schema and editorial-rule checks. */
    VALIDATE,
    /** The HTML page. */
    HTML,
    /** The PDF. */
    PDF,
    /** The corpus pages. */
    SITE;

    /**
     * The stage's name as shown in summaries.
     *
     * @return the lower-case name, for example {@code convert}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
