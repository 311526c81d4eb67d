package org.moomoo.playlist.smartmix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * HDBSCAN* on a precomputed distance matrix with "leaf" cluster selection (spec 6.8 step 7).
 *
 * <p>Written here because ELKI 0.8.0, the library we looked at first (DESIGN 9.13), extracts
 * clusters only by stability ("excess of mass") or as the full hierarchy, and takes its input as a
 * database of vectors with a distance function rather than a matrix. The steps are the published
 * ones (Campello, Moulavi and Sander 2013; McInnes and Healy 2017):
 *
 * <ol>
 *   <li>core distance of a point: the distance to its (minSamples − 1)-th nearest other point;
 *   <li>mutual reachability of two points: max(core_a, core_b, d(a, b));
 *   <li>a minimum spanning tree of the mutual reachability graph (Prim, O(n²) on a dense matrix);
 *   <li>the single-linkage hierarchy from its edges in ascending order;
 *   <li>the condensed tree: walking down from the root, a split makes two new clusters only if
 *       both sides hold at least minClusterSize points; a smaller side's points fall out of the
 *       cluster being split, a larger side carries that cluster on;
 *   <li>leaf selection: every cluster of the condensed tree with no child cluster. The root is
 *       never selected (no single cluster), so a tree that never splits leaves every point noise.
 * </ol>
 *
 * A point is labelled with the leaf cluster it fell out of, noise ({@link #NOISE}) otherwise.
 * Leaves are numbered 0, 1, ... in the order the walk creates them. Deterministic: ties are broken
 * by point index.
 */
public final class Hdbscan {

    /** The label of a point in no selected cluster. */
    public static final int NOISE = -1;

    private final int minClusterSize;
    private final int minSamples;

    /**
     * @param minClusterSize fewest points a cluster of the condensed tree may hold (at least 2)
     * @param minSamples     neighbourhood size for the core distance, counting the point itself
     */
    public Hdbscan(int minClusterSize, int minSamples) {
        if (minClusterSize < 2) {
            throw new IllegalArgumentException("minClusterSize must be at least 2, got " + minClusterSize);
        }
        if (minSamples < 1) {
            throw new IllegalArgumentException("minSamples must be at least 1, got " + minSamples);
        }
        this.minClusterSize = minClusterSize;
        this.minSamples = minSamples;
    }

    /** One label per point of the matrix: a leaf cluster's number, or {@link #NOISE}. */
    public int[] leafLabels(DistanceMatrix distances) {
        int n = distances.size();
        int[] labels = new int[n];
        Arrays.fill(labels, NOISE);
        if (n < 2) {
            return labels;
        }
        double[] core = coreDistances(distances);
        List<Edge> tree = minimumSpanningTree(distances, core);
        Dendrogram dendrogram = Dendrogram.singleLinkage(n, tree);
        return condenseAndSelectLeaves(dendrogram, labels);
    }

    private record Edge(int a, int b, double weight) {}

    private double[] coreDistances(DistanceMatrix distances) {
        int n = distances.size();
        int k = Math.min(minSamples - 1, n - 1);
        double[] core = new double[n];
        if (k == 0) {
            return core;
        }
        double[] nearest = new double[k];
        for (int i = 0; i < n; i++) {
            // The k smallest distances to other points, kept sorted ascending by insertion.
            Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                double d = distances.get(i, j);
                if (j == i || d >= nearest[k - 1]) {
                    continue;
                }
                int slot = k - 1;
                while (slot > 0 && nearest[slot - 1] > d) {
                    nearest[slot] = nearest[slot - 1];
                    slot--;
                }
                nearest[slot] = d;
            }
            core[i] = nearest[k - 1];
        }
        return core;
    }

    private static List<Edge> minimumSpanningTree(DistanceMatrix distances, double[] core) {
        int n = distances.size();
        boolean[] inTree = new boolean[n];
        double[] best = new double[n];
        int[] from = new int[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        List<Edge> edges = new ArrayList<>(n - 1);
        int current = 0;
        inTree[0] = true;
        for (int added = 1; added < n; added++) {
            int next = -1;
            for (int j = 0; j < n; j++) {
                if (inTree[j]) {
                    continue;
                }
                double reach = Math.max(Math.max(core[current], core[j]), distances.get(current, j));
                if (reach < best[j]) {
                    best[j] = reach;
                    from[j] = current;
                }
                if (next < 0 || best[j] < best[next]) {
                    next = j;
                }
            }
            inTree[next] = true;
            edges.add(new Edge(from[next], next, best[next]));
            current = next;
        }
        return edges;
    }

    /**
     * The single-linkage merge tree: nodes 0..n-1 are the points, node n+m the m-th merge, the
     * last node the root.
     */
    private record Dendrogram(int points, int[] left, int[] right, int[] size) {

        static Dendrogram singleLinkage(int n, List<Edge> tree) {
            List<Edge> sorted = new ArrayList<>(tree);
            // Stable: equal weights merge in the order Prim added them, which is deterministic.
            sorted.sort((x, y) -> Double.compare(x.weight(), y.weight()));
            int nodes = 2 * n - 1;
            int[] left = new int[nodes];
            int[] right = new int[nodes];
            int[] size = new int[nodes];
            int[] parent = new int[nodes];
            for (int i = 0; i < nodes; i++) {
                parent[i] = i;
                left[i] = -1;
                right[i] = -1;
                size[i] = i < n ? 1 : 0;
            }
            int next = n;
            for (Edge edge : sorted) {
                int a = root(parent, edge.a());
                int b = root(parent, edge.b());
                left[next] = a;
                right[next] = b;
                size[next] = size[a] + size[b];
                parent[a] = next;
                parent[b] = next;
                next++;
            }
            return new Dendrogram(n, left, right, size);
        }

        private static int root(int[] parent, int node) {
            int root = node;
            while (parent[root] != root) {
                root = parent[root];
            }
            // Path compression keeps later look-ups short.
            while (parent[node] != root) {
                int up = parent[node];
                parent[node] = root;
                node = up;
            }
            return root;
        }

        int rootNode() {
            return left.length - 1;
        }

        boolean isPoint(int node) {
            return node < points;
        }
    }

    private int[] condenseAndSelectLeaves(Dendrogram dendrogram, int[] labels) {
        int n = dendrogram.points();
        // Clusters of the condensed tree: 0 is the root; a point's entry is the cluster it fell out of.
        int[] fellOutOf = new int[n];
        List<Boolean> hasChildren = new ArrayList<>(List.of(false));
        Deque<int[]> walk = new ArrayDeque<>();
        walk.add(new int[] {dendrogram.rootNode(), 0});
        while (!walk.isEmpty()) {
            int[] item = walk.poll();
            int node = item[0];
            int cluster = item[1];
            if (dendrogram.isPoint(node)) {
                fellOutOf[node] = cluster;
                continue;
            }
            int left = dendrogram.left()[node];
            int right = dendrogram.right()[node];
            boolean bigLeft = dendrogram.size()[left] >= minClusterSize;
            boolean bigRight = dendrogram.size()[right] >= minClusterSize;
            if (bigLeft && bigRight) {
                hasChildren.set(cluster, true);
                hasChildren.add(false);
                walk.add(new int[] {left, hasChildren.size() - 1});
                hasChildren.add(false);
                walk.add(new int[] {right, hasChildren.size() - 1});
            } else {
                fallOut(dendrogram, bigLeft ? -1 : left, cluster, fellOutOf);
                fallOut(dendrogram, bigRight ? -1 : right, cluster, fellOutOf);
                if (bigLeft) {
                    walk.add(new int[] {left, cluster});
                }
                if (bigRight) {
                    walk.add(new int[] {right, cluster});
                }
            }
        }
        int[] leafNumber = new int[hasChildren.size()];
        int leaves = 0;
        for (int cluster = 0; cluster < hasChildren.size(); cluster++) {
            // The root is a leaf only when nothing ever split: then there is no cluster at all.
            leafNumber[cluster] = cluster == 0 || hasChildren.get(cluster) ? NOISE : leaves++;
        }
        for (int point = 0; point < n; point++) {
            labels[point] = leafNumber[fellOutOf[point]];
        }
        return labels;
    }

    /** Every point under {@code node} (none if node is -1) leaves {@code cluster}. */
    private static void fallOut(Dendrogram dendrogram, int node, int cluster, int[] fellOutOf) {
        if (node < 0) {
            return;
        }
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            int current = stack.pop();
            if (dendrogram.isPoint(current)) {
                fellOutOf[current] = cluster;
            } else {
                stack.push(dendrogram.left()[current]);
                stack.push(dendrogram.right()[current]);
            }
        }
    }
}
