package org.moomoo.jobs.localfiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Finds where a stream of an Ogg file ends by reading only the end of the file: the granule
 * position of the stream's last complete page, so a long file costs one read of at most
 * {@link #SIZE} bytes instead of a walk over all its pages.
 */
final class OggTail {

    /**
     * Two of the largest pages. The last complete page starts within this many bytes of the end
     * even when the file is cut off inside a page of the largest size.
     */
    static final int SIZE = 2 * OggPage.MAX_SIZE;

    private OggTail() {}

    /** The granule position of the last complete page of stream {@code serial} that has one. */
    static long lastGranulePosition(FileChannel file, int serial) throws IOException {
        long size = file.size();
        int length = (int) Math.min(size, SIZE);
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, size - length + buffer.position()) < 0) {
                throw new UnreadableFileException("truncated Ogg file: it got shorter while it was read");
            }
        }
        byte[] tail = buffer.array();
        // From the end backwards, so the first page found is the last one.
        for (int at = length - OggPage.HEADER_SIZE; at >= 0; at--) {
            if (OggPage.startsPage(tail, at)
                    && OggPage.serial(tail, at) == serial
                    && OggPage.granulePosition(tail, at) != OggPage.NO_GRANULE
                    && isComplete(tail, at)) {
                return OggPage.granulePosition(tail, at);
            }
        }
        throw new UnreadableFileException("corrupt Ogg file: none of its last " + OggPageReader.bytes(length)
                + " bytes is a complete page of its stream with a granule position");
    }

    private static boolean isComplete(byte[] tail, int at) {
        int lacingEnd = at + OggPage.HEADER_SIZE + OggPage.segmentCount(tail, at);
        if (lacingEnd > tail.length) {
            return false;
        }
        int end = lacingEnd;
        for (int i = at + OggPage.HEADER_SIZE; i < lacingEnd; i++) {
            end += tail[i] & 0xFF;
        }
        return end <= tail.length;
    }
}
