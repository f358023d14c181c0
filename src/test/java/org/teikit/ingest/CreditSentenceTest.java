package org.teikit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.teikit.tei.Metadata.Responsibility;

/** Credit sentences of archive citations: who translated or obtained the document. */
class CreditSentenceTest {

    private final CitationParser citations = new CitationParser();

    /**
     * Two credits in one sentence, joined by a semicolon, are two respStmt: the second was read as
     * part of the first one's name ("Svetlana Savranskaya; obtained by the National Security Archive").
     */
    @Test
    void twoCreditsJoinedByASemicolonAreTwoResponsibilities() {
        List<String> sentences = CitationParser.sentences(
                "Translated by Svetlana Savranskaya; obtained by the National Security Archive.");

        assertThat(sentences).containsExactly("Translated by Svetlana Savranskaya;",
                "obtained by the National Security Archive.");
        assertThat(citations.credit(sentences.get(0))).hasValueSatisfying(r -> assertThat(r)
                .extracting(Responsibility::resp, Responsibility::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("translated by", "Svetlana Savranskaya")));
        assertThat(citations.credit(sentences.get(1))).hasValueSatisfying(r -> assertThat(r)
                .extracting(Responsibility::resp, Responsibility::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("obtained by", "the National Security Archive")));
    }

    /** A semicolon between names, not before a credit, does not split the sentence. */
    @Test
    void aSemicolonBetweenNamesDoesNotSplit() {
        assertThat(CitationParser.sentences("Translated by A. Smith; B. Jones.")).hasSize(1);
    }
}
