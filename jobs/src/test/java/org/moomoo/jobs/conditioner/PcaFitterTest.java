package org.moomoo.jobs.conditioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

class PcaFitterTest {

    /** Vectors with a few strong directions plus noise, on very different scales per dimension. */
    private static List<float[]> vectors(int n, int d, long seed) {
        Random random = new Random(seed);
        double[][] directions = new double[3][d];
        for (double[] direction : directions) {
            for (int j = 0; j < d; j++) {
                direction[j] = random.nextGaussian();
            }
        }
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[d];
            double a = random.nextGaussian() * 5;
            double b = random.nextGaussian() * 2;
            double c = random.nextGaussian();
            for (int j = 0; j < d; j++) {
                double scale = 1 + j % 7 * 10;
                v[j] = (float) (scale
                                * (a * directions[0][j]
                                        + b * directions[1][j]
                                        + c * directions[2][j]
                                        + 0.1 * random.nextGaussian())
                        + 3 * j);
            }
            vectors.add(v);
        }
        return vectors;
    }

    /** The centred (and scaled) data projected on its right singular vectors, computed by SVD. */
    private static double[][] projectedBySvd(List<float[]> vectors, PcaConditioner model) {
        int n = vectors.size();
        int d = model.inputDimension();
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x.set(i, j, (vectors.get(i)[j] - model.means()[j]) / model.scales()[j]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, true, true, false);
        assertThat(svd.decompose(x.copy())).isTrue();
        DMatrixRMaj v = svd.getV(null, false);
        double[] singular = svd.getSingularValues();
        DMatrixRMaj projected = new DMatrixRMaj(n, d);
        CommonOps_DDRM.mult(x, v, projected);
        // order columns by singular value, largest first
        Integer[] order = new Integer[singular.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (p, q) -> Double.compare(singular[q], singular[p]));
        double[][] out = new double[n][order.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < order.length; k++) {
                out[i][k] = projected.get(i, order[k]);
            }
        }
        return out;
    }

    @Test
    void projectionEqualsAnSvdOfTheCentredDataUpToSign() {
        // given
        List<float[]> vectors = vectors(300, 20, 1);

        // when
        PcaConditioner model = PcaFitter.fit("test", vectors, false, 0.5);

        // then: every non-zero component matches the SVD's, column by column, up to its sign
        double[][] expected = projectedBySvd(vectors, model);
        for (int k = 0; k < 20; k++) {
            double sign = Math.signum(expected[0][k]) * Math.signum(model.apply(vectors.get(0))[k]);
            for (int i = 0; i < vectors.size(); i += 37) {
                assertThat(model.apply(vectors.get(i))[k]).isCloseTo((float) (sign * expected[i][k]), within((float)
                        (1e-3 * (1 + Math.abs(expected[i][k])))));
            }
        }
    }

    @Test
    void standardisingDividesEachDimensionByItsSpread() {
        List<float[]> vectors = vectors(200, 12, 2);

        PcaConditioner model = PcaFitter.fit("test", vectors, true, null);

        double mean = vectors.stream().mapToDouble(v -> v[5]).average().orElseThrow();
        double variance =
                vectors.stream().mapToDouble(v -> (v[5] - mean) * (v[5] - mean)).sum() / vectors.size();
        assertThat(model.scales()[5]).isCloseTo(Math.sqrt(variance), within(1e-3 * Math.sqrt(variance)));
        assertThat(model.means()[5]).isCloseTo(mean, within(1e-3));
    }

    @Test
    void aLibrarySmallerThanTheComponentsStillGetsFiftyDimensionsWithZerosBeyondItsRank() {
        // given: 20 vectors of 64 dimensions give at most 19 components
        List<float[]> vectors = vectors(20, 64, 3);

        // when
        PcaConditioner model = PcaFitter.fit("test", vectors, true, null);
        float[] conditioned = model.apply(vectors.get(0));

        // then
        assertThat(conditioned).hasSize(50);
        for (int k = 19; k < 50; k++) {
            assertThat(conditioned[k]).isZero();
            assertThat(model.explainedVariance()[k]).isZero();
        }
        assertThat(conditioned[0]).isNotZero();
    }

    @Test
    void rawVectorsShorterThanFiftyArePaddedWithZeroComponents() {
        List<float[]> vectors = vectors(100, 16, 4);

        PcaConditioner model = PcaFitter.fit("test", vectors, false, 0.5);

        assertThat(model.apply(vectors.get(1))).hasSize(50);
        assertThat(model.apply(vectors.get(1))[16]).isZero();
    }

    @Test
    void fittingIsReproducibleSoTheHashIsStable() {
        List<float[]> vectors = vectors(150, 24, 5);

        PcaConditioner first = PcaFitter.fit("test", vectors, true, null);
        PcaConditioner second = PcaFitter.fit("test", vectors, true, null);

        assertThat(first.hash()).hasSize(6).isEqualTo(second.hash());
        assertThat(first.apply(vectors.get(7))).containsExactly(second.apply(vectors.get(7)));
    }

    @Test
    void theNearDuplicateDistanceIsCalibratedToTheLibraryUnlessFixed() {
        List<float[]> vectors = vectors(120, 24, 6);

        PcaConditioner calibrated = PcaFitter.fit("test", vectors, true, null);
        PcaConditioner fixed = PcaFitter.fit("mert-v1-330m", vectors, false, 0.5);

        assertThat(fixed.nearDuplicateDistance()).isEqualTo(0.5);
        float[][] conditioned = vectors.stream().map(calibrated::apply).toArray(float[][]::new);
        assertThat(calibrated.nearDuplicateDistance())
                .isPositive()
                .isEqualTo(NearDuplicateDistance.calibrate(conditioned, calibrated.explainedVariance()));
    }
}
