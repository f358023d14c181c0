package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.RenderOptions;
import org.teikit.build.BuildOptions;

/**
 * The goals' parameter handling, with the defaults Maven would inject pointing into a temporary
 * project. None of these reach teikit's conversion, validation or rendering.
 */
class MojoParametersTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private File dir(String relative) {
        return project.resolve(relative).toFile();
    }

    private <M extends AbstractTeikitMojo> M withDefaults(M mojo) {
        mojo.setLog(log);
        mojo.incremental = true;
        mojo.outputTimestamp = "";
        if (mojo instanceof AbstractPublishMojo publish) {
            publish.outputDirectory = dir("target/edition");
            publish.paper = "A4";
            publish.stylesheet = dir("src/main/css/edition.css");
        }
        return mojo;
    }

    private ConvertMojo convert() {
        ConvertMojo mojo = withDefaults(new ConvertMojo());
        mojo.transcriptionDirectory = dir("src/main/transcriptions");
        mojo.convertedDirectory = dir("target/tei");
        return mojo;
    }

    private ValidateMojo validate() {
        ValidateMojo mojo = withDefaults(new ValidateMojo());
        mojo.teiDirectory = dir("src/main/tei");
        mojo.convertedDirectory = dir("target/tei");
        return mojo;
    }

    private RenderMojo render() {
        RenderMojo mojo = withDefaults(new RenderMojo());
        mojo.teiDirectory = dir("src/main/tei");
        mojo.convertedDirectory = dir("target/tei");
        mojo.formats = List.of("html", "pdf");
        mojo.site = true;
        return mojo;
    }

    private BuildMojo build() {
        BuildMojo mojo = withDefaults(new BuildMojo());
        mojo.sourceDirectory = dir("src/main");
        mojo.pdf = true;
        return mojo;
    }

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void skipDoesNothingAtAll() throws Exception {
        write("src/main/transcriptions/a.txt", "not read");
        write("src/main/tei/a.xml", "<not-read/>");
        for (AbstractTeikitMojo mojo : List.of(convert(), validate(), render(), build())) {
            mojo.skip = true;
            mojo.execute();
        }
        assertThat(project.resolve("target")).doesNotExist();
        assertThat(log.at("INFO")).hasSize(4).allMatch(l -> l.contains("skipped (teikit.skip)"));
    }

    @Test
    void anEditionWithoutSourcesBuildsNothingAndPasses() throws Exception {
        convert().execute();
        validate().execute();
        render().execute();
        build().execute();
        assertThat(project.resolve("target")).doesNotExist();
        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("teikit: no transcriptions in "))
                .anyMatch(l -> l.startsWith("teikit: no TEI documents in "))
                .anyMatch(l -> l.startsWith("teikit: no source folder "));
        assertThat(log.at("ERROR")).isEmpty();
    }

    @Test
    void twoTranscriptionsMakingTheSameDocumentFailTheBuildWithALocatedError() throws IOException {
        Path first = write("src/main/transcriptions/memo.txt", "Memorandum (invented)\n");
        Path second = write("src/main/transcriptions/more/memo.md", "Memorandum (invented)\n");

        assertThatThrownBy(() -> convert().execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("teikit convert: ");
        assertThat(log.at("ERROR")).anyMatch(l -> l.startsWith(second.toAbsolutePath() + ": another file, "
                + first.toAbsolutePath() + ", already makes the document 'memo'") && l.endsWith("[build.name-clash]"));
    }

    @Test
    void aBadFormatOrPaperIsAConfigurationMistakeFoundBeforeAnyWork() throws IOException {
        write("src/main/tei/a.xml", "<TEI/>");
        RenderMojo badFormat = render();
        badFormat.formats = List.of("html", "epub");
        assertThatThrownBy(badFormat::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("formats: 'epub' is not one of html, fo, pdf");

        RenderMojo badPaper = render();
        badPaper.paper = "quarto";
        assertThatThrownBy(badPaper::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("paper: 'quarto'");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void buildSettingsBecomeTheEditionBuildsOptions() throws MojoExecutionException {
        BuildMojo mojo = build();
        mojo.pdf = false;
        mojo.incremental = false;
        mojo.paper = "letter";
        mojo.pdfA = true;
        mojo.threads = 3;

        BuildOptions options = mojo.buildOptions();

        assertThat(options.pdf()).isFalse();
        assertThat(options.html()).isTrue();
        assertThat(options.incremental()).isFalse();
        assertThat(options.threads()).isEqualTo(3);
        assertThat(options.renderOptions()).isEqualTo(new RenderOptions(RenderOptions.Paper.LETTER, true));
    }

    @Test
    void labelsReachTheRenderOptionsAndAnUnknownOneIsWarnedOnce() throws MojoExecutionException {
        BuildMojo mojo = build();
        mojo.labels = "de";
        assertThat(mojo.buildOptions().renderOptions().labels()).isEqualTo("de");
        assertThat(log.at("WARN")).isEmpty();

        mojo.labels = "xx";
        assertThat(mojo.buildOptions().renderOptions().labels()).isEqualTo("xx");
        assertThat(log.at("WARN")).containsExactly(
                "teikit: no labels in 'xx' (there are en, de, fr, es, ru); the pages use English");
    }

    @Test
    void zeroThreadsMeansOnePerCoreAndNegativeIsAMistake() throws MojoExecutionException {
        BuildMojo mojo = build();
        assertThat(mojo.buildOptions().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(mojo.buildOptions().incremental()).isTrue();
        mojo.threads = -1;
        assertThatThrownBy(mojo::buildOptions).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("threads");
    }

    @Test
    void theProjectsOutputTimestampIsTheConversionDate() throws MojoExecutionException {
        ConvertMojo mojo = convert();
        mojo.outputTimestamp = "2026-01-01T00:00:00Z";
        assertThat(mojo.teikit().changeDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));

        mojo.outputTimestamp = "not a date";
        assertThatThrownBy(mojo::teikit).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("outputTimestamp");
    }

    @Test
    void incrementalIsOnByDefaultAndOffRedoesEverything() throws IOException {
        Path in = write("src/main/transcriptions/a.txt", "x");
        GoalState.Input before = new GoalState.Input(java.util.List.of("a.xml"), java.util.List.of(),
                org.teikit.io.Sha256.of(in));
        ConvertMojo mojo = convert();
        assertThat(mojo.unchanged(before, org.teikit.io.Sha256.of(in))).isTrue();
        assertThat(mojo.unchanged(before.madeFrom(null), org.teikit.io.Sha256.of(in))).as("a state of an older teikit, without hashes").isFalse();
        assertThat(mojo.unchanged(null, org.teikit.io.Sha256.of(in))).isFalse();
        mojo.incremental = false;
        assertThat(mojo.unchanged(before, org.teikit.io.Sha256.of(in))).isFalse();
    }
}
