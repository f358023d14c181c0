package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalenessTest {

    @TempDir
    Path tmp;

    private Path file(String name, long millis) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, name);
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
        return file;
    }

    @Test
    void anOutputNewerThanItsInputAndTheToolIsUpToDate() throws IOException {
        Path in = file("a.txt", 1_000_000);
        Path out = file("a.xml", 2_000_000);
        assertThat(new Staleness(500_000).upToDate(in, out)).isTrue();
    }

    @Test
    void anOutputOlderThanItsInputOrAsOldIsRedone() throws IOException {
        Path in = file("a.txt", 2_000_000);
        assertThat(new Staleness(0).upToDate(in, file("older.xml", 1_000_000))).isFalse();
        assertThat(new Staleness(0).upToDate(in, file("same.xml", 2_000_000))).isFalse();
    }

    @Test
    void aNewerTeikitRedoesEverything() throws IOException {
        Path in = file("a.txt", 1_000_000);
        Path out = file("a.xml", 2_000_000);
        assertThat(new Staleness(3_000_000).upToDate(in, out)).isFalse();
    }

    @Test
    void aMissingOutputIsRedone() throws IOException {
        assertThat(new Staleness(0).upToDate(file("a.txt", 1_000), tmp.resolve("a.xml"))).isFalse();
    }
}
