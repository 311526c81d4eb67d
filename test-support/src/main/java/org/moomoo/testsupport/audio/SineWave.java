package org.moomoo.testsupport.audio;

/** Pure tones with a known answer, for the resampler and the sonic features. */
public final class SineWave {

    private SineWave() {}

    /** {@code amplitude * sin(2 pi frequency t)} sampled at {@code rate} for {@code seconds}. */
    public static float[] of(double frequency, double amplitude, int rate, double seconds) {
        float[] samples = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return samples;
    }
}
