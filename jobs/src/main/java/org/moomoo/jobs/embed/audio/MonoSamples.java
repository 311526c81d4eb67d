package org.moomoo.jobs.embed.audio;

import java.util.Arrays;

/**
 * A growable array of mono samples that decoders write into directly: {@link #reserve} makes room,
 * the decoder fills {@link #array()} from {@link #size()} on and then {@link #advance}s. Not
 * thread-safe; each decoding has its own.
 */
final class MonoSamples {

    private float[] samples;
    private int size;

    MonoSamples(int initialCapacity) {
        this.samples = new float[Math.max(16, initialCapacity)];
    }

    /** Makes room for {@code count} more samples; the array may change, so fetch it afterwards. */
    void reserve(int count) {
        long needed = (long) size + count;
        if (needed <= samples.length) {
            return;
        }
        if (needed > Integer.MAX_VALUE - 16) {
            throw new DecodingException("too long to decode (more than 2^31 samples): split it into shorter files");
        }
        long grown = Math.max(needed, samples.length + (samples.length >> 1));
        samples = Arrays.copyOf(samples, (int) Math.min(grown, Integer.MAX_VALUE - 16));
    }

    float[] array() {
        return samples;
    }

    int size() {
        return size;
    }

    void advance(int count) {
        size += count;
    }

    /** The samples written so far, in an array of exactly that length. */
    float[] toArray() {
        return size == samples.length ? samples : Arrays.copyOf(samples, size);
    }
}
