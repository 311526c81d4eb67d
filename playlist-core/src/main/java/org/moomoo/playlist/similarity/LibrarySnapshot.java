package org.moomoo.playlist.similarity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the generators read from {@code local_files}, held in memory: every file by path (for
 * the source tracks of a request), the embedded files (a successful embedding of at least 60 s,
 * spec 2.1) with their conditioned vectors in one flat array, a number per track artist identity
 * (DESIGN 9.19), the artists' collaborative-filtering factors (normalised, so a pair's score is a
 * dot product), the near-duplicate threshold of the current conditioner and the model build it was
 * loaded from. Immutable: a refresh builds a new snapshot beside this one.
 */
public final class LibrarySnapshot {

    /** Files per block of {@link LibraryProjection#columns()} and {@link #columns()}. */
    static final int BLOCK = 256;

    /** An artist number that no file has: the seed group of artists without factors (neutral multipliers). */
    static final int NO_ARTIST = -1;

    private final long buildId;
    private final double nearDuplicateDistance;
    private final int dimension;
    private final List<LibraryRow> rows;
    private final float[] vectors;
    private final LibraryProjection projection;
    private volatile float[][] columns;
    private final long[] md5High;
    private final long[] md5Low;
    private final int[] artistIndex;
    private final double[][] unitFactors;
    private final Map<String, Integer> indexByPath;
    private final FileCatalog files;

    /**
     * @param files every file, embedded or not, each path once
     * @param factors collaborative-filtering factors by artist identity (an MBID's text); artists
     *     without factors, which every artist known only by name or folder is, have no score
     * @param nearDuplicateDistance candidates this close (L2) to any seed are dropped
     * @param buildId the model build the rows come from (0 when unknown)
     */
    public LibrarySnapshot(
            List<LibraryRow> files, Map<String, float[]> factors, double nearDuplicateDistance, long buildId) {
        this.files = new FileCatalog(files);
        this.rows = files.stream().filter(LibraryRow::embedded).toList();
        this.buildId = buildId;
        this.nearDuplicateDistance = nearDuplicateDistance;
        this.dimension = rows.isEmpty() ? 0 : rows.get(0).vector().length;
        int size = rows.size();
        vectors = new float[size * dimension];
        md5High = new long[size];
        md5Low = new long[size];
        artistIndex = new int[size];
        indexByPath = new HashMap<>(size * 2);
        Map<String, Integer> artists = new HashMap<>();
        List<String> artistKeys = new ArrayList<>();
        MessageDigest md5 = md5();
        for (int i = 0; i < size; i++) {
            LibraryRow row = rows.get(i);
            if (row.vector().length != dimension) {
                throw new IllegalArgumentException("vectors of different dimensions: " + row.filepath() + " has "
                        + row.vector().length + ", expected " + dimension);
            }
            indexByPath.put(row.filepath(), i);
            System.arraycopy(row.vector(), 0, vectors, i * dimension, dimension);
            byte[] digest = md5.digest(row.filepath().getBytes(StandardCharsets.UTF_8));
            md5High[i] = bigEndian(digest, 0);
            md5Low[i] = bigEndian(digest, 8);
            // A file without an artist identity is an artist of its own: null keys never collide.
            String key = row.artistKey();
            Integer artist = key == null ? null : artists.get(key);
            if (artist == null) {
                artist = artistKeys.size();
                artistKeys.add(key);
                if (key != null) {
                    artists.put(key, artist);
                }
            }
            artistIndex[i] = artist;
        }
        projection = LibraryProjection.of(vectors, size, dimension);
        unitFactors = new double[artistKeys.size()][];
        for (int artist = 0; artist < unitFactors.length; artist++) {
            String key = artistKeys.get(artist);
            unitFactors[artist] = key == null ? null : unit(factors.get(key));
        }
    }

    public long buildId() {
        return buildId;
    }

    public double nearDuplicateDistance() {
        return nearDuplicateDistance;
    }

    /** Every file, embedded or not, by path: where source tracks are found. */
    public FileCatalog files() {
        return files;
    }

    /** Number of embedded files. */
    public int size() {
        return rows.size();
    }

    int dimension() {
        return dimension;
    }

    float[] vectors() {
        return vectors;
    }

    /** The vectors in the few coordinates of the bound every query computes over the whole library. */
    LibraryProjection projection() {
        return projection;
    }

    /**
     * The vectors again, one dimension of {@link #BLOCK} files at a time: {@code columns()[(f / BLOCK)
     * * dimension + k][f % BLOCK]} is element {@code k} of file {@code f}, and the last block is
     * padded with zeros. A loop over a column and an array of the same length with the same index is
     * one the JIT compiles to SIMD instructions. Built on first use: only the song path reads whole
     * vectors in a pass, from-files reads the projection.
     */
    float[][] columns() {
        float[][] built = columns;
        if (built == null) {
            synchronized (this) {
                built = columns;
                if (built == null) {
                    built = columns(vectors, rows.size(), dimension);
                    columns = built;
                }
            }
        }
        return built;
    }

    /** The row of an embedded file. */
    public LibraryRow row(int index) {
        return rows.get(index);
    }

    /** The index of an embedded file's path, or -1 when the path is not an embedded file. */
    public int indexOf(String path) {
        Integer index = indexByPath.get(path);
        return index == null ? -1 : index;
    }

    /** The artist number of a file; equal numbers mean the same artist identity. */
    int artistIndex(int file) {
        return artistIndex[file];
    }

    /** The artist number of every file, by file. */
    int[] artistIndexes() {
        return artistIndex;
    }

    int artistCount() {
        return unitFactors.length;
    }

    /** Whether an artist number has factors, so that its pairs can have a score. */
    boolean hasFactors(int artist) {
        return artist != NO_ARTIST && unitFactors[artist] != null;
    }

    /**
     * The L2 distance of two files' vectors. The engine and every test compute distances only
     * here, so that equal inputs give bit-equal distances and ties stay ties.
     */
    public double distance(int a, int b) {
        int offsetA = a * dimension;
        int offsetB = b * dimension;
        double sum = 0;
        for (int k = 0; k < dimension; k++) {
            double diff = (double) vectors[offsetA + k] - vectors[offsetB + k];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    /**
     * The collaborative-filtering multiplier for a seed of artist {@code seedArtist} and a candidate
     * of artist {@code candidateArtist} (artist numbers of {@link #artistIndex}): 1 when either has
     * no factors (or the seed group is {@link #NO_ARTIST}), the multiplier of score 1 for the same
     * artist, otherwise of the factors' cosine similarity.
     */
    double multiplier(int seedArtist, int candidateArtist) {
        if (!hasFactors(seedArtist) || !hasFactors(candidateArtist)) {
            return 1.0;
        }
        if (seedArtist == candidateArtist) {
            return CfMultiplier.of(1.0);
        }
        double[] a = unitFactors[seedArtist];
        double[] b = unitFactors[candidateArtist];
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            dot += a[k] * b[k];
        }
        return CfMultiplier.of(dot);
    }

    /**
     * Compares two files as PostgreSQL's {@code md5(filepath)} text would: the digests' lower-case hex
     * forms compare like the unsigned digests.
     */
    int compareMd5(int a, int b) {
        int high = Long.compareUnsigned(md5High[a], md5High[b]);
        return high != 0 ? high : Long.compareUnsigned(md5Low[a], md5Low[b]);
    }

    /**
     * A streamed candidate: the file's ids, album artist falling back to the track artist, whole-second
     * length, its final distance, not a seed (spec 4.6), with its artist identities.
     */
    Candidate candidate(int file, double distance) {
        LibraryRow row = rows.get(file);
        return new Candidate(row.track(distance, false), row.artistKey(), row.albumArtistKey());
    }

    private static double[] unit(float[] factors) {
        if (factors == null) {
            return null;
        }
        double norm = 0;
        for (float f : factors) {
            norm += (double) f * f;
        }
        if (norm == 0) {
            // A zero vector has no cosine with anything: pgvector answers NaN, which scores nothing.
            return null;
        }
        double scale = 1 / Math.sqrt(norm);
        double[] unit = new double[factors.length];
        for (int k = 0; k < factors.length; k++) {
            unit[k] = factors[k] * scale;
        }
        return unit;
    }

    private static long bigEndian(byte[] bytes, int offset) {
        long value = 0;
        for (int k = 0; k < 8; k++) {
            value = (value << 8) | (bytes[offset + k] & 0xff);
        }
        return value;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static float[][] columns(float[] vectors, int size, int dimension) {
        int blocks = (size + BLOCK - 1) / BLOCK;
        float[][] columns = new float[blocks * dimension][BLOCK];
        for (int file = 0; file < size; file++) {
            for (int k = 0; k < dimension; k++) {
                columns[(file / BLOCK) * dimension + k][file % BLOCK] = vectors[file * dimension + k];
            }
        }
        return columns;
    }
}
