package org.moomoo.jobs.embed.audio;

/** A decoded track down-mixed to mono, at the rate it was stored at. */
record MonoTrack(float[] samples, int sampleRate) {}
