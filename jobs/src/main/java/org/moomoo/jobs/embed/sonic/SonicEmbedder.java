package org.moomoo.jobs.embed.sonic;

import java.util.Objects;
import org.moomoo.jobs.embed.Embedder;
import org.moomoo.jobs.embed.EmbeddingException;

/**
 * {@code sonic-v1}: a pure-Java description of how a window sounds (timbre, pitch content, rhythm and
 * dynamics), needing no model. Mono samples at 22,050 Hz are cut into 2048-sample Hann frames every
 * 512 samples (43.07 frames per second) and each frame's power spectrum feeds the features below.
 * Statistics over frames are the mean and the population standard deviation ("spread"). A window
 * shorter than one frame (2048 samples), or with a NaN, infinite or wildly out-of-range sample, is
 * refused with an {@link EmbeddingException}; anything else, silence included, gives finite values.
 *
 * <p>The {@value #DIMENSION} values, in order:
 * <table>
 * <caption>Vector layout</caption>
 * <tr><th>offset</th><th>count</th><th>feature</th></tr>
 * <tr><td>0</td><td>40</td><td>log-mel band energy means (dB), 40 HTK-mel bands from 30 Hz to
 *     11,025 Hz, lowest first, each minus the mean of the 40 (the spectral envelope, not the gain)</td></tr>
 * <tr><td>40</td><td>40</td><td>log-mel band energy spreads (dB), same bands</td></tr>
 * <tr><td>80</td><td>20</td><td>MFCC 1-20 means (orthonormal DCT-II of the log-mel frame; 0 is left out)</td></tr>
 * <tr><td>100</td><td>20</td><td>MFCC 1-20 spreads</td></tr>
 * <tr><td>120</td><td>12</td><td>chroma means, C to B (60-5,000 Hz, each frame summing to 1)</td></tr>
 * <tr><td>132</td><td>12</td><td>chroma spreads, C to B</td></tr>
 * <tr><td>144</td><td>2</td><td>spectral centroid mean, spread (Hz)</td></tr>
 * <tr><td>146</td><td>2</td><td>spectral bandwidth mean, spread (Hz)</td></tr>
 * <tr><td>148</td><td>2</td><td>spectral roll-off (85 %) mean, spread (Hz)</td></tr>
 * <tr><td>150</td><td>2</td><td>spectral flatness of the mel bands mean, spread (0-1)</td></tr>
 * <tr><td>152</td><td>7</td><td>spectral contrast means (dB, peak-to-mean power) in the bands 0-200,
 *     200-400, 400-800, 800-1,600, 1,600-3,200, 3,200-6,400 and 6,400-11,025 Hz</td></tr>
 * <tr><td>159</td><td>3</td><td>onset strength mean, spread (dB per frame); onsets per second (see
 *     {@link OnsetEnvelope})</td></tr>
 * <tr><td>162</td><td>2</td><td>tempo estimate (BPM, 40-240; 0 without any periodicity); pulse
 *     clarity (largest normalised onset autocorrelation in that range, 0-1)</td></tr>
 * <tr><td>164</td><td>8</td><td>tempo-band strengths at 40, 51.7, 66.7, 86.2, 111.4, 143.8, 185.8 and
 *     240 BPM (0-1)</td></tr>
 * <tr><td>172</td><td>4</td><td>frame RMS level mean, spread, 95th percentile, and dynamic range
 *     (95th minus 10th percentile), in dBFS / dB</td></tr>
 * <tr><td>176</td><td>2</td><td>zero-crossing rate mean, spread (crossings per sample)</td></tr>
 * </table>
 *
 * <p>Everything but the level block (172-175) is independent of the gain: decibel values are
 * floored relative to the window's loudest band (see {@link LogMelSpectrogram}). The values have
 * very different scales, which is why the conditioner standardises each dimension before its PCA.
 *
 * <p>Rows record the embedder's name, so any change to a feature, a constant or the order must come
 * with a new name ({@code sonic-v2}) for the library to be re-embedded consistently.
 *
 * <p>Deterministic and safe to call from several threads at once: the filter tables are built once
 * and only read; every call has its own FFT and buffers.
 */
public final class SonicEmbedder implements Embedder {

    /** The name stored with each vector. */
    public static final String NAME = "sonic-v1";

    /** Samples per second the window must have. */
    public static final int SAMPLE_RATE = 22_050;

    /** Length of every vector; see the class comment for the layout. */
    public static final int DIMENSION = 178;

    private static final int MEL_BANDS = 40;
    private static final double MEL_MIN_HZ = 30;
    private static final int MFCC_COEFFICIENTS = 20;
    private static final double CHROMA_MIN_HZ = 60;
    private static final double CHROMA_MAX_HZ = 5000;
    private static final float MAX_ABS_SAMPLE = 1000;

    private final MelFilterBank melBank =
            new MelFilterBank(MEL_BANDS, MEL_MIN_HZ, SAMPLE_RATE / 2.0, SAMPLE_RATE, Spectrogram.FRAME_LENGTH);
    private final Mfcc mfcc = new Mfcc(MEL_BANDS, MFCC_COEFFICIENTS);
    private final Chroma chroma = new Chroma(CHROMA_MIN_HZ, CHROMA_MAX_HZ, SAMPLE_RATE, Spectrogram.FRAME_LENGTH);
    private final SpectralShape spectralShape = new SpectralShape(SAMPLE_RATE, Spectrogram.FRAME_LENGTH);
    private final OnsetTempo onsetTempo = new OnsetTempo((double) SAMPLE_RATE / Spectrogram.HOP);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int sampleRate() {
        return SAMPLE_RATE;
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(float[] window) {
        Objects.requireNonNull(window, "window");
        int frames = Spectrogram.frameCount(window.length);
        if (frames == 0) {
            throw new EmbeddingException("window too short to embed (" + window.length + " samples)");
        }
        requirePlausibleSamples(window);

        Spectrogram spectrogram = new Spectrogram();
        float[] melPower = new float[frames * MEL_BANDS];
        float[] pitchClasses = new float[frames * Chroma.CLASSES];
        Moments[] shape = Moments.block(SpectralShape.VALUES);
        double[] shapeValues = new double[SpectralShape.VALUES];
        for (int t = 0; t < frames; t++) {
            float[] power = spectrogram.power(window, t);
            melBank.apply(power, melPower, t * MEL_BANDS);
            chroma.apply(power, pitchClasses, t * Chroma.CLASSES);
            spectralShape.measure(power, shapeValues);
            for (int i = 0; i < shapeValues.length; i++) {
                shape[i].add(shapeValues[i]);
            }
        }
        LogMelSpectrogram logMel = LogMelSpectrogram.fromPower(melPower, frames, MEL_BANDS);
        Chroma.normalise(pitchClasses, frames);

        FeatureVector vector = new FeatureVector(DIMENSION);
        addMelAndCepstrum(logMel, vector);
        addChroma(pitchClasses, frames, vector);
        addSpectralShape(shape, logMel, vector);
        addRhythm(onsetTempo.analyse(logMel), vector);
        Loudness.Levels levels = Loudness.measure(window, frames);
        vector.addAll(new double[] {levels.mean(), levels.spread(), levels.loud(), levels.range()});
        ZeroCrossings.Rate crossings = ZeroCrossings.measure(window, frames);
        vector.addAll(new double[] {crossings.mean(), crossings.spread()});
        return vector.toArray();
    }

    private void addMelAndCepstrum(LogMelSpectrogram logMel, FeatureVector vector) {
        float[] db = logMel.decibels();
        Moments[] bands = Moments.block(MEL_BANDS);
        Moments[] cepstrum = Moments.block(MFCC_COEFFICIENTS);
        float[] coefficients = new float[MFCC_COEFFICIENTS];
        for (int t = 0; t < logMel.frames(); t++) {
            int offset = t * MEL_BANDS;
            for (int b = 0; b < MEL_BANDS; b++) {
                bands[b].add(db[offset + b]);
            }
            mfcc.apply(db, offset, coefficients);
            for (int j = 0; j < MFCC_COEFFICIENTS; j++) {
                cepstrum[j].add(coefficients[j]);
            }
        }
        double level = 0;
        for (Moments band : bands) {
            level += band.mean() / MEL_BANDS;
        }
        for (Moments band : bands) {
            vector.add(band.mean() - level);
        }
        vector.addSpreads(bands);
        vector.addMeans(cepstrum);
        vector.addSpreads(cepstrum);
    }

    private static void addChroma(float[] pitchClasses, int frames, FeatureVector vector) {
        Moments[] classes = Moments.block(Chroma.CLASSES);
        for (int t = 0; t < frames; t++) {
            for (int c = 0; c < Chroma.CLASSES; c++) {
                classes[c].add(pitchClasses[t * Chroma.CLASSES + c]);
            }
        }
        vector.addMeans(classes);
        vector.addSpreads(classes);
    }

    private static void addSpectralShape(Moments[] shape, LogMelSpectrogram logMel, FeatureVector vector) {
        Moments flatness = new Moments();
        for (int t = 0; t < logMel.frames(); t++) {
            flatness.add(SpectralShape.flatness(logMel.decibels(), t * MEL_BANDS, MEL_BANDS));
        }
        for (int i = 0; i < SpectralShape.CONTRAST_OFFSET; i++) {
            vector.add(shape[i].mean());
            vector.add(shape[i].spread());
        }
        vector.add(flatness.mean());
        vector.add(flatness.spread());
        for (int b = 0; b < SpectralShape.CONTRAST_BANDS; b++) {
            vector.add(shape[SpectralShape.CONTRAST_OFFSET + b].mean());
        }
    }

    private static void addRhythm(OnsetTempo.Rhythm rhythm, FeatureVector vector) {
        vector.add(rhythm.strengthMean());
        vector.add(rhythm.strengthSpread());
        vector.add(rhythm.onsetsPerSecond());
        vector.add(rhythm.tempoBpm());
        vector.add(rhythm.pulseClarity());
        vector.addAll(rhythm.tempoBands());
    }

    // Decoders give samples in [-1, 1]; anything far outside (or NaN) is a bug upstream, and would
    // overflow the float power spectra into infinities.
    private static void requirePlausibleSamples(float[] window) {
        for (int i = 0; i < window.length; i++) {
            if (!(Math.abs(window[i]) <= MAX_ABS_SAMPLE)) {
                throw new EmbeddingException("window has a sample far outside [-1, 1] (" + window[i] + ") at index " + i
                        + "; the decoder should give samples in [-1, 1]");
            }
        }
    }
}
