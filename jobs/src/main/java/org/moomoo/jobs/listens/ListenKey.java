package org.moomoo.jobs.listens;

import org.moomoo.jobs.worklist.Md5Key;

/**
 * {@code listen_md5} (spec/ingest.md 4.2): the MD5 of the JSON array
 * {@code [username, recording_msid, listened_at]} written as Python's {@code json.dumps} writes it
 * (", " between elements, every non-ASCII character as a lower-case {@code \\uXXXX} escape), so
 * that the keys of databases the original filled stay the same. Shared by every job that stores
 * listens ({@code listens}, {@code listens-import}).
 */
public final class ListenKey {

    private ListenKey() {}

    /** The key of {@code username}'s listen of {@code recordingMsid} at {@code listenedAt} (epoch seconds). */
    public static String of(String username, String recordingMsid, long listenedAt) {
        return Md5Key.hex("[" + pythonString(username) + ", " + pythonString(recordingMsid) + ", " + listenedAt + "]");
    }

    /** A JSON string as Python's default encoder writes it (ensure_ascii). */
    public static String pythonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
