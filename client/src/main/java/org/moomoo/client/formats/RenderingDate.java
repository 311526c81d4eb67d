package org.moomoo.client.formats;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The {@code date} of XSPF and JSPF: when the playlist was rendered, to the second, with its offset. */
final class RenderingDate {

    private RenderingDate() {}

    static String now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
