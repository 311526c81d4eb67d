package org.moomoo.jobs.embed.sonic;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Short-time power spectra of a window: frames of {@link #FRAME_LENGTH} samples every {@link #HOP}
 * samples, each multiplied by a periodic Hann window and transformed with a real FFT. Frames start at
 * sample 0 and stop before running past the end (no padding), so a window shorter than one frame has
 * no frames.
 *
 * <p>One instance serves one embedding call: it reuses its frame and power buffers, so it is not
 * safe to share between threads. A 2048-point transform is below JTransforms' threading threshold
 * (8,192 points), so it runs on the calling thread; parallelism comes from embedding several files
 * at once.
 */
final class Spectrogram {

    /** Samples per frame: 93 ms at 22,050 Hz, fine enough to resolve 10.8 Hz bins. */
    static final int FRAME_LENGTH = 2048;

    /** Samples between frame starts: 43.07 frames per second at 22,050 Hz. */
    static final int HOP = 512;

    /** Power bins per frame, from 0 Hz to the Nyquist frequency inclusive. */
    static final int BINS = FRAME_LENGTH / 2 + 1;

    private static final float[] HANN = periodicHann(FRAME_LENGTH);

    private final FloatFFT_1D fft = new FloatFFT_1D(FRAME_LENGTH);
    private final float[] frame = new float[FRAME_LENGTH];
    private final float[] power = new float[BINS];

    /** How many whole frames fit in {@code samples} samples. */
    static int frameCount(int samples) {
        return samples < FRAME_LENGTH ? 0 : 1 + (samples - FRAME_LENGTH) / HOP;
    }

    /** The centre frequency, in Hz, of power bin {@code bin}. */
    static double binFrequency(int bin, int sampleRate) {
        return (double) bin * sampleRate / FRAME_LENGTH;
    }

    /**
     * The power spectrum (squared magnitude, unscaled) of frame {@code frameIndex} of {@code samples}.
     * The returned array is this instance's buffer: it is overwritten by the next call.
     */
    float[] power(float[] samples, int frameIndex) {
        int start = frameIndex * HOP;
        for (int i = 0; i < FRAME_LENGTH; i++) {
            frame[i] = samples[start + i] * HANN[i];
        }
        fft.realForward(frame);
        // JTransforms packs the real parts of bins 0 and n/2 into a[0] and a[1], then re/im pairs.
        power[0] = frame[0] * frame[0];
        power[BINS - 1] = frame[1] * frame[1];
        for (int k = 1; k < BINS - 1; k++) {
            float re = frame[2 * k];
            float im = frame[2 * k + 1];
            power[k] = re * re + im * im;
        }
        return power;
    }

    private static float[] periodicHann(int length) {
        // Periodic (not symmetric) so that overlapping frames at hop length/4 sum to a constant.
        float[] window = new float[length];
        for (int i = 0; i < length; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / length));
        }
        return window;
    }
}
