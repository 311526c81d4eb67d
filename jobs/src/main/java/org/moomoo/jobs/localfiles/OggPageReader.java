package org.moomoo.jobs.localfiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads the pages of an Ogg file one after the other from its start, checking that each begins
 * with a page header and is complete.
 *
 * <p>The page checksum is not verified: mutagen, which the original read tags with, does not verify
 * it either, so a page with a damaged byte in its audio still gives the file's tags.
 */
final class OggPageReader {

    private final InputStream in;
    private long offset;

    /** Pages from {@code in}, positioned at the start of the file. */
    OggPageReader(InputStream in) {
        this.in = in;
    }

    /** The next page, or null at the end of the file. */
    OggPage next() throws IOException {
        byte[] header = in.readNBytes(OggPage.HEADER_SIZE);
        if (header.length == 0) {
            return null;
        }
        long start = offset;
        if (header.length < OggPage.HEADER_SIZE) {
            throw truncated(start);
        }
        if (!OggPage.startsPage(header, 0)) {
            throw new UnreadableFileException(
                    start == 0
                            ? "not an Ogg file: it does not start with an Ogg page"
                            : "corrupt Ogg file: no page starts at byte " + bytes(start));
        }
        byte[] lacing = readFully(OggPage.segmentCount(header, 0), start);
        int bodySize = 0;
        for (byte size : lacing) {
            bodySize += size & 0xFF;
        }
        byte[] body = readFully(bodySize, start);
        offset += OggPage.HEADER_SIZE + lacing.length + bodySize;
        return OggPage.of(start, header, lacing, body);
    }

    private byte[] readFully(int length, long pageStart) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw truncated(pageStart);
        }
        return bytes;
    }

    private static UnreadableFileException truncated(long pageStart) {
        return new UnreadableFileException("truncated Ogg file: it ends inside the page at byte " + bytes(pageStart));
    }

    /** A byte offset as failure reasons write it, 65,354. */
    static String bytes(long offset) {
        return String.format(Locale.ROOT, "%,d", offset);
    }
}
