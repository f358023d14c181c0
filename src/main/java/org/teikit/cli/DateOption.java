package org.teikit.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.teikit.Teikit;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --date}: the conversion date recorded in the TEI, for reproducible output. */
final class DateOption {

    @Option(names = "--date", paramLabel = "DATE", converter = InstantConverter.class,
            description = "Date recorded as the conversion date (ISO date or date-time; default: "
                    + "SOURCE_DATE_EPOCH, else now). Fix it for byte-identical output.")
    Instant date;

    Teikit teikit() {
        return builder().build();
    }

    /** A Teikit builder with this date, for a command that sets more. */
    Teikit.Builder builder() {
        Teikit.Builder builder = Teikit.builder();
        if (date != null) {
            builder.changeDate(date);
        }
        return builder;
    }

    static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return value.contains("T")
                        ? Instant.parse(value)
                        : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an ISO date (2026-01-31) or date-time (2026-01-31T12:00:00Z)");
            }
        }
    }
}
