package org.teikit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeDateTest {

    @Test
    void readsIsoDateTimesWithAnOffset() throws MojoExecutionException {
        assertThat(ChangeDate.parse("2026-01-01T00:00:00Z")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ChangeDate.parse("2026-01-01T02:00:00+02:00")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void readsSecondsSinceTheEpoch() throws MojoExecutionException {
        assertThat(ChangeDate.parse("1767225600")).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "1", "a"})
    void shortOrMissingValuesMeanUnset(String value) throws MojoExecutionException {
        assertThat(ChangeDate.parse(value)).isNull();
    }

    @Test
    void anythingElseIsAConfigurationMistake() {
        assertThatThrownBy(() -> ChangeDate.parse("yesterday"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'yesterday'");
    }
}
