package org.moomoo.jobs.embed.audio;

import java.util.Arrays;

/**
 * The part of a track an embedder sees: at most {@code maxSeconds} from its middle, cut exactly as
 * the original did (spec/ml.md section 1). With {@code n} samples and
 * {@code L = min(maxSeconds * sampleRate, n)} the window is {@code [ceil(n/2 - L/2),
 * floor(n/2 + L/2))}. When {@code n} and {@code L} differ in parity that is {@code L - 1} samples,
 * not {@code L}; the original cut the same way, so vectors stay comparable with it.
 */
public final class MiddleWindow {

    private MiddleWindow() {}

    /**
     * A new array with the middle window of {@code samples}.
     *
     * @throws IllegalArgumentException when the rate is not positive or {@code maxSeconds} is
     *     negative or not a number
     */
    public static float[] of(float[] samples, int sampleRate, double maxSeconds) {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, not " + sampleRate);
        }
        if (!(maxSeconds >= 0)) {
            throw new IllegalArgumentException("maxSeconds must be zero or more, not " + maxSeconds);
        }
        int n = samples.length;
        // Halves of ints are exact in a double, so this is the formula's exact arithmetic.
        double length = Math.min(maxSeconds * sampleRate, n);
        int start = (int) Math.ceil(n / 2.0 - length / 2);
        int end = (int) Math.floor(n / 2.0 + length / 2);
        return Arrays.copyOfRange(samples, start, Math.max(start, end));
    }
}
