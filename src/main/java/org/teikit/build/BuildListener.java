package org.teikit.build;

/** Hears about a build's progress; the command line draws a progress bar from it. */
@FunctionalInterface
public interface BuildListener {

    /**
     * Called (from any worker thread) each time a document is finished.
     *
     * @param outcome  what the build did with the document
     * @param finished how many documents are finished so far, this one included
     * @param total    how many documents the build has
     */
    void documentFinished(DocumentOutcome outcome, int finished, int total);

    /** A listener that ignores everything. */
    BuildListener NONE = (outcome, finished, total) -> { };
}
