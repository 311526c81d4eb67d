package org.moomoo.jobs.listenbrainzdump;

import java.util.UUID;

/**
 * UUIDs as leniently as the original read them from dump lines (spec/ingest.md 5.10 and 7.3):
 * hyphenated or 32 hex digits, either case, in braces or after {@code urn:uuid:}. Anything else is
 * no UUID, which the caller drops without failing.
 */
final class LenientUuid {

    private LenientUuid() {}

    /** The UUID spelled by {@code length} characters of {@code chars} from {@code offset}, or null. */
    static UUID parse(char[] chars, int offset, int length) {
        if (length == 36 && chars[offset + 8] == '-') {
            // The canonical spelling of nearly every line: read it without building a string.
            UUID canonical = canonical(chars, offset);
            if (canonical != null) {
                return canonical;
            }
        }
        return lenient(new String(chars, offset, length));
    }

    /** The UUID {@code text} spells, or null. */
    static UUID parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    private static UUID canonical(char[] chars, int offset) {
        long high = 0;
        long low = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            char c = chars[offset + i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int value = Character.digit(c, 16);
            if (value < 0) {
                return null;
            }
            if (digits < 16) {
                high = high << 4 | value;
            } else {
                low = low << 4 | value;
            }
            digits++;
        }
        return new UUID(high, low);
    }

    /** Python's rule: drop "urn:" and "uuid:", strip braces at the ends, drop hyphens; 32 hex digits remain. */
    private static UUID lenient(String text) {
        String hex = text.replace("urn:", "").replace("uuid:", "");
        int start = 0;
        int end = hex.length();
        while (start < end && (hex.charAt(start) == '{' || hex.charAt(start) == '}')) {
            start++;
        }
        while (end > start && (hex.charAt(end - 1) == '{' || hex.charAt(end - 1) == '}')) {
            end--;
        }
        hex = hex.substring(start, end).replace("-", "");
        if (hex.length() != 32) {
            return null;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 32; i++) {
            int value = Character.digit(hex.charAt(i), 16);
            if (value < 0) {
                return null;
            }
            if (i < 16) {
                high = high << 4 | value;
            } else {
                low = low << 4 | value;
            }
        }
        return new UUID(high, low);
    }
}
