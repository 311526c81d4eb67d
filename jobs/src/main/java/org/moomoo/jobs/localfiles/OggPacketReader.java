package org.moomoo.jobs.localfiles;

import java.io.IOException;
import java.io.InputStream;

/**
 * The packets of one logical stream of an Ogg file, in order, each read as a stream of its bytes
 * across as many pages as it spans. Pages of other streams are passed over.
 *
 * <p>Checks what a damaged file gets wrong: the stream's pages must follow each other by sequence
 * number (none missing), and a page must say it goes on with a packet exactly when the page before
 * left one unfinished. A packet is never held in memory whole, so a large one (cover art in a
 * comment header) costs no more than the page being read.
 */
final class OggPacketReader {

    private static final int FULL_SEGMENT = 255;

    private final OggPageReader pages;
    private final int serial;
    private OggPage page;
    /** The segment of {@link #page} being read; -1 before the first packet. */
    private int segment = -1;
    /** Bytes of that segment not read yet. */
    private int remaining;
    /** Where those bytes start in the page body. */
    private int position;
    /** Whether the packet being read has ended, or none is being read yet. */
    private boolean ended = true;

    /** The packets of the stream that {@code first}, the first page of the file, belongs to. */
    OggPacketReader(OggPageReader pages, OggPage first) {
        this.pages = pages;
        this.serial = first.serial();
        this.page = first;
    }

    /** The serial number of the stream read. */
    int serial() {
        return serial;
    }

    /**
     * The bytes of the next packet, up to its end. Whatever the caller left unread of the packet
     * before is skipped first.
     */
    InputStream nextPacket() throws IOException {
        while (!ended) {
            skipSegment();
        }
        nextSegment(false);
        ended = false;
        return new Packet();
    }

    private void skipSegment() throws IOException {
        position += remaining;
        remaining = 0;
        endOrContinue();
    }

    /** At the end of a segment: the packet ends here, or goes on with the next segment. */
    private void endOrContinue() throws IOException {
        if (page.segmentSize(segment) < FULL_SEGMENT) {
            ended = true;
        } else {
            nextSegment(true);
        }
    }

    private void nextSegment(boolean continuing) throws IOException {
        segment++;
        while (segment == page.lacing().length) {
            nextPage(continuing);
        }
        remaining = page.segmentSize(segment);
    }

    private void nextPage(boolean continuing) throws IOException {
        long end = page.offset() + OggPage.HEADER_SIZE + page.lacing().length + page.body().length;
        OggPage next = pages.next();
        while (next != null && next.serial() != serial) {
            next = pages.next();
        }
        if (next == null) {
            throw new UnreadableFileException("truncated Ogg file: it ends at byte " + OggPageReader.bytes(end)
                    + (continuing ? ", inside a packet" : ", before the next packet"));
        }
        String at = "corrupt Ogg file: the page at byte " + OggPageReader.bytes(next.offset());
        if (next.sequence() != page.sequence() + 1) {
            throw new UnreadableFileException(at + " is page " + next.sequence() + " of its stream, not page "
                    + (page.sequence() + 1) + ": a page is missing");
        }
        if (next.continued() != continuing) {
            throw new UnreadableFileException(at
                    + (continuing
                            ? " does not go on with the packet the page before left unfinished"
                            : " goes on with a packet the page before finished"));
        }
        page = next;
        segment = 0;
        position = 0;
    }

    /** One packet's bytes; ends where the packet ends. */
    private final class Packet extends InputStream {

        @Override
        public int read() throws IOException {
            if (!hasByte()) {
                return -1;
            }
            remaining--;
            return page.body()[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!hasByte()) {
                return -1;
            }
            int count = Math.min(length, remaining);
            System.arraycopy(page.body(), position, buffer, offset, count);
            position += count;
            remaining -= count;
            return count;
        }

        /** Whether the packet has a byte left, moving on to its next segment when this one is read. */
        private boolean hasByte() throws IOException {
            while (remaining == 0 && !ended) {
                endOrContinue();
            }
            return remaining > 0;
        }
    }
}
