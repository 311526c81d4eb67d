package org.moomoo.jobs.embed.sonic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Euclidean nearest neighbours within one set of vectors, and how often they share a label. */
final class NearestNeighbours {

    private final List<double[]> vectors;

    NearestNeighbours(List<double[]> vectors) {
        this.vectors = vectors;
    }

    /** The indices of the {@code k} vectors nearest to vector {@code of}, nearest first, itself excluded. */
    List<Integer> nearest(int of, int k) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (i != of) {
                others.add(i);
            }
        }
        others.sort(Comparator.comparingDouble((Integer i) -> squaredDistance(vectors.get(of), vectors.get(i)))
                .thenComparing(i -> i));
        return others.subList(0, k);
    }

    /** The fraction of each vector's {@code k} nearest neighbours that have its label, averaged over vectors. */
    <L> double precisionAtK(List<L> labels, int k) {
        double sum = 0;
        for (int i = 0; i < vectors.size(); i++) {
            int same = 0;
            for (int neighbour : nearest(i, k)) {
                if (labels.get(neighbour).equals(labels.get(i))) {
                    same++;
                }
            }
            sum += (double) same / k;
        }
        return sum / vectors.size();
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double difference = a[d] - b[d];
            sum += difference * difference;
        }
        return sum;
    }
}
