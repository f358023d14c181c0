package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionStylesheetTest {

    @TempDir
    Path tmp;

    @Test
    void theEditionsRulesComeAfterTeikitsAndApplyingAgainDoesNotRepeatThem() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("edition"));
        Files.writeString(out.resolve("teikit.css"), "body { color: black; }");
        Path css = Files.writeString(tmp.resolve("edition.css"), "body { color: navy; }\n");

        assertThat(EditionStylesheet.apply(css, out)).isTrue();
        String once = Files.readString(out.resolve("teikit.css"));
        assertThat(once).startsWith("body { color: black; }\n" + EditionStylesheet.MARKER + "edition.css")
                .endsWith("body { color: navy; }\n");

        Files.writeString(css, "body { color: maroon; }\n");
        assertThat(EditionStylesheet.apply(css, out)).isTrue();
        String twice = Files.readString(out.resolve("teikit.css"));
        assertThat(twice).contains("color: black").contains("color: maroon").doesNotContain("navy");
        assertThat(twice.split(java.util.regex.Pattern.quote(EditionStylesheet.MARKER), -1)).hasSize(2);
    }

    @Test
    void withoutRenderedPagesNothingIsWritten() throws IOException {
        Path css = Files.writeString(tmp.resolve("edition.css"), "p { margin: 0; }");
        assertThat(EditionStylesheet.apply(css, tmp.resolve("edition"))).isFalse();
        assertThat(tmp.resolve("edition")).doesNotExist();
    }
}
