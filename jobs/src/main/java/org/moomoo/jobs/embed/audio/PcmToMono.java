package org.moomoo.jobs.embed.audio;

/**
 * Down-mixes PCM to mono floats: the mean of the channels, scaled so that full scale is 1. It comes
 * as interleaved little-endian frames (Java Sound, jflac) or as one float array per channel (JOrbis).
 * One loop per sample layout, so the inner loops stay free of calls and branches on the layout.
 */
final class PcmToMono {

    private PcmToMono() {}

    /**
     * Appends {@code frames} frames from {@code bytes} to {@code out}.
     *
     * @param bytesPerSample 1 to 3 for signed integers, 4 for signed 32-bit integers or floats
     * @param floats whether 4-byte samples are IEEE floats rather than integers
     */
    static void append(byte[] bytes, int frames, int channels, int bytesPerSample, boolean floats, MonoSamples out) {
        out.reserve(frames);
        float[] mono = out.array();
        int start = out.size();
        if (floats) {
            appendFloat32(bytes, frames, channels, mono, start);
        } else if (bytesPerSample == 2 && channels == 2) {
            appendStereo16(bytes, frames, mono, start);
        } else {
            appendIntegers(bytes, frames, channels, bytesPerSample, mono, start);
        }
        out.advance(frames);
    }

    /** The common case (CD audio, MP3, Vorbis) without the per-channel loop. */
    private static void appendStereo16(byte[] bytes, int frames, float[] mono, int start) {
        float scale = 0.5f / 32768f;
        for (int f = 0, b = 0; f < frames; f++, b += 4) {
            int left = (short) ((bytes[b + 1] << 8) | (bytes[b] & 0xff));
            int right = (short) ((bytes[b + 3] << 8) | (bytes[b + 2] & 0xff));
            mono[start + f] = (left + right) * scale;
        }
    }

    private static void appendIntegers(
            byte[] bytes, int frames, int channels, int bytesPerSample, float[] mono, int start) {
        // A sample's bytes, little-endian, go to the top of an int so its sign bit is the int's;
        // full scale is then 2^31 whatever the width.
        double scale = 1.0 / (channels * 2147483648.0);
        int shift = 32 - 8 * bytesPerSample;
        int b = 0;
        for (int f = 0; f < frames; f++) {
            long sum = 0;
            for (int c = 0; c < channels; c++) {
                int value = 0;
                for (int i = bytesPerSample - 1; i >= 0; i--) {
                    value = (value << 8) | (bytes[b + i] & 0xff);
                }
                sum += value << shift;
                b += bytesPerSample;
            }
            mono[start + f] = (float) (sum * scale);
        }
    }

    private static void appendFloat32(byte[] bytes, int frames, int channels, float[] mono, int start) {
        float scale = 1f / channels;
        int b = 0;
        for (int f = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += Float.intBitsToFloat((bytes[b] & 0xff)
                        | (bytes[b + 1] & 0xff) << 8
                        | (bytes[b + 2] & 0xff) << 16
                        | bytes[b + 3] << 24);
                b += 4;
            }
            mono[start + f] = sum * scale;
        }
    }

    /**
     * Appends {@code count} samples of each channel, channel {@code c} from {@code offsets[c]} of
     * {@code channels[c]}: floats with full scale at 1, as JOrbis decodes them.
     */
    static void appendPlanar(float[][] channels, int[] offsets, int channelCount, int count, MonoSamples out) {
        out.reserve(count);
        float[] mono = out.array();
        int start = out.size();
        if (channelCount == 1) {
            System.arraycopy(channels[0], offsets[0], mono, start, count);
        } else if (channelCount == 2) {
            float[] left = channels[0];
            float[] right = channels[1];
            int l = offsets[0];
            int r = offsets[1];
            for (int i = 0; i < count; i++) {
                mono[start + i] = (left[l + i] + right[r + i]) * 0.5f;
            }
        } else {
            float scale = 1f / channelCount;
            for (int i = 0; i < count; i++) {
                float sum = 0;
                for (int c = 0; c < channelCount; c++) {
                    sum += channels[c][offsets[c] + i];
                }
                mono[start + i] = sum * scale;
            }
        }
        out.advance(count);
    }
}
