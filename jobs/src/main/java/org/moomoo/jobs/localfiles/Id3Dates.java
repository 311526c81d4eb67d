package org.moomoo.jobs.localfiles;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ID3 dates as mutagen presents them. */
final class Id3Dates {

    private static final Pattern YEAR = Pattern.compile("[0-9]+");
    private static final Pattern TWO_PAIRS = Pattern.compile("([0-9]{2})([0-9]{2})");
    private static final Pattern SEPARATOR = Pattern.compile("[-T:/.]|\\s+");
    private static final String[] SEPARATORS = {"-", "-", " ", ":", ":"};

    private Id3Dates() {}

    /**
     * ID3v2.2/2.3 TYER (year), TDAT (DDMM) and TIME (HHMM) joined into an ISO-like date the
     * way mutagen upgrades them to TDRC; empty when the year is not a number.
     */
    static String join(String year, String dayMonth, String time) {
        if (year == null || !YEAR.matcher(year).matches()) {
            return "";
        }
        StringBuilder date = new StringBuilder(year);
        Matcher day = TWO_PAIRS.matcher(dayMonth == null ? "" : dayMonth);
        if (day.matches()) {
            date.append('-').append(day.group(2)).append('-').append(day.group(1));
            Matcher clock = TWO_PAIRS.matcher(time == null ? "" : time);
            if (clock.matches()) {
                date.append('T')
                        .append(clock.group(1))
                        .append(':')
                        .append(clock.group(2))
                        .append(":00");
            }
        }
        return date.toString();
    }

    /**
     * A timestamp re-printed from its numeric parts like mutagen's ID3TimeStamp: up to six
     * numbers split at {@code - T : / .} or spaces, printed as {@code YYYY-MM-DD HH:MM:SS} up to
     * the first part that is not a number; empty when the year is not a number.
     */
    static String normalise(String text) {
        String[] parts = SEPARATOR.split(text, -1);
        StringBuilder date = new StringBuilder();
        for (int i = 0; i < 6 && i < parts.length; i++) {
            Integer number = integer(parts[i]);
            if (number == null) {
                break;
            }
            if (i > 0) {
                date.append(SEPARATORS[i - 1]);
            }
            date.append(String.format(Locale.ROOT, i == 0 ? "%04d" : "%02d", number));
        }
        return date.toString();
    }

    private static Integer integer(String part) {
        if (part.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
