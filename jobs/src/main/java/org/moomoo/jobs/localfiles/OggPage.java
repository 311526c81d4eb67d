package org.moomoo.jobs.localfiles;

/**
 * One page of an Ogg file (RFC 3533 section 6): the header fields, the lacing values and the body.
 * A page holds at most 255 segments of at most 255 bytes; a packet is the run of segments up to and
 * including the first one shorter than 255 bytes, so a packet whose last segment on a page is 255
 * bytes long goes on into the next page of its stream.
 *
 * @param offset          where the page starts in the file, for failure reasons
 * @param headerType      the flags: {@link #CONTINUED}, beginning and end of stream
 * @param granulePosition the stream position after the last packet that ends on this page, or
 *                        {@link #NO_GRANULE} when none ends on it
 * @param serial          the logical stream the page belongs to
 * @param sequence        the page's number within its stream, from 0
 * @param lacing          the segment sizes, one unsigned byte each
 * @param body            the segments, one after the other
 */
record OggPage(
        long offset, int headerType, long granulePosition, int serial, int sequence, byte[] lacing, byte[] body) {

    /** Bytes of the fixed part of the header, before the lacing values. */
    static final int HEADER_SIZE = 27;
    /** The largest page: the fixed header, 255 lacing values and 255 full segments. */
    static final int MAX_SIZE = HEADER_SIZE + 255 + 255 * 255;
    /** The header-type flag of a page whose first segment goes on with the last packet of the page before. */
    static final int CONTINUED = 0x01;
    /** The granule position of a page on which no packet ends. */
    static final long NO_GRANULE = -1;

    /** Header-type bits RFC 3533 defines: continued, beginning of stream, end of stream. */
    private static final int KNOWN_FLAGS = 0x07;

    boolean continued() {
        return (headerType & CONTINUED) != 0;
    }

    /** The size of segment {@code index}, 0 to 255. */
    int segmentSize(int index) {
        return lacing[index] & 0xFF;
    }

    /**
     * Whether the {@link #HEADER_SIZE} bytes at {@code at} are a page header: the capture pattern
     * "OggS", stream structure version 0 and no undefined header-type bit.
     */
    static boolean startsPage(byte[] bytes, int at) {
        return bytes[at] == 'O'
                && bytes[at + 1] == 'g'
                && bytes[at + 2] == 'g'
                && bytes[at + 3] == 'S'
                && bytes[at + 4] == 0
                && (bytes[at + 5] & ~KNOWN_FLAGS) == 0;
    }

    /** The number of lacing values of the page whose header starts at {@code at}. */
    static int segmentCount(byte[] header, int at) {
        return header[at + 26] & 0xFF;
    }

    /** The granule position of the page whose header starts at {@code at}. */
    static long granulePosition(byte[] header, int at) {
        return LittleEndian.int64(header, at + 6);
    }

    /** The stream serial number of the page whose header starts at {@code at}. */
    static int serial(byte[] header, int at) {
        return (int) LittleEndian.uint32(header, at + 14);
    }

    /** The page whose fixed header is {@code header}, which {@link #startsPage} accepted. */
    static OggPage of(long offset, byte[] header, byte[] lacing, byte[] body) {
        return new OggPage(
                offset,
                header[5],
                granulePosition(header, 0),
                serial(header, 0),
                (int) LittleEndian.uint32(header, 18),
                lacing,
                body);
    }
}
