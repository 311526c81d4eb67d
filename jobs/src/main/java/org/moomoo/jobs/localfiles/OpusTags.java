package org.moomoo.jobs.localfiles;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The comment header of an Ogg Opus stream, its second packet (RFC 7845 section 5.2): the magic
 * "OpusTags", a vendor string, a comment count and the comments, each a UTF-8 {@code KEY=value}
 * string after its length; every number is 32-bit little-endian, as in a Vorbis comment block.
 *
 * @param comments the comments as written, in the order of the file, except those longer than
 *                 {@link #MAX_KEPT_COMMENT}
 */
record OpusTags(List<String> comments) {

    /**
     * Comments longer than this many bytes are skipped unread. No tag value the job stores comes
     * near it, while cover art (a base64 {@code METADATA_BLOCK_PICTURE}) is usually longer; and a
     * damaged length can make the reader allocate no more than this.
     */
    static final int MAX_KEPT_COMMENT = 64 * 1024;

    private static final byte[] MAGIC = "OpusTags".getBytes(StandardCharsets.US_ASCII);

    /** A defensive copy of the comments. */
    OpusTags {
        comments = List.copyOf(comments);
    }

    /** Reads the comment header from its packet. */
    static OpusTags read(InputStream packet) throws IOException {
        if (!Arrays.equals(packet.readNBytes(MAGIC.length), MAGIC)) {
            throw new UnreadableFileException("corrupt Opus file: its second packet is not the comment header");
        }
        skip(packet, unsignedInt(packet, "the vendor string"), "the vendor string");
        long count = unsignedInt(packet, "the comment count");
        List<String> comments = new ArrayList<>();
        for (long number = 1; number <= count; number++) {
            String what = "comment " + number + " of the " + OggPageReader.bytes(count) + " it announces";
            long length = unsignedInt(packet, what);
            if (length > MAX_KEPT_COMMENT) {
                skip(packet, length, what + " (" + OggPageReader.bytes(length) + " bytes long)");
                continue;
            }
            byte[] comment = packet.readNBytes((int) length);
            if (comment.length < length) {
                throw endsInside(what);
            }
            comments.add(new String(comment, StandardCharsets.UTF_8));
        }
        return new OpusTags(comments);
    }

    private static long unsignedInt(InputStream packet, String what) throws IOException {
        byte[] bytes = packet.readNBytes(4);
        if (bytes.length < 4) {
            throw endsInside(what);
        }
        return LittleEndian.uint32(bytes, 0);
    }

    private static void skip(InputStream packet, long length, String what) throws IOException {
        try {
            packet.skipNBytes(length);
        } catch (EOFException e) {
            throw endsInside(what);
        }
    }

    private static UnreadableFileException endsInside(String what) {
        return new UnreadableFileException("corrupt Opus file: the comment header ends inside " + what);
    }
}
