package org.moomoo.client.formats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {@code --out} values; {@code xml} is the original's name for xspf. */
public enum OutputFormat {
    JSON,
    XSPF,
    M3U8,
    JSPF,
    STRAWBERRY;

    /** The names --help lists. */
    public static final String NAMES = "json, xspf (or xml), m3u8, jspf, strawberry";

    /** The format of a {@code --out} value, in any case. */
    public static OutputFormat parse(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (name.equals("xml")) {
            return XSPF;
        }
        return Arrays.stream(values())
                .filter(format -> format.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not an output format; use one of "
                        + Arrays.stream(values())
                                .map(f -> f.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
