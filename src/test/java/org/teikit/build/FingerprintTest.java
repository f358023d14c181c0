package org.teikit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teikit.RenderOptions;
import org.teikit.io.Sha256;

/** The jar's fingerprint is read from its entry list, and still changes with any entry's content. */
class FingerprintTest {

    private static Path jar(Path file, String stylesheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("teikit/xslt/html/html.xsl"));
            zip.write(stylesheet.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("org/teikit/Teikit.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            zip.closeEntry();
        }
        return file;
    }

    @Test
    void aChangedEntryOfTheSameSizeChangesTheFingerprint(@TempDir Path dir) throws IOException {
        String one = Fingerprint.hashJarEntries(jar(dir.resolve("a.jar"), "<xsl:stylesheet a='1'/>"));
        String same = Fingerprint.hashJarEntries(jar(dir.resolve("b.jar"), "<xsl:stylesheet a='1'/>"));
        String changed = Fingerprint.hashJarEntries(jar(dir.resolve("c.jar"), "<xsl:stylesheet a='2'/>"));

        assertThat(same).isEqualTo(one);
        assertThat(changed).isNotEqualTo(one).hasSize(64);
    }

    @Test
    void aFileThatIsNotAJarIsHashedByItsBytes(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("teikit.jar"), "not a zip");
        assertThat(Fingerprint.hashJarEntries(plain)).isEqualTo(Sha256.of(plain));
    }

    @Test
    void onlyOptionsThatChangeTheOutputsChangeTheFingerprint() {
        BuildOptions options = BuildOptions.defaults();
        String fingerprint = Fingerprint.of(options);

        assertThat(Fingerprint.of(options.withThreads(options.threads() + 1))).isEqualTo(fingerprint);
        assertThat(Fingerprint.of(options.withIncremental(!options.incremental()))).isEqualTo(fingerprint);
        assertThat(Fingerprint.of(options.withPdf(!options.pdf()))).isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(options.withRenderOptions(new RenderOptions(RenderOptions.Paper.LETTER, true))))
                .isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(options.withRenderOptions(options.renderOptions().withLabels("de"))))
                .isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of(options.withRenderOptions(options.renderOptions().withLabels("en"))))
                .isEqualTo(fingerprint);
    }
}
