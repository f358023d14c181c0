package org.teikit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code teikit render}: the guess that starts compiling the HTML stylesheet before picocli reads the command line. */
class RenderCommandTest {

    @Test
    void anHtmlRenderIsRecognisedInEitherSpellingOfTheOption() {
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "a.xml", "--to", "html", "-o", "out"}))
                .isTrue();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "--to=html", "a.xml", "-o", "out"}))
                .isTrue();
    }

    @Test
    void otherCommandsAndFormatsStartNothing() {
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"render", "html.xml", "--to", "pdf", "-o", "o"}))
                .isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"build", "html", "-o", "out"})).isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[] {"validate", "a.xml"})).isFalse();
        assertThat(RenderCommand.looksLikeAnHtmlRender(new String[0])).isFalse();
    }
}
