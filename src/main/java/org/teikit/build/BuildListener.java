package org.teikit.build;

/** Hears about a build's progress; the command line draws a progress bar from it. */
@FunctionalInterface
public interface BuildListener {

    /** Called (from any worker thread) each time a document is finished. */
    void documentFinished(DocumentOutcome outcome, int finished, int total);

    BuildListener NONE = (outcome, finished, total) -> { };
}
