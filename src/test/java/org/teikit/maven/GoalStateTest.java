package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.Diagnostic;

class GoalStateTest {

    @TempDir
    Path tmp;

    @Test
    void aSavedStateReadsBackWithItsDiagnostics() throws Exception {
        Path file = tmp.resolve("target/.teikit/convert.json");
        GoalState state = GoalState.empty(GoalState.fingerprint("convert", "format=teikit"));
        Diagnostic warning = Diagnostic.warning("/p/a.txt", 7, 61, "ingest.call-without-note", "footnote call [1] has no note");
        state.put("../src/main/transcriptions/a.txt", new GoalState.Input(List.of("a.xml", "a.report.txt"), List.of(warning)));
        state.save(file);

        GoalState read = GoalState.load(file);
        assertThat(read).isEqualTo(state);
        assertThat(read.input("../src/main/transcriptions/a.txt").diagnostics()).containsExactly(warning);
        assertThat(read.madeWith(GoalState.fingerprint("convert", "format=teikit"))).isTrue();
        assertThat(read.madeWith(GoalState.fingerprint("convert", "format=web-capture"))).isFalse();
        assertThat(read.madeWith(GoalState.fingerprint("render", "format=teikit"))).isFalse();
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file); // written atomically: no temporary file left
        }
    }

    @Test
    void aMissingOrUnreadableStateIsEmptyAndMatchesNoOptions() throws Exception {
        assertThat(GoalState.load(tmp.resolve("none.json")).inputs()).isEmpty();
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"fingerprint\": [");
        GoalState read = GoalState.load(broken);
        assertThat(read.inputs()).isEmpty();
        assertThat(read.madeWith(GoalState.fingerprint("convert", ""))).isFalse();
    }

    @Test
    void staleOutputsAreThoseOfGoneInputsAndThoseNoLongerMadeButNotThoseAnotherInputMakesNow() {
        GoalState before = GoalState.empty("f");
        before.put("a.xml", new GoalState.Input(List.of("tei/a.xml", "a.html", "a.fo"), List.of()));
        before.put("b.xml", new GoalState.Input(List.of("tei/b.xml", "b.html"), List.of()));
        before.put("x/c.xml", new GoalState.Input(List.of("tei/c.xml", "c.html"), List.of()));
        GoalState after = GoalState.empty("f");
        after.put("a.xml", new GoalState.Input(List.of("tei/a.xml", "a.html"), List.of()));
        after.put("y/c.xml", new GoalState.Input(List.of("tei/c.xml", "c.html"), List.of()));

        assertThat(before.staleOutputs(after)).containsExactly("a.fo", "b.html", "tei/b.xml");
    }

    /**
     * An input renamed in case only: its old outputs are stale, unless the file system takes them for the
     * new ones (case ignored, as on macOS and Windows; a hard link stands in for that here), when
     * removing them would remove the new outputs.
     */
    @Test
    void outputsRenamedInCaseOnlyAreStaleUnlessTheyAreOneFileWithTheNewOnes() throws java.io.IOException {
        GoalState before = GoalState.empty("f");
        before.put("memo.txt", new GoalState.Input(List.of("tei/memo.xml", "memo.html"), List.of()));
        GoalState after = GoalState.empty("f");
        after.put("Memo.txt", new GoalState.Input(List.of("tei/Memo.xml", "Memo.html"), List.of()));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("tei"));
        Files.writeString(out.resolve("tei/Memo.xml"), "tei");
        Files.writeString(out.resolve("Memo.html"), "page");
        Files.createLink(out.resolve("tei/memo.xml"), out.resolve("tei/Memo.xml"));
        Files.writeString(out.resolve("memo.html"), "an older page");

        assertThat(before.staleOutputs(after)).containsExactly("memo.html", "tei/memo.xml");
        assertThat(before.staleOutputs(after, out)).containsExactly("memo.html");
    }

    @Test
    void anInputIsKeyedRelativeToTheStateAndAnOutputIsResolvedOnlyInsideTheOutputFolder() {
        Path state = tmp.resolve("target/.teikit/render-x.json");
        assertThat(GoalState.key(state, tmp.resolve("src/main/tei/a.xml"))).isEqualTo("../../src/main/tei/a.xml");
        Path out = tmp.resolve("target/edition");
        assertThat(GoalState.resolve(out, "tei/a.xml")).isEqualTo(out.resolve("tei/a.xml"));
        assertThat(GoalState.resolve(out, "../../src/main/tei/a.xml")).isNull();
        assertThat(GoalState.resolve(out, "..")).isNull();
        assertThat(GoalState.resolve(out, "")).isNull();
    }

    @Test
    void eachOutputFolderOfAGoalHasAStateOfItsOwn() {
        Path stateDir = tmp.resolve("target/.teikit");
        Path one = GoalState.file(stateDir, "render", tmp.resolve("target/edition"));
        assertThat(one.getParent()).isEqualTo(stateDir);
        assertThat(one.getFileName().toString()).startsWith("render-").endsWith(".json");
        assertThat(GoalState.file(stateDir, "render", tmp.resolve("target/other"))).isNotEqualTo(one);
        assertThat(GoalState.file(stateDir, "convert", tmp.resolve("target/edition"))).isNotEqualTo(one);
    }
}
