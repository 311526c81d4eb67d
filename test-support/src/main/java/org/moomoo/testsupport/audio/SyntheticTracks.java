package org.moomoo.testsupport.audio;

import java.util.Random;

/**
 * Synthetic tracks of five kinds that differ in timbre, tempo and register, each drawn with random
 * notes, a tempo within 5 % of the kind's, a random level and a little background noise, so that
 * tracks of one kind are alike but never equal.
 */
public final class SyntheticTracks {

    /** The kinds of track, with their nominal tempo (0: no beat). */
    public enum Kind {
        /** Low sine bass notes, one per beat, 41-110 Hz. */
        SINE_BASS_LINE(70),
        /** Bright naive sawtooth lead, a note per beat, 330-1,050 Hz. */
        SAW_LEAD(140),
        /** White-noise bursts on the beats and quieter short ones between them. */
        NOISE_PERCUSSION(120),
        /** Karplus-Strong plucked strings, 520-2,100 Hz, ringing over each other. */
        PLUCKED_ARPEGGIO(100),
        /** Slowly cross-fading chords of soft harmonic tones, no beat. */
        SUSTAINED_PADS(0);

        private final double bpm;

        Kind(double bpm) {
            this.bpm = bpm;
        }
    }

    private final int sampleRate;

    /** Tracks sampled at {@code sampleRate}, mono. */
    public SyntheticTracks(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** {@code seconds} of a track of {@code kind}, every random choice drawn from {@code random}. */
    public float[] generate(Kind kind, Random random, double seconds) {
        float[] track = new float[(int) (seconds * sampleRate)];
        double beat = kind.bpm == 0 ? 0 : 60 / (kind.bpm * (0.95 + 0.1 * random.nextDouble()));
        double level = 0.3 + 0.5 * random.nextDouble();
        switch (kind) {
            case SINE_BASS_LINE -> sineBass(track, random, beat, level);
            case SAW_LEAD -> sawLead(track, random, beat, level);
            case NOISE_PERCUSSION -> percussion(track, random, beat, level);
            case PLUCKED_ARPEGGIO -> plucks(track, random, beat, level);
            case SUSTAINED_PADS -> pads(track, random, level);
        }
        double noise = 0.002 + 0.006 * random.nextDouble();
        for (int i = 0; i < track.length; i++) {
            track[i] += (float) (noise * random.nextGaussian());
        }
        return track;
    }

    private void sineBass(float[] track, Random random, double beat, double level) {
        for (double start = 0; start < seconds(track); start += beat) {
            double hz = midiToHz(28 + random.nextInt(18));
            int from = (int) (start * sampleRate);
            int length = (int) (beat * sampleRate);
            for (int i = 0; i < length && from + i < track.length; i++) {
                double t = (double) i / sampleRate;
                double envelope = Math.min(1, t / 0.01) * Math.exp(-t / (0.5 * beat));
                track[from + i] += (float) (level * envelope * Math.sin(2 * Math.PI * hz * t));
            }
        }
    }

    private void sawLead(float[] track, Random random, double beat, double level) {
        for (double start = 0; start < seconds(track); start += beat) {
            double hz = midiToHz(64 + random.nextInt(21));
            int from = (int) (start * sampleRate);
            int length = (int) (0.8 * beat * sampleRate);
            for (int i = 0; i < length && from + i < track.length; i++) {
                double phase = (hz * i / sampleRate) % 1.0;
                double envelope = Math.min(1, i / (0.005 * sampleRate));
                track[from + i] += (float) (0.6 * level * envelope * (2 * phase - 1));
            }
        }
    }

    private void percussion(float[] track, Random random, double beat, double level) {
        for (double start = 0; start < seconds(track); start += beat / 2) {
            boolean onBeat = Math.round(start / beat * 2) % 2 == 0;
            double decay = onBeat ? 0.08 : 0.02;
            double gain = level * (onBeat ? 1.0 : 0.4);
            int from = (int) (start * sampleRate);
            for (int i = 0; i < 0.4 * beat * sampleRate && from + i < track.length; i++) {
                double t = (double) i / sampleRate;
                track[from + i] += (float) (gain * Math.exp(-t / decay) * (2 * random.nextDouble() - 1));
            }
        }
    }

    private void plucks(float[] track, Random random, double beat, double level) {
        for (double start = 0; start < seconds(track); start += beat) {
            double hz = midiToHz(72 + random.nextInt(25));
            int from = (int) (start * sampleRate);
            float[] pluck = karplusStrong(hz, (int) (1.5 * sampleRate), random);
            for (int i = 0; i < pluck.length && from + i < track.length; i++) {
                track[from + i] += (float) (level * pluck[i]);
            }
        }
    }

    // A burst of noise circulating in a delay line one period long, averaged on every pass: the
    // averaging damps high partials first, which is the plucked-string sound.
    private float[] karplusStrong(double hz, int length, Random random) {
        int period = Math.max(2, (int) Math.round(sampleRate / hz));
        float[] delay = new float[period];
        for (int i = 0; i < period; i++) {
            delay[i] = (float) (2 * random.nextDouble() - 1);
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            int at = i % period;
            float next = delay[(at + 1) % period];
            out[i] = delay[at];
            delay[at] = 0.996f * 0.5f * (delay[at] + next);
        }
        return out;
    }

    private void pads(float[] track, Random random, double level) {
        double fade = 1.5;
        double start = 0;
        while (start < seconds(track)) {
            double length = 6 + 4 * random.nextDouble();
            int root = 48 + random.nextInt(13);
            int[] chord = random.nextBoolean() ? new int[] {0, 4, 7, 11} : new int[] {0, 3, 7, 10};
            int from = (int) (start * sampleRate);
            int samples = (int) ((length + fade) * sampleRate);
            for (int note : chord) {
                double hz = midiToHz(root + note);
                for (int i = 0; i < samples && from + i < track.length; i++) {
                    double t = (double) i / sampleRate;
                    double envelope = Math.min(1, Math.min(t / fade, (length + fade - t) / fade));
                    double tone = Math.sin(2 * Math.PI * hz * t) + 0.3 * Math.sin(4 * Math.PI * hz * t);
                    track[from + i] += (float) (0.15 * level * envelope * tone);
                }
            }
            start += length;
        }
    }

    private double seconds(float[] track) {
        return (double) track.length / sampleRate;
    }

    private static double midiToHz(int note) {
        return 440 * Math.pow(2, (note - 69) / 12.0);
    }
}
