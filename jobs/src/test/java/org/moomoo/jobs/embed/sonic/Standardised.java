package org.moomoo.jobs.embed.sonic;

import java.util.ArrayList;
import java.util.List;

/**
 * Vectors with each dimension standardised across the set (z-scores), as the conditioner does for
 * {@code sonic-v1} before its PCA. A dimension that does not vary becomes 0.
 */
final class Standardised {

    private Standardised() {}

    static List<double[]> of(List<float[]> vectors) {
        int dimension = vectors.get(0).length;
        double[] mean = new double[dimension];
        double[] spread = new double[dimension];
        for (int d = 0; d < dimension; d++) {
            Moments moments = new Moments();
            for (float[] vector : vectors) {
                moments.add(vector[d]);
            }
            mean[d] = moments.mean();
            spread[d] = moments.spread();
        }
        List<double[]> standardised = new ArrayList<>();
        for (float[] vector : vectors) {
            double[] z = new double[dimension];
            for (int d = 0; d < dimension; d++) {
                z[d] = spread[d] > 0 ? (vector[d] - mean[d]) / spread[d] : 0;
            }
            standardised.add(z);
        }
        return standardised;
    }
}
