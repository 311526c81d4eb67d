package org.moomoo.playlist.smartmix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * HDBSCAN* leaf clustering written straight from its definition, to check {@link Hdbscan}: clusters
 * are the connected components of the mutual-reachability graph cut at a threshold, followed
 * downward from the whole set. Slow (about n⁴) and meant for a few dozen points. Where several
 * spanning-tree edges share a weight it splits at all of them at once, unlike a binary merge tree,
 * so comparisons use inputs without such ties ({@link #hasTiedTreeEdges}).
 */
final class ReferenceHdbscan {

    private final int minClusterSize;
    private final double[][] reach;
    private final int[] fellOutOf;
    private final List<Boolean> hasChildren = new ArrayList<>();

    private ReferenceHdbscan(double[][] distances, int minClusterSize, int minSamples) {
        this.minClusterSize = minClusterSize;
        int n = distances.length;
        double[] core = new double[n];
        for (int i = 0; i < n; i++) {
            double[] others = new double[n - 1];
            int k = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    others[k++] = distances[i][j];
                }
            }
            Arrays.sort(others);
            core[i] = minSamples <= 1 ? 0 : others[Math.min(minSamples - 1, n - 1) - 1];
        }
        reach = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                reach[i][j] = i == j ? 0 : Math.max(Math.max(core[i], core[j]), distances[i][j]);
            }
        }
        fellOutOf = new int[n];
    }

    /** Noise (-1) or a leaf cluster number per point. */
    static int[] leafLabels(double[][] distances, int minClusterSize, int minSamples) {
        ReferenceHdbscan reference = new ReferenceHdbscan(distances, minClusterSize, minSamples);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < distances.length; i++) {
            all.add(i);
        }
        reference.hasChildren.add(false);
        reference.follow(all, 0);
        int[] number = new int[reference.hasChildren.size()];
        int leaves = 0;
        for (int cluster = 0; cluster < number.length; cluster++) {
            number[cluster] = cluster == 0 || reference.hasChildren.get(cluster) ? -1 : leaves++;
        }
        int[] labels = new int[distances.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = number[reference.fellOutOf[i]];
        }
        return labels;
    }

    /** Whether two edges of the mutual-reachability spanning tree weigh the same. */
    static boolean hasTiedTreeEdges(double[][] distances, int minSamples) {
        ReferenceHdbscan reference = new ReferenceHdbscan(distances, 2, minSamples);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < distances.length; i++) {
            all.add(i);
        }
        List<Double> weights = new ArrayList<>();
        List<Integer> in = new ArrayList<>(List.of(0));
        List<Integer> out = new ArrayList<>(all.subList(1, all.size()));
        while (!out.isEmpty()) {
            double best = Double.POSITIVE_INFINITY;
            int next = -1;
            for (int a : in) {
                for (int b : out) {
                    if (reference.reach[a][b] < best) {
                        best = reference.reach[a][b];
                        next = b;
                    }
                }
            }
            weights.add(best);
            in.add(next);
            out.remove(Integer.valueOf(next));
        }
        return new TreeSet<>(weights).size() < weights.size();
    }

    private void follow(List<Integer> cluster, int id) {
        List<Integer> current = cluster;
        while (true) {
            double level = bottleneck(current);
            List<List<Integer>> pieces = components(current, level);
            List<List<Integer>> big = new ArrayList<>();
            for (List<Integer> piece : pieces) {
                if (piece.size() >= minClusterSize) {
                    big.add(piece);
                } else {
                    piece.forEach(point -> fellOutOf[point] = id);
                }
            }
            if (big.size() >= 2) {
                hasChildren.set(id, true);
                for (List<Integer> child : big) {
                    hasChildren.add(false);
                    follow(child, hasChildren.size() - 1);
                }
                return;
            }
            if (big.isEmpty()) {
                return;
            }
            current = big.get(0);
        }
    }

    /** The smallest threshold at which the points are connected by edges at most that long. */
    private double bottleneck(List<Integer> points) {
        TreeSet<Double> levels = new TreeSet<>();
        for (int a : points) {
            for (int b : points) {
                if (a < b) {
                    levels.add(reach[a][b]);
                }
            }
        }
        for (double level : levels) {
            if (components(points, Math.nextUp(level)).size() == 1) {
                return level;
            }
        }
        throw new IllegalStateException("a complete graph is connected");
    }

    /** Connected components using the edges strictly shorter than {@code below}. */
    private List<List<Integer>> components(List<Integer> points, double below) {
        List<List<Integer>> result = new ArrayList<>();
        List<Integer> left = new ArrayList<>(points);
        while (!left.isEmpty()) {
            List<Integer> component = new ArrayList<>(List.of(left.remove(0)));
            for (int k = 0; k < component.size(); k++) {
                int a = component.get(k);
                for (int b : List.copyOf(left)) {
                    if (reach[a][b] < below) {
                        component.add(b);
                        left.remove(Integer.valueOf(b));
                    }
                }
            }
            result.add(component);
        }
        return result;
    }
}
