package org.moomoo.client.formats;

import java.nio.charset.StandardCharsets;

/**
 * The location of a file in XSPF and JSPF, as the original wrote it: the absolute path with every
 * byte of its UTF-8 form percent-encoded except letters, digits, {@code -._~} and the separators
 * {@code /} and {@code :}; no {@code file://} scheme.
 */
final class Locations {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Locations() {}

    static String of(String absolutePath) {
        StringBuilder location = new StringBuilder();
        for (byte b : absolutePath.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/:".indexOf(c) >= 0) {
                location.append((char) c);
            } else {
                location.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return location.toString();
    }
}
