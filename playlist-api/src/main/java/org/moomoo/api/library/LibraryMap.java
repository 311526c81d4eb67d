package org.moomoo.api.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moomoo.playlist.similarity.LibrarySnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded files projected onto the first two principal components of their conditioned
 * vectors: the plane in which the library spreads most, so that what the embedder hears as close is
 * drawn close. Each point carries its path and a number for its artist and album, for colouring.
 *
 * @param x first component of each point
 * @param y second component of each point
 */
record LibraryMap(
        long build,
        List<String> paths,
        float[] x,
        float[] y,
        int[] artist,
        List<String> artists,
        int[] album,
        List<String> albums) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ITERATIONS = 300;

    /** The map of {@code snapshot}'s embedded files, named with {@code index}'s tags. */
    static LibraryMap of(LibrarySnapshot snapshot, LibraryIndex index) {
        int size = snapshot.size();
        int dimension = size == 0 ? 0 : snapshot.row(0).vector().length;
        double[] mean = new double[dimension];
        for (int i = 0; i < size; i++) {
            float[] vector = snapshot.row(i).vector();
            for (int k = 0; k < dimension; k++) {
                mean[k] += vector[k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            mean[k] /= Math.max(size, 1);
        }
        double[][] covariance = new double[dimension][dimension];
        double[] centred = new double[dimension];
        for (int i = 0; i < size; i++) {
            float[] vector = snapshot.row(i).vector();
            for (int k = 0; k < dimension; k++) {
                centred[k] = vector[k] - mean[k];
            }
            for (int a = 0; a < dimension; a++) {
                for (int b = a; b < dimension; b++) {
                    covariance[a][b] += centred[a] * centred[b];
                }
            }
        }
        for (int a = 0; a < dimension; a++) {
            for (int b = 0; b < a; b++) {
                covariance[a][b] = covariance[b][a];
            }
        }
        double[] first = principal(covariance, null);
        double[] second = principal(covariance, first);

        List<String> paths = new ArrayList<>(size);
        float[] x = new float[size];
        float[] y = new float[size];
        int[] artist = new int[size];
        int[] album = new int[size];
        Map<String, Integer> artistNumbers = new HashMap<>();
        Map<String, Integer> albumNumbers = new HashMap<>();
        List<String> artists = new ArrayList<>();
        List<String> albums = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String path = snapshot.row(i).filepath();
            float[] vector = snapshot.row(i).vector();
            double px = 0;
            double py = 0;
            for (int k = 0; k < dimension; k++) {
                double c = vector[k] - mean[k];
                px += c * first[k];
                py += c * second[k];
            }
            paths.add(path);
            x[i] = (float) px;
            y[i] = (float) py;
            LibraryIndex.Entry entry = index.at(path);
            String artistName = entry != null && entry.artist() != null ? entry.artist() : folder(path, 0);
            String albumName = entry != null && entry.album() != null ? entry.album() : folder(path, 1);
            artist[i] = number(artistNumbers, artists, artistName, artistName);
            // Two artists' "Greatest Hits" are two albums.
            album[i] = number(albumNumbers, albums, artistName + "\u0000" + albumName, albumName);
        }
        return new LibraryMap(snapshot.buildId(), paths, x, y, artist, artists, album, albums);
    }

    /** The route's body: the envelope's {@code success} and this map's columns. */
    byte[] json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("build", build);
        body.put("points", paths.size());
        body.put("paths", paths);
        body.put("x", x);
        body.put("y", y);
        body.put("artist", artist);
        body.put("artists", artists);
        body.put("album", album);
        body.put("albums", albums);
        return JSON.writeValueAsBytes(body);
    }

    /**
     * The unit eigenvector of the largest eigenvalue of {@code matrix} (orthogonal to {@code not}
     * when given), by power iteration from a fixed start: the same library gives the same map. Its
     * sign is chosen so that its largest element is positive.
     */
    static double[] principal(double[][] matrix, double[] not) {
        int dimension = matrix.length;
        double[] vector = new double[dimension];
        for (int k = 0; k < dimension; k++) {
            vector[k] = 1.0 / (k + 1);
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            if (not != null) {
                double along = dot(vector, not);
                for (int k = 0; k < dimension; k++) {
                    vector[k] -= along * not[k];
                }
            }
            double[] next = new double[dimension];
            for (int a = 0; a < dimension; a++) {
                double sum = 0;
                for (int b = 0; b < dimension; b++) {
                    sum += matrix[a][b] * vector[b];
                }
                next[a] = sum;
            }
            double norm = Math.sqrt(dot(next, next));
            if (norm == 0) {
                // A library without spread (one file, or identical vectors): every point at the origin.
                return new double[dimension];
            }
            for (int k = 0; k < dimension; k++) {
                vector[k] = next[k] / norm;
            }
        }
        int largest = 0;
        for (int k = 1; k < dimension; k++) {
            if (Math.abs(vector[k]) > Math.abs(vector[largest])) {
                largest = k;
            }
        }
        if (dimension > 0 && vector[largest] < 0) {
            for (int k = 0; k < dimension; k++) {
                vector[k] = -vector[k];
            }
        }
        return vector;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static int number(Map<String, Integer> numbers, List<String> names, String key, String name) {
        return numbers.computeIfAbsent(key, k -> {
            names.add(name);
            return names.size() - 1;
        });
    }

    /** The path's folder at {@code depth} ({@code Artist/Album/x.flac}: 0 Artist, 1 Album), or the path. */
    private static String folder(String path, int depth) {
        String[] parts = path.split("/");
        return parts.length > depth + 1 ? parts[depth] : path;
    }
}
