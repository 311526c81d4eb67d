package org.moomoo.jobs.localfiles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the tags and length of an Ogg Opus file (RFC 7845) from its first pages and its end only:
 * the identification header, the comment header (one page, or many when it holds cover art) and
 * the granule position of the last page. The audio pages in between are never read.
 *
 * <p>Every failure is an {@link UnreadableFileException} whose message says what is wrong with the
 * file. Thread-safe: each call has its own file handle and state.
 */
final class OggOpusReader {

    /** Opus granule positions count samples at 48 kHz, whatever the rate of the encoder's input. */
    private static final double GRANULE_RATE = 48_000;

    private OggOpusReader() {}

    /**
     * What {@link #read} found in a file.
     *
     * @param head   the identification header
     * @param tags   the comment header
     * @param length the playback length in seconds: the last granule position less the pre-skip
     */
    record OpusFile(OpusHead head, OpusTags tags, double length) {}

    /** The headers and length of the Opus stream that the file's first page begins. */
    static OpusFile read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            OggPageReader pages = new OggPageReader(new BufferedInputStream(Channels.newInputStream(channel)));
            OggPage first = pages.next();
            if (first == null) {
                throw new UnreadableFileException("empty file (0 bytes)");
            }
            OggPacketReader packets = new OggPacketReader(pages, first);
            OpusHead head = OpusHead.read(packets.nextPacket());
            OpusTags tags = OpusTags.read(packets.nextPacket());
            long granule = OggTail.lastGranulePosition(channel, packets.serial());
            // A file cut off before its first audio page has no sample past the pre-skip.
            return new OpusFile(head, tags, Math.max(0, granule - head.preSkip()) / GRANULE_RATE);
        }
    }

    /**
     * Whether the first packet of the file is an Opus identification header: an {@code .ogg} file
     * can hold Opus instead of Vorbis. False for a file that does not start with an Ogg page.
     */
    static boolean holdsOpus(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            OggPage first = new OggPageReader(in).next();
            return first != null && OpusHead.startsHeader(first.body());
        } catch (UnreadableFileException e) {
            return false;
        }
    }
}
