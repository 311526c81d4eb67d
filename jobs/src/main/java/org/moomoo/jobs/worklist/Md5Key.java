package org.moomoo.jobs.worklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The original's generic key: lower-case hex MD5 of the UTF-8 parts joined with {@code -}
 * (spec/ingest.md section 4.2). Existing databases are keyed on it, so it must stay bit-exact.
 */
public final class Md5Key {

    private Md5Key() {}

    /** {@code of("foo", "bar")} is {@code e5f9ec048d1dbe19c70f720e002f9cb1}; a null part is an error. */
    public static String of(String... parts) {
        for (String part : parts) {
            Objects.requireNonNull(part, "a part of an md5 key is null");
        }
        return hex(String.join("-", parts));
    }

    /** Lower-case hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex MD5 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
