package org.teikit.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads Maven's {@code project.build.outputTimestamp} (ISO 8601 with an offset, or seconds since the
 * epoch) as the date teikit writes into converted documents, so an edition that pins it for
 * reproducible builds gets byte-for-byte reproducible TEI too.
 */
final class ChangeDate {

    private ChangeDate() {
    }

    /**
     * The instant, or null when the value is unset (Maven, like reproducible-builds.org, treats a value
     * shorter than two characters as "not set"); teikit then uses SOURCE_DATE_EPOCH or the current time.
     */
    static Instant parse(String value) throws MojoExecutionException {
        if (value == null || value.trim().length() < 2) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("outputTimestamp '" + value + "' is neither an ISO 8601 date-time "
                    + "with an offset (2026-01-01T00:00:00Z) nor seconds since 1970", e);
        }
    }
}
