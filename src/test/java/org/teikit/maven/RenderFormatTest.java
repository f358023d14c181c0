package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.teikit.RenderOptions;

class RenderFormatTest {

    @Test
    void readsFormatsInAnyCaseAndOrder() throws MojoExecutionException {
        assertThat(RenderFormat.parse(List.of("PDF", " html ", "fo", "html")))
                .containsExactly(RenderFormat.HTML, RenderFormat.FO, RenderFormat.PDF);
        assertThat(RenderFormat.FO.extension()).isEqualTo(".fo");
    }

    @Test
    void anUnknownFormatNamesTheAllowedOnes() {
        assertThatThrownBy(() -> RenderFormat.parse(List.of("html", "docx")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("formats: 'docx' is not one of html, fo, pdf");
    }

    @Test
    void noFormatIsAMistake() {
        assertThatThrownBy(() -> RenderFormat.parse(List.of(" ")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("at least one");
    }

    @Test
    void readsPaperInAnyCase() throws MojoExecutionException {
        assertThat(RenderFormat.paper("letter")).isEqualTo(RenderOptions.Paper.LETTER);
        assertThat(RenderFormat.paper("A4")).isEqualTo(RenderOptions.Paper.A4);
        assertThatThrownBy(() -> RenderFormat.paper("folio"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("paper: 'folio' is not one of A4, LETTER");
    }
}
