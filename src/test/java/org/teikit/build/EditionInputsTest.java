package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs a build finds in its folder. */
class EditionInputsTest {

    @Test
    void transcriptionsAndTeiFilesInOrderOutsideHiddenFoldersLinksToFilesIncluded(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : new String[] {"b.txt", "a.md", "sub/c.xml", "notes.pdf", ".hidden/d.txt", "sub/.e/f.xml",
                "README.md", "sub/License.txt", "readme"}) {
            Path file = in.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        Files.createDirectories(in.resolve("folder.txt")); // a folder, whatever its name
        Files.writeString(dir.resolve("outside.txt"), "x");
        Files.createSymbolicLink(in.resolve("linked.txt"), dir.resolve("outside.txt"));

        EditionInputs.Scan scan = EditionInputs.scan(in);
        assertThat(scan.inputs()).containsExactly(in.resolve("a.md"), in.resolve("b.txt"),
                in.resolve("linked.txt"), in.resolve("sub/c.xml"));
        // a folder's notes about itself are no documents (a README once became one, with a date error)
        assertThat(scan.folderNotes()).containsExactly(in.resolve("README.md"), in.resolve("sub/License.txt"));
    }

    /**
     * An input folder named by a symbolic link to it (its files under the link's name), once taken for a
     * single file: the build found nothing to build. Links below it are still not followed.
     */
    @Test
    void aFolderNamedByALinkIsScannedUnderTheLinksName(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("archive/edition"));
        Files.writeString(Files.createDirectories(real.resolve("sub")).resolve("c.xml"), "x");
        Files.writeString(real.resolve("a.txt"), "x");
        Files.writeString(real.resolve(".hidden.txt"), "x");
        Files.createSymbolicLink(real.resolve("loop"), real);
        Path link = Files.createSymbolicLink(dir.resolve("in"), real);

        assertThat(EditionInputs.scan(link).inputs()).containsExactly(link.resolve("a.txt"), link.resolve("sub/c.xml"));
    }
}
