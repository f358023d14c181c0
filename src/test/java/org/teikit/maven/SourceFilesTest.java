package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

class SourceFilesTest {

    @TempDir
    Path tmp;

    private Path touch(String relative) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file.toAbsolutePath().normalize();
    }

    @Test
    void findsTranscriptionsAndTeiRecursivelyInAStableOrderSkippingHiddenFolders() throws IOException {
        Path b = touch("in/b.txt");
        Path a = touch("in/sub/a.MD");
        touch("in/.git/c.txt");
        touch("in/notes.pdf");
        Path tei = touch("in/z.xml");
        Path other = touch("tei/y.xml");

        assertThat(SourceFiles.transcriptions(tmp.resolve("in"))).containsExactly(b, a);
        assertThat(SourceFiles.tei(tmp.resolve("in"), tmp.resolve("tei"), tmp.resolve("missing")))
                .containsExactly(tei, other);
    }

    @Test
    void aFolderNamedTwiceGivesEachFileOnce() throws IOException {
        Path tei = touch("tei/y.xml");
        assertThat(SourceFiles.tei(tmp.resolve("tei"), tmp.resolve("tei/../tei"))).containsExactly(tei);
    }

    @Test
    void aSecondFileWithTheSameDocumentNameIsAnErrorNotAnOverwrite() throws IOException {
        Path first = touch("src/main/tei/letter.xml");
        Path second = touch("target/tei/letter.xml");
        Path third = touch("target/tei/memo.xml");
        List<Diagnostic> clashes = new ArrayList<>();

        Map<Path, String> names = SourceFiles.names(List.of(first, second, third), clashes);

        assertThat(names).containsExactly(Map.entry(first, "letter"), Map.entry(third, "memo"));
        assertThat(clashes).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.file()).isEqualTo(second.toString());
            assertThat(d.rule()).isEqualTo("build.name-clash");
            assertThat(d.message()).contains(first.toString()).contains("'letter'");
        });
    }

    /** Names that differ in case only are one file on macOS and Windows: a clash too. */
    @Test
    void aSecondFileWhoseNameDiffersInCaseOnlyIsAnErrorToo() throws IOException {
        Path first = touch("src/main/tei/Letter.xml");
        Path second = touch("src/main/transcriptions/letter.txt");
        List<Diagnostic> clashes = new ArrayList<>();

        Map<Path, String> names = SourceFiles.names(List.of(first, second), clashes);

        assertThat(names).containsExactly(Map.entry(first, "Letter"));
        assertThat(clashes).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(second.toString());
            assertThat(d.rule()).isEqualTo("build.name-clash");
        });
    }
}
