package org.moomoo.jobs.embed.sonic;

/**
 * Rhythm features from the {@link OnsetEnvelope}: the envelope's mean and spread, how many onsets
 * per second it shows, and its periodicity.
 *
 * <p>Periodicity comes from the autocorrelation of the (lightly smoothed, mean-removed) envelope,
 * normalised so that lag 0 is 1. The tempo estimate is the lag between {@link #MIN_BPM} and
 * {@link #MAX_BPM} that maximises the autocorrelation weighted by a log-normal preference around
 * 120 BPM (one octave wide), which settles the usual half- or double-tempo ambiguity. Because a
 * single BPM jumps between octaves and means nothing without a beat, {@link #TEMPO_BANDS} tempo-band
 * strengths come with it: the largest autocorrelation under triangular windows centred on
 * log-spaced tempos from 40 to 240 BPM, so a beat drifting from one band towards the next moves the
 * features smoothly.
 *
 * <p>Immutable; safe to share between threads.
 */
final class OnsetTempo {

    static final double MIN_BPM = 40;
    static final double MAX_BPM = 240;
    static final int TEMPO_BANDS = 8;

    private static final double PREFERRED_BPM = 120;
    private static final double PREFERENCE_OCTAVES = 1.0;
    // Octaves between neighbouring band centres; each triangle reaches the next centre.
    private static final double BAND_SPACING_OCTAVES = log2(MAX_BPM / MIN_BPM) / (TEMPO_BANDS - 1);

    private final double framesPerSecond;

    OnsetTempo(double framesPerSecond) {
        this.framesPerSecond = framesPerSecond;
    }

    /** What {@link #analyse} finds; {@code tempoBands} has {@link #TEMPO_BANDS} values in [0, 1]. */
    record Rhythm(
            double strengthMean,
            double strengthSpread,
            double onsetsPerSecond,
            double tempoBpm,
            double pulseClarity,
            double[] tempoBands) {}

    Rhythm analyse(LogMelSpectrogram logMel) {
        float[] envelope = OnsetEnvelope.of(logMel);
        Moments strength = new Moments();
        for (float value : envelope) {
            strength.add(value);
        }
        double onsetsPerSecond = envelope.length == 0
                ? 0
                : OnsetEnvelope.countOnsets(envelope, strength.spread()) * framesPerSecond / envelope.length;
        double[] autocorrelation = autocorrelation(smooth(envelope), maxLag());
        return new Rhythm(
                strength.mean(),
                strength.spread(),
                onsetsPerSecond,
                tempo(autocorrelation),
                pulseClarity(autocorrelation),
                tempoBands(autocorrelation));
    }

    // Beats fall between frames, so a click's peak alternates between neighbouring lags; a binomial
    // kernel (sigma of one frame) lets the autocorrelation peak at the true period.
    private static double[] smooth(float[] envelope) {
        double[] smoothed = new double[envelope.length];
        double[] kernel = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};
        for (int t = 0; t < envelope.length; t++) {
            double sum = 0;
            for (int i = 0; i < kernel.length; i++) {
                int u = Math.min(envelope.length - 1, Math.max(0, t + i - 2));
                sum += kernel[i] * envelope[u];
            }
            smoothed[t] = sum;
        }
        return smoothed;
    }

    /** Normalised autocorrelation for lags 0..maxLag; all zeros when the envelope is constant. */
    private static double[] autocorrelation(double[] signal, int maxLag) {
        double[] r = new double[maxLag + 1];
        int n = signal.length;
        if (n == 0) {
            return r;
        }
        double mean = 0;
        for (double value : signal) {
            mean += value;
        }
        mean /= n;
        double[] centred = new double[n];
        for (int t = 0; t < n; t++) {
            centred[t] = signal[t] - mean;
        }
        for (int lag = 0; lag <= Math.min(maxLag, n - 1); lag++) {
            double sum = 0;
            for (int t = 0; t + lag < n; t++) {
                sum += centred[t] * centred[t + lag];
            }
            r[lag] = sum;
        }
        double energy = r[0];
        if (!(energy > 1e-12)) {
            return new double[maxLag + 1];
        }
        for (int lag = 0; lag <= maxLag; lag++) {
            r[lag] /= energy;
        }
        return r;
    }

    private double tempo(double[] r) {
        int minLag = (int) Math.ceil(lagOf(MAX_BPM));
        int maxLag = (int) Math.floor(lagOf(MIN_BPM));
        int best = -1;
        double bestScore = 0;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double score = r[lag] * preference(bpmOf(lag));
            if (score > bestScore) {
                best = lag;
                bestScore = score;
            }
        }
        if (best < 0) {
            return 0;
        }
        // A parabola through the peak and its neighbours places the period between whole frames.
        double left = r[best - 1];
        double centre = r[best];
        double right = r[best + 1];
        double curvature = left - 2 * centre + right;
        double shift = curvature < 0 ? 0.5 * (left - right) / curvature : 0;
        return bpmOf(best + Math.max(-0.5, Math.min(0.5, shift)));
    }

    private double pulseClarity(double[] r) {
        double clearest = 0;
        for (int lag = (int) Math.ceil(lagOf(MAX_BPM)); lag <= (int) Math.floor(lagOf(MIN_BPM)); lag++) {
            clearest = Math.max(clearest, r[lag]);
        }
        return clearest;
    }

    private double[] tempoBands(double[] r) {
        double[] strengths = new double[TEMPO_BANDS];
        for (int band = 0; band < TEMPO_BANDS; band++) {
            double centre = log2(MIN_BPM) + band * BAND_SPACING_OCTAVES;
            for (int lag = 1; lag < r.length; lag++) {
                double distance = Math.abs(log2(bpmOf(lag)) - centre) / BAND_SPACING_OCTAVES;
                if (distance < 1) {
                    strengths[band] = Math.max(strengths[band], r[lag] * (1 - distance));
                }
            }
        }
        return strengths;
    }

    // Long enough for the lowest band's triangle (one spacing below 40 BPM) plus one for the parabola.
    private int maxLag() {
        return (int) Math.ceil(lagOf(MIN_BPM / Math.pow(2, BAND_SPACING_OCTAVES))) + 1;
    }

    private static double preference(double bpm) {
        double octaves = log2(bpm / PREFERRED_BPM) / PREFERENCE_OCTAVES;
        return Math.exp(-0.5 * octaves * octaves);
    }

    private double lagOf(double bpm) {
        return 60 * framesPerSecond / bpm;
    }

    private double bpmOf(double lag) {
        return 60 * framesPerSecond / lag;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
