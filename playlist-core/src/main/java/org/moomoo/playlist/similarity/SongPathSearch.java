package org.moomoo.playlist.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The nearest eligible file to each target of one {@link SongPath}, exact as its Javadoc defines
 * it, without the distance of every target to every file.
 *
 * <p>Every target lies on the segment from a to b. For a file x, with {@code S = |x - a|^2} and
 * {@code W = (x - a) . (b - a)} measured once per request, the squared distance to the target at
 * {@code s} is {@code S - 2 s W + s^2 |b - a|^2}: one multiply-add per file and target instead of a
 * pass over the dimensions. That figure differs from the defined distance only by rounding, which
 * is below a margin ({@link #FLOAT_MARGIN}, {@link #RELATIVE_MARGIN}) of the scale of the vectors; so a target's files are
 * taken in the order of that figure, the defined distance is measured for each until the figure,
 * less the margin, exceeds the best distance found, and every file that could be the nearest, ties
 * included, is measured. A file found not eligible is marked and skipped from then on: chosen
 * tracks, full artists and near-duplicates of the playlist's tracks only ever grow.
 */
final class SongPathSearch {

    /**
     * The float pass rounds each sum by at most (dimension + 5) * 2^-24 of {@code |x - a|^2 + |b -
     * a|^2} (each difference, product and addition once, and the direction rounded to floats), so
     * the shortcut is within twice that of the true figure: the margin takes it twice again.
     */
    static final double FLOAT_MARGIN = 4 * 0x1p-24;

    /**
     * The defined distance, in doubles, is within (dimension + 4) * 2^-53 of the sum of the squared
     * norms involved, twice over: about 1e-13 for a thousand dimensions. 1e-8 of it leaves five
     * orders of magnitude to spare.
     */
    static final double RELATIVE_MARGIN = 1e-8;

    /** Files kept per target at first, by the shortcut; four times as many when they do not decide. */
    private static final int FIRST_KEEP = 8;

    private final LibrarySnapshot snapshot;
    private final float[] vectors;
    private final int dimension;
    private final int from;
    private final int to;
    private final int limitPerArtist;
    private final double threshold;
    private final double[] squares;
    private final double[] dots;
    private final double lengthSquared;
    private final double margin;
    private final boolean[] blocked;
    private final double[] target;
    private final List<Integer> playlist = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();

    SongPathSearch(LibrarySnapshot snapshot, int from, int to, int limitPerArtist) {
        this.snapshot = snapshot;
        this.vectors = snapshot.vectors();
        this.dimension = snapshot.dimension();
        this.from = from;
        this.to = to;
        this.limitPerArtist = limitPerArtist;
        this.threshold = snapshot.nearDuplicateDistance();
        int size = snapshot.size();
        squares = new double[size];
        dots = new double[size];
        blocked = new boolean[size];
        target = new double[dimension];
        double[] direction = new double[dimension];
        double fromNorm = 0;
        double toNorm = 0;
        double length = 0;
        for (int k = 0; k < dimension; k++) {
            double a = vectors[from * dimension + k];
            double b = vectors[to * dimension + k];
            direction[k] = b - a;
            length += direction[k] * direction[k];
            fromNorm += a * a;
            toNorm += b * b;
        }
        lengthSquared = length;
        double largest = project(direction);
        margin = FLOAT_MARGIN * (dimension + 5) * (largest + lengthSquared)
                + RELATIVE_MARGIN * (largest + lengthSquared + fromNorm + toNorm);
        blocked[from] = true;
        blocked[to] = true;
        playlist.add(from);
        playlist.add(to);
    }

    /**
     * The nearest eligible file to the target at {@code s} (0 at FROM, 1 at TO), or -1 when no file
     * is eligible.
     */
    int nearest(double s) {
        fillTarget(s);
        double linear = -2 * s;
        double constant = s * s * lengthSquared;
        for (int keep = FIRST_KEEP; ; keep *= 4) {
            Kept kept = keep(linear, constant, keep);
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            boolean decided = kept.count < keep;
            for (int j = 0; j < kept.count; j++) {
                if (kept.keys[j] - margin > bestDistance) {
                    decided = true;
                    break;
                }
                int file = kept.files[j];
                double distance = squaredDistance(file);
                boolean closer = best < 0
                        || distance < bestDistance
                        || (distance == bestDistance && snapshot.compareMd5(file, best) < 0);
                if (!closer) {
                    continue;
                }
                if (eligible(file)) {
                    best = file;
                    bestDistance = distance;
                } else {
                    blocked[file] = true;
                }
            }
            if (decided) {
                return best;
            }
        }
    }

    /** Puts a chosen file into the playlist: it is used, and counts for its artists. */
    void choose(int file) {
        blocked[file] = true;
        playlist.add(file);
        for (String artist : artists(file)) {
            if (!SpecialArtists.containsKey(artist)) {
                counts.merge(artist, 1, Integer::sum);
            }
        }
    }

    /** The defined squared distance of a file to the target at {@code s}. */
    double squaredDistance(int file, double s) {
        fillTarget(s);
        return squaredDistance(file);
    }

    /**
     * Fills {@link #squares} and {@link #dots} and returns the largest square. The pass over every
     * vector runs in floats over {@link LibrarySnapshot#columns()}, one dimension of a block of files
     * at a time, a loop the JIT turns into SIMD instructions; {@link #FLOAT_MARGIN} pays for its
     * rounding. A file whose sums leave the float range is measured again in doubles.
     */
    private double project(double[] direction) {
        float[][] columns = snapshot.columns();
        int block = LibrarySnapshot.BLOCK;
        float[] start = new float[dimension];
        float[] step = new float[dimension];
        for (int k = 0; k < dimension; k++) {
            start[k] = vectors[from * dimension + k];
            step[k] = (float) direction[k];
        }
        float[] blockSquares = new float[block];
        float[] blockDots = new float[block];
        double largest = 0;
        for (int first = 0; first < squares.length; first += block) {
            Arrays.fill(blockSquares, 0f);
            Arrays.fill(blockDots, 0f);
            int offset = (first / block) * dimension;
            for (int k = 0; k < dimension; k++) {
                float[] column = columns[offset + k];
                float a = start[k];
                float v = step[k];
                for (int lane = 0; lane < block; lane++) {
                    float difference = column[lane] - a;
                    blockSquares[lane] += difference * difference;
                    blockDots[lane] += difference * v;
                }
            }
            for (int file = first, end = Math.min(first + block, squares.length); file < end; file++) {
                float square = blockSquares[file - first];
                float dot = blockDots[file - first];
                if (square < Float.MAX_VALUE && Math.abs(dot) < Float.MAX_VALUE) {
                    squares[file] = square;
                    dots[file] = dot;
                } else {
                    projectInDoubles(file, direction);
                }
                largest = Math.max(largest, squares[file]);
            }
        }
        return largest;
    }

    private void projectInDoubles(int file, double[] direction) {
        int offset = file * dimension;
        double square = 0;
        double dot = 0;
        for (int k = 0; k < dimension; k++) {
            double difference = (double) vectors[offset + k] - vectors[from * dimension + k];
            square += difference * difference;
            dot += difference * direction[k];
        }
        squares[file] = square;
        dots[file] = dot;
    }

    /** The files of a target by the shortcut, closest first. */
    private record Kept(double[] keys, int[] files, int count) {}

    /** The {@code keep} files not blocked with the smallest shortcut figures, in increasing order. */
    private Kept keep(double linear, double constant, int keep) {
        // A max-heap of the best so far: its root is the one a closer file replaces.
        double[] keys = new double[keep];
        int[] files = new int[keep];
        int count = 0;
        for (int file = 0; file < squares.length; file++) {
            if (blocked[file]) {
                continue;
            }
            double key = squares[file] + linear * dots[file] + constant;
            if (count < keep) {
                keys[count] = key;
                files[count] = file;
                siftUp(keys, files, count++);
            } else if (key < keys[0]) {
                keys[0] = key;
                files[0] = file;
                siftDown(keys, files, count);
            }
        }
        // Heap sort: the root, the largest, goes to the end each time, so the arrays end up in increasing order.
        for (int end = count - 1; end > 0; end--) {
            swap(keys, files, 0, end);
            siftDown(keys, files, end);
        }
        return new Kept(keys, files, count);
    }

    private static void siftUp(double[] keys, int[] files, int index) {
        int i = index;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (keys[parent] >= keys[i]) {
                return;
            }
            swap(keys, files, parent, i);
            i = parent;
        }
    }

    private static void siftDown(double[] keys, int[] files, int count) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= count) {
                return;
            }
            int larger = left + 1 < count && keys[left + 1] > keys[left] ? left + 1 : left;
            if (keys[i] >= keys[larger]) {
                return;
            }
            swap(keys, files, i, larger);
            i = larger;
        }
    }

    private static void swap(double[] keys, int[] files, int a, int b) {
        double key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        int file = files[a];
        files[a] = files[b];
        files[b] = file;
    }

    private void fillTarget(double s) {
        for (int k = 0; k < dimension; k++) {
            double a = vectors[from * dimension + k];
            double b = vectors[to * dimension + k];
            target[k] = a + s * (b - a);
        }
    }

    /** The defined squared distance to the current target: one sum, in the order of the dimensions. */
    private double squaredDistance(int file) {
        int offset = file * dimension;
        double sum = 0;
        for (int k = 0; k < dimension; k++) {
            double difference = vectors[offset + k] - target[k];
            sum += difference * difference;
        }
        return sum;
    }

    private boolean eligible(int file) {
        if (limitPerArtist > 0) {
            for (String artist : artists(file)) {
                if (counts.getOrDefault(artist, 0) >= limitPerArtist) {
                    return false;
                }
            }
        }
        for (int track : playlist) {
            if (snapshot.distance(track, file) <= threshold) {
                return false;
            }
        }
        return true;
    }

    /** A file's artist identities, each once; a null identity is no artist. */
    private List<String> artists(int file) {
        LibraryRow row = snapshot.row(file);
        List<String> artists = new ArrayList<>(2);
        if (row.artistKey() != null) {
            artists.add(row.artistKey());
        }
        if (row.albumArtistKey() != null && !row.albumArtistKey().equals(row.artistKey())) {
            artists.add(row.albumArtistKey());
        }
        return artists;
    }
}
