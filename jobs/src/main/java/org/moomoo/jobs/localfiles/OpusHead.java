package org.moomoo.jobs.localfiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The identification header of an Ogg Opus stream, its first packet (RFC 7845 section 5.1): the
 * fields before the channel mapping, which is not needed for tags and length.
 *
 * @param version         the encapsulation version; 1 today, and any value up to 15 is compatible
 * @param channels        the number of output channels, at least 1
 * @param preSkip         samples (at 48 kHz) to drop from the start of the decoded audio
 * @param inputSampleRate the sample rate of the encoder's input in Hz, 0 when not recorded; the
 *                        audio itself is always 48 kHz
 */
record OpusHead(int version, int channels, int preSkip, long inputSampleRate) {

    private static final byte[] MAGIC = "OpusHead".getBytes(StandardCharsets.US_ASCII);
    /** Magic, version, channels, pre-skip, input sample rate, output gain and mapping family. */
    private static final int SIZE = 19;
    /** Versions 16 and up change the header in ways a version-1 reader cannot follow (RFC 7845 5.1). */
    private static final int FIRST_INCOMPATIBLE_VERSION = 16;

    /** Whether a packet that starts with these bytes is an identification header. */
    static boolean startsHeader(byte[] packetStart) {
        return packetStart.length >= MAGIC.length
                && Arrays.equals(packetStart, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Reads the header from the start of the first packet of the stream. */
    static OpusHead read(InputStream packet) throws IOException {
        byte[] bytes = packet.readNBytes(SIZE);
        if (!startsHeader(bytes)) {
            throw new UnreadableFileException("not an Opus file: its first packet is not an Opus header");
        }
        if (bytes.length < SIZE) {
            throw new UnreadableFileException(
                    "corrupt Opus file: the Opus header is " + bytes.length + " bytes long, not " + SIZE);
        }
        int version = bytes[8] & 0xFF;
        if (version >= FIRST_INCOMPATIBLE_VERSION) {
            throw new UnreadableFileException(
                    "unsupported Opus file: header version " + version + "; only versions 0 to 15 can be read");
        }
        int channels = bytes[9] & 0xFF;
        if (channels == 0) {
            throw new UnreadableFileException("corrupt Opus file: the Opus header says 0 channels");
        }
        return new OpusHead(version, channels, LittleEndian.uint16(bytes, 10), LittleEndian.uint32(bytes, 12));
    }
}
