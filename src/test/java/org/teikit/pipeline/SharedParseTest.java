package org.teikit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.ConversionReport;
import org.teikit.Teikit;
import org.teikit.render.site.SiteBuilder;
import org.teikit.validate.TeiValidator;

/**
 * The build renders a converted document's page from the tree its validation built, not from a second
 * parse: the page and corpus entry must be exactly those of a page rendered from the file.
 */
class SharedParseTest {

    private static final Teikit TEIKIT = Teikit.builder().changeDate(Instant.parse("2026-01-01T00:00:00Z")).build();

    @TempDir
    Path dir;

    @Test
    void aPageFromTheValidationsTreeIsThePageFromTheFile() throws IOException {
        for (String sample : List.of("web-memo-harbour", "web-telegram-lorvania", "export-letter-canal",
                "export-report-river")) {
            Path tei = dir.resolve("tei").resolve(sample + ".xml");
            ConversionReport converted = TEIKIT.convert(Path.of("tei/samples", sample + ".txt"), tei, null);
            assertThat(converted.hasErrors()).as(sample).isFalse();

            TeiValidator.Validated validated = Stages.of(TEIKIT).validateKeepingTree(tei);
            assertThat(validated.report().diagnostics()).as(sample).isEqualTo(TEIKIT.validate(tei).diagnostics());
            assertThat(validated.tree()).as(sample + ": the project's Schematron builds a tree").isPresent();

            Path fromTree = dir.resolve("from-tree");
            Path fromFile = dir.resolve("from-file");
            SiteBuilder.Page treePage = Stages.of(TEIKIT).renderSitePage(tei, validated.tree().get(), fromTree, sample);
            SiteBuilder.Page filePage = Stages.of(TEIKIT).renderSitePage(tei, fromFile, sample);

            assertThat(treePage.diagnostics()).as(sample).isEqualTo(filePage.diagnostics());
            assertThat(treePage.entry()).as(sample).isPresent().isEqualTo(filePage.entry());
            assertThat(Files.readString(fromTree.resolve(sample + ".html"))).as(sample)
                    .isEqualTo(Files.readString(fromFile.resolve(sample + ".html")));
            assertThat(fromTree.resolve("tei").resolve(sample + ".xml")).hasSameBinaryContentAs(tei);
        }
    }

    @Test
    void aValidationWithoutSchematronKeepsNoTree() throws IOException {
        Teikit grammarOnly = Teikit.builder().schema("schemas/teikit.rng").build();
        Path tei = dir.resolve("memo.xml");
        assertThat(TEIKIT.convert(Path.of("tei/samples/web-memo-harbour.txt"), tei, null).hasErrors()).isFalse();

        TeiValidator.Validated validated = Stages.of(grammarOnly).validateKeepingTree(tei);

        assertThat(validated.report().diagnostics()).isEmpty();
        assertThat(validated.tree()).isEmpty();
    }

    @Test
    void aDocumentThatIsNotWellFormedKeepsNoTree() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>");

        TeiValidator.Validated validated = Stages.of(TEIKIT).validateKeepingTree(broken);

        assertThat(validated.report().diagnostics()).isNotEmpty().allMatch(d -> d.isError());
        assertThat(validated.tree()).isEmpty();
    }
}
