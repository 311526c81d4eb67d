package org.moomoo.jobs.copy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, built in a block of about
 * {@value #BLOCK} characters and sent to the server block by block.
 */
public final class CopyText {

    /** Characters per block sent to the server. */
    public static final int BLOCK = 1 << 16;

    private CopyText() {}

    /** An empty block, with room for the row that takes it past {@link #BLOCK}. */
    public static StringBuilder block() {
        return new StringBuilder(BLOCK + 4096);
    }

    /**
     * Appends a text field with the format's escapes for backslash, tab, line feed and carriage
     * return, or {@code \N} for null. Runs without such characters are appended whole: most values
     * have none.
     */
    public static StringBuilder text(StringBuilder out, String text) {
        if (text == null) {
            return out.append("\\N");
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(text, from, i)
                        .append('\\')
                        .append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
                from = i + 1;
            }
        }
        return out.append(text, from, text.length());
    }

    /** Sends the block once it holds {@link #BLOCK} characters or more. */
    public static void sendIfFull(CopyIn copy, StringBuilder block) throws SQLException {
        if (block.length() >= BLOCK) {
            send(copy, block);
        }
    }

    /** Sends what the block holds and empties it. */
    public static void send(CopyIn copy, StringBuilder block) throws SQLException {
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        block.setLength(0);
    }
}
