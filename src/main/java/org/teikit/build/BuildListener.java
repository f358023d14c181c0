package org.teikit.build;

import java.nio.file.Path;

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

    /**
     * Called (from any worker thread) as the documents a teiCorpus input holds are made, before the input
     * is finished: one input that may take minutes (a page and a PDF for each of 2,000 letters). Each of a
     * document's outputs is a step; documents that are up to date count as made at once.
     *
     * @param corpus the teiCorpus input
     * @param done   how many steps are done so far
     * @param total  how many steps it takes
     */
    default void corpusProgress(Path corpus, int done, int total) {
    }

    /** A listener that ignores everything. */
    BuildListener NONE = (outcome, finished, total) -> { };
}
