package org.moomoo.jobs.embed.sonic;

/**
 * The onset-strength envelope of a window, one value per frame: the mean rise of the log-mel bands
 * since the frame before (positive spectral flux, in dB per frame; falls count for nothing, and the
 * first frame is 0). Notes, hits and chord changes make it peak; steady sounds keep it low and flat.
 */
final class OnsetEnvelope {

    // An onset is the largest envelope value within this many frames each side (about 70 ms).
    private static final int PEAK_HALF_WIDTH = 3;
    // The local mean an onset must exceed spans this many frames each side (about 0.5 s).
    private static final int THRESHOLD_HALF_WIDTH = 21;

    private OnsetEnvelope() {}

    static float[] of(LogMelSpectrogram logMel) {
        int bands = logMel.bands();
        float[] db = logMel.decibels();
        float[] envelope = new float[logMel.frames()];
        for (int t = 1; t < envelope.length; t++) {
            float rise = 0;
            int now = t * bands;
            int before = now - bands;
            for (int b = 0; b < bands; b++) {
                rise += Math.max(0, db[now + b] - db[before + b]);
            }
            envelope[t] = rise / bands;
        }
        return envelope;
    }

    /**
     * How many onsets {@code envelope} shows. An onset is a local maximum that stands above the mean
     * of the surrounding half second by half the envelope's spread and by the local mean itself; the
     * second condition keeps the small frame-to-frame flicker of steady sounds (pads, noise floors)
     * from counting.
     */
    static int countOnsets(float[] envelope, double spread) {
        // Prefix sums give the local mean around each frame in constant time.
        double[] prefix = new double[envelope.length + 1];
        for (int t = 0; t < envelope.length; t++) {
            prefix[t + 1] = prefix[t] + envelope[t];
        }
        int onsets = 0;
        for (int t = 1; t < envelope.length; t++) {
            float value = envelope[t];
            if (value <= envelope[t - 1] || !isLocalMaximum(envelope, t)) {
                continue;
            }
            int from = Math.max(0, t - THRESHOLD_HALF_WIDTH);
            int to = Math.min(envelope.length, t + THRESHOLD_HALF_WIDTH + 1);
            double localMean = (prefix[to] - prefix[from]) / (to - from);
            if (value > localMean + Math.max(0.5 * spread, localMean)) {
                onsets++;
            }
        }
        return onsets;
    }

    private static boolean isLocalMaximum(float[] envelope, int t) {
        int from = Math.max(0, t - PEAK_HALF_WIDTH);
        int to = Math.min(envelope.length - 1, t + PEAK_HALF_WIDTH);
        for (int u = from; u <= to; u++) {
            if (envelope[u] > envelope[t]) {
                return false;
            }
        }
        return true;
    }
}
