package org.teikit.build;

/** The stages of an edition build, in the order a document passes through them. */
public enum Stage {
    CONVERT, VALIDATE, HTML, PDF, SITE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
