package org.moomoo.jobs.embed.audio;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the 32-bit float WAV stream that {@code ffmpeg -c:a pcm_f32le -f wav -} writes to a pipe,
 * down-mixing it to mono as it arrives. WAV rather than raw floats because its header carries the
 * channel count and rate; ffmpeg cannot go back to fill in the sizes on a pipe, so the data chunk
 * is read to the end of the stream whatever size it states.
 */
final class FloatWavStream {

    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int READ_BYTES = 1 << 16;

    private FloatWavStream() {}

    static MonoTrack read(InputStream in) throws IOException {
        byte[] riff = readExactly(in, 12, "no WAV header");
        String container = ascii(riff, 0);
        if (!(container.equals("RIFF") || container.equals("RF64"))
                || !ascii(riff, 8).equals("WAVE")) {
            throw new DecodingException("ffmpeg did not write a WAV stream");
        }
        int channels = 0;
        int rate = 0;
        while (true) {
            byte[] chunk = readExactly(in, 8, "no audio data");
            String id = ascii(chunk, 0);
            long size = uint32(chunk, 4);
            if (id.equals("data")) {
                break;
            }
            if (id.equals("fmt ") && size >= 16 && size <= 1024) {
                byte[] format = readExactly(in, (int) size, "the WAV header is cut short");
                int tag = uint16(format, 0);
                channels = uint16(format, 2);
                rate = (int) Math.min(Integer.MAX_VALUE, uint32(format, 4));
                int bits = uint16(format, 14);
                if ((tag != IEEE_FLOAT && tag != EXTENSIBLE) || bits != 32) {
                    throw new DecodingException("ffmpeg did not write 32-bit float samples");
                }
                in.skipNBytes(size & 1);
            } else {
                in.skipNBytes(size + (size & 1));
            }
        }
        if (channels < 1 || channels > 64 || rate < 1000 || rate > 1_000_000) {
            throw new DecodingException(
                    "ffmpeg wrote an unusable format: " + channels + " channels at " + rate + " Hz");
        }
        return new MonoTrack(readSamples(in, channels, rate), rate);
    }

    private static float[] readSamples(InputStream in, int channels, int rate) throws IOException {
        int frameSize = 4 * channels;
        MonoSamples samples = new MonoSamples(60 * rate);
        byte[] buffer = new byte[READ_BYTES / frameSize * frameSize];
        int filled = 0;
        int read;
        while ((read = in.read(buffer, filled, buffer.length - filled)) >= 0) {
            filled += read;
            int frames = filled / frameSize;
            if (frames > 0) {
                PcmToMono.append(buffer, frames, channels, 4, true, samples);
                int used = frames * frameSize;
                System.arraycopy(buffer, used, buffer, 0, filled - used);
                filled -= used;
            }
        }
        return samples.toArray();
    }

    private static byte[] readExactly(InputStream in, int length, String whenShort) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException(whenShort);
        }
        return bytes;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }

    private static int uint16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8;
    }

    private static long uint32(byte[] bytes, int offset) {
        return uint16(bytes, offset) | (long) uint16(bytes, offset + 2) << 16;
    }
}
