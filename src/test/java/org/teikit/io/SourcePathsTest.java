package org.teikit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output names compared as the file systems of macOS and Windows compare them. Linux's are told
 * apart by case, so a hard link stands in for a name that such a file system takes for another.
 */
class SourcePathsTest {

    @Test
    void namesThatDifferInCaseOnlyHaveOneKey() {
        assertThat(SourcePaths.sameFileKey("Memo")).isEqualTo(SourcePaths.sameFileKey("memo"))
                .isEqualTo(SourcePaths.sameFileKey("MEMO"));
        assertThat(SourcePaths.sameFileKey("memo")).isNotEqualTo(SourcePaths.sameFileKey("memo-2"));
        // Locale-independent: a Turkish default locale does not make "I" a dotless i.
        assertThat(SourcePaths.sameFileKey("INDEX")).isEqualTo("index");
    }

    @Test
    void oneFileIsTrueForTwoNamesOfOneFileOnly(@TempDir Path dir) throws IOException {
        Path memo = Files.writeString(dir.resolve("memo.html"), "page");
        Path sameFile = Files.createLink(dir.resolve("Memo.html"), memo);
        Path other = Files.writeString(dir.resolve("MEMO.html"), "page");

        assertThat(SourcePaths.oneFile(memo, sameFile)).isTrue();
        assertThat(SourcePaths.oneFile(memo, other)).isFalse();
        assertThat(SourcePaths.oneFile(memo, dir.resolve("missing.html"))).isFalse();
    }
}
