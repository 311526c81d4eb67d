package org.moomoo.jobs.conditioner;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Fits a {@link PcaConditioner} to raw vectors: per-dimension mean (and, for features on
 * different scales, standard deviation), then the eigenvectors of the covariance matrix with EJML.
 *
 * <p>Components are sorted by variance, their signs fixed so that each one's largest entry is
 * positive (a fit is reproducible), and components beyond the data's rank, or beyond the input
 * dimension, are zero: a library of 20 files still gets 50-d vectors.
 */
public final class PcaFitter {

    /** Eigenvalues this small, relative to the largest, are numerical noise of a rank-deficient fit. */
    private static final double RANK_TOLERANCE = 1e-9;

    private PcaFitter() {}

    /**
     * @param embedder           the embedder that made {@code vectors}
     * @param vectors            raw vectors, all of one length, in a fixed order (by path)
     * @param standardise        divide each dimension by its standard deviation before the PCA
     * @param nearDuplicateFixed the near-duplicate distance to keep (0.5 for MERT), or null to calibrate it
     */
    public static PcaConditioner fit(
            String embedder, List<float[]> vectors, boolean standardise, Double nearDuplicateFixed) {
        if (vectors.isEmpty()) {
            throw new IllegalArgumentException("no vectors to fit a conditioner to");
        }
        int n = vectors.size();
        int d = vectors.get(0).length;
        double[] means = new double[d];
        for (float[] v : vectors) {
            if (v.length != d) {
                throw new IllegalArgumentException(
                        "vectors of " + d + " and " + v.length + " dimensions; re-embed with one embedder");
            }
            for (int j = 0; j < d; j++) {
                means[j] += v[j];
            }
        }
        for (int j = 0; j < d; j++) {
            means[j] /= n;
        }
        double[] scales = new double[d];
        Arrays.fill(scales, 1.0);
        if (standardise) {
            double[] squares = new double[d];
            for (float[] v : vectors) {
                for (int j = 0; j < d; j++) {
                    double x = v[j] - means[j];
                    squares[j] += x * x;
                }
            }
            for (int j = 0; j < d; j++) {
                double std = Math.sqrt(squares[j] / n);
                // A constant dimension carries nothing; scale 1 keeps it at zero instead of dividing by 0.
                scales[j] = std > 1e-12 ? std : 1.0;
            }
        }

        DMatrixRMaj centred = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            float[] v = vectors.get(i);
            for (int j = 0; j < d; j++) {
                centred.unsafe_set(i, j, (v[j] - means[j]) / scales[j]);
            }
        }
        DMatrixRMaj covariance = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(centred, centred, covariance);
        CommonOps_DDRM.scale(1.0 / Math.max(1, n - 1), covariance);

        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eigen.decompose(covariance)) {
            throw new IllegalStateException("the eigen-decomposition of the covariance matrix did not converge");
        }
        Integer[] order = new Integer[d];
        for (int k = 0; k < d; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(eigen.getEigenvalue(b).real, eigen.getEigenvalue(a).real));
        double largest = Math.max(eigen.getEigenvalue(order[0]).real, 0);

        int components = PcaConditioner.COMPONENTS;
        double[] projection = new double[components * d];
        double[] variance = new double[components];
        int rank = Math.min(n - 1, d);
        for (int c = 0; c < Math.min(components, d); c++) {
            double value = eigen.getEigenvalue(order[c]).real;
            if (c >= rank || value <= largest * RANK_TOLERANCE || largest == 0) {
                break;
            }
            DMatrixRMaj vector = eigen.getEigenVector(order[c]);
            double norm = 0;
            int argmax = 0;
            for (int j = 0; j < d; j++) {
                norm += vector.get(j) * vector.get(j);
                if (Math.abs(vector.get(j)) > Math.abs(vector.get(argmax))) {
                    argmax = j;
                }
            }
            double sign = vector.get(argmax) < 0 ? -1 : 1;
            double inverseNorm = sign / Math.sqrt(norm);
            for (int j = 0; j < d; j++) {
                projection[c * d + j] = vector.get(j) * inverseNorm;
            }
            variance[c] = value;
        }
        PcaConditioner unCalibrated = new PcaConditioner(embedder, means, scales, projection, variance, n, 0);
        double nearDuplicate = nearDuplicateFixed != null ? nearDuplicateFixed : calibrate(unCalibrated, vectors);
        return new PcaConditioner(embedder, means, scales, projection, variance, n, nearDuplicate);
    }

    // The distance under which two files count as one recording encoded twice (see NearDuplicateDistance).
    private static double calibrate(PcaConditioner conditioner, List<float[]> vectors) {
        float[][] conditioned = vectors.stream().map(conditioner::apply).toArray(float[][]::new);
        return NearDuplicateDistance.calibrate(conditioned, conditioner.explainedVariance());
    }
}
