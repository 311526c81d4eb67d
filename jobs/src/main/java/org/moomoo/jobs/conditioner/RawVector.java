package org.moomoo.jobs.conditioner;

/** A raw vector waiting to be conditioned. */
record RawVector(String filepath, float[] vector) {}
