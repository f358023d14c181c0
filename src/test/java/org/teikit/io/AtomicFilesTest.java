package org.teikit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** How a failed write is reported. */
class AtomicFilesTest {

    /**
     * A folder that cannot be written into is said of the output named, not of the hidden temporary
     * file teikit tried to make there ("ro/.ok.html.1531...tmp: permission denied", it was). Linux's
     * {@code /sys} refuses new files even to root, where a {@code chmod 555} folder does not.
     */
    @Test
    void aFolderThatCannotBeWrittenIntoIsSaidOfTheOutput() {
        Path target = Path.of("/sys/teikit-test.html");
        Assumptions.assumeTrue(Files.isDirectory(target.getParent()), "Linux's /sys");

        assertThatThrownBy(() -> AtomicFiles.writeString(target, "x"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.getFile()).isEqualTo(target.toString());
                    assertThat(IoFailures.describe(e)).isEqualTo(
                            "/sys/teikit-test.html: the folder it goes into cannot be written: permission denied");
                });
    }
}
