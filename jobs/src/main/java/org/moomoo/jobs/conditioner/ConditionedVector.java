package org.moomoo.jobs.conditioner;

/** A conditioned vector and the conditioner that made it. */
record ConditionedVector(String filepath, float[] vector, String conditionerHash) {}
