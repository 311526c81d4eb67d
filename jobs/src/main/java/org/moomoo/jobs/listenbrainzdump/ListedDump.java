package org.moomoo.jobs.listenbrainzdump;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One dump archive on the FTP server.
 *
 * @param slug       the first component of its path under the dump folder: the dump's folder,
 *                   e.g. {@code listenbrainz-dump-2054-20250301-000003-incremental}, or the file
 *                   itself when it lies directly in the folder
 * @param path       its full path on the server
 * @param modifiedAt its FTP modification time (MDTM)
 */
public record ListedDump(String slug, String path, Instant modifiedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public ListedDump {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(path);
        Objects.requireNonNull(modifiedAt);
    }

    /**
     * The dump's day: the fourth {@code -}-separated part of the slug, {@code yyyyMMdd}.
     *
     * @throws MalformedDumpException naming the file when the slug has no such part (DESIGN 9.12)
     */
    LocalDate date() {
        String[] parts = slug.split("-");
        if (parts.length > 3) {
            try {
                return LocalDate.parse(parts[3], DAY);
            } catch (DateTimeParseException e) {
                // Falls through to the message below.
            }
        }
        throw new MalformedDumpException("cannot tell the day of dump " + path + ": the fourth '-'-separated part of '"
                + slug + "' should be a date such as 20250301");
    }
}
