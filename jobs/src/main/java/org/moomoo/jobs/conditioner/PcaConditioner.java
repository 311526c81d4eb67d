package org.moomoo.jobs.conditioner;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.moomoo.jobs.worklist.Md5Key;

/**
 * A fitted conditioner: {@code (x - mean) / scale}, projected onto {@link #COMPONENTS} principal
 * components (no whitening), giving the 50-d vectors everything downstream uses (spec/ml.md 2).
 *
 * @param embedder              the embedder whose raw vectors it conditions
 * @param means                 per input dimension
 * @param scales                per input dimension (all 1 when the fit did not standardise)
 * @param projection            {@code COMPONENTS x inputDimension}, row-major; rows beyond the data's rank are zero
 * @param explainedVariance     variance along each component
 * @param fittedRows            how many vectors the fit saw
 * @param nearDuplicateDistance L2 distance under which two conditioned vectors count as the same recording
 */
public record PcaConditioner(
        String embedder,
        double[] means,
        double[] scales,
        double[] projection,
        double[] explainedVariance,
        int fittedRows,
        double nearDuplicateDistance) {

    /** Every conditioned vector has this many dimensions. */
    public static final int COMPONENTS = 50;
    /** The artifact name the original gave its model. */
    public static final String NAME = "pca_d50";

    public PcaConditioner {
        Objects.requireNonNull(embedder);
        if (means.length != scales.length
                || projection.length != COMPONENTS * means.length
                || explainedVariance.length != COMPONENTS) {
            throw new IllegalArgumentException(
                    "inconsistent conditioner: " + means.length + " means, " + scales.length + " scales, "
                            + projection.length + " projection values, " + explainedVariance.length + " variances");
        }
    }

    /** Length of the raw vectors it takes. */
    public int inputDimension() {
        return means.length;
    }

    /** First 6 hex digits of the md5 of the projection matrix, as the original named its artifacts. */
    public String hash() {
        ByteBuffer bytes = ByteBuffer.allocate(projection.length * Double.BYTES);
        for (double value : projection) {
            bytes.putDouble(value);
        }
        return Md5Key.hex(bytes.array()).substring(0, 6);
    }

    /** The conditioned 50-d vector of one raw vector. */
    public float[] apply(float[] raw) {
        int d = inputDimension();
        if (raw.length != d) {
            throw new IllegalArgumentException(
                    "a raw vector of " + raw.length + " dimensions, the conditioner takes " + d);
        }
        double[] centred = new double[d];
        for (int j = 0; j < d; j++) {
            centred[j] = (raw[j] - means[j]) / scales[j];
        }
        float[] out = new float[COMPONENTS];
        for (int c = 0; c < COMPONENTS; c++) {
            double sum = 0;
            int row = c * d;
            for (int j = 0; j < d; j++) {
                sum += projection[row + j] * centred[j];
            }
            out[c] = (float) sum;
        }
        return out;
    }
}
