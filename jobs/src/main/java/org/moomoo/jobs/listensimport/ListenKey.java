package org.moomoo.jobs.listensimport;

import org.moomoo.jobs.worklist.Md5Key;

/**
 * {@code listen_md5} of spec/ingest.md 4.2: the MD5 of {@code [username, recording_msid, listened_at]}
 * written as Python's {@code json.dumps} writes it (", " between elements, non-ASCII as lower-case
 * {@code \\uXXXX}), which existing databases are keyed on.
 */
final class ListenKey {

    private ListenKey() {}

    static String of(String username, String recordingMsid, long listenedAt) {
        StringBuilder json = new StringBuilder(96).append('[');
        quoted(json, username).append(", ");
        quoted(json, recordingMsid).append(", ").append(listenedAt).append(']');
        return Md5Key.hex(json.toString());
    }

    // As json.dumps with ensure_ascii: UTF-16 units above 0x7e become \\uxxxx, so astral
    // characters come out as their surrogate pair.
    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
