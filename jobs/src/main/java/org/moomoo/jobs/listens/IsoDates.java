package org.moomoo.jobs.listens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The dates of {@code from=} and {@code to=} (spec/ingest.md 1.1): {@code 2022-01-01},
 * {@code 2022-01-01 12:00}, {@code 2022-01-01T12:00:00}, with an optional offset; text without
 * an offset is UTC.
 */
public final class IsoDates {

    private IsoDates() {}

    /** @throws IllegalArgumentException naming the parameter and the accepted shapes */
    public static Instant parse(String name, String text) {
        String value = text.trim().replace(' ', 'T');
        try {
            if (!value.contains("T")) {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + "=" + text
                    + ": expected a date such as 2022-01-01, 2022-01-01T12:00 or 2022-01-01T12:00:00+01:00");
        }
    }
}
