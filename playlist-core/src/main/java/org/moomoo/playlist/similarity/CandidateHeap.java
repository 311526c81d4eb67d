package org.moomoo.playlist.similarity;

import java.util.Arrays;

/**
 * The min-heap of a {@link SimilarityQuery}: candidates keyed by a lower bound of their distance or
 * by the distance itself, in parallel arrays that grow as the query loads more candidates. Ordered
 * by key, then bounds before exact distances (a bound equal to a distance must be refined before
 * the distance is emitted), then exact distances by the MD5 of the path, the tie-break of spec 4.6.
 */
final class CandidateHeap {

    /** The level of an entry whose key is the candidate's exact final distance. */
    static final byte EXACT = Byte.MAX_VALUE;

    private final LibrarySnapshot snapshot;
    private double[] keys;
    private byte[] levels;
    private int[] files;
    private int size;

    CandidateHeap(LibrarySnapshot snapshot, int capacity) {
        this.snapshot = snapshot;
        keys = new double[capacity];
        levels = new byte[capacity];
        files = new int[capacity];
    }

    /** Adds an entry without ordering; call {@link #order()} once all are added. */
    void add(double key, byte level, int file) {
        if (size == keys.length) {
            int capacity = Math.max(16, size * 2);
            keys = Arrays.copyOf(keys, capacity);
            levels = Arrays.copyOf(levels, capacity);
            files = Arrays.copyOf(files, capacity);
        }
        keys[size] = key;
        levels[size] = level;
        files[size] = file;
        size++;
    }

    void order() {
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int topFile() {
        return files[0];
    }

    double topKey() {
        return keys[0];
    }

    byte topLevel() {
        return levels[0];
    }

    /** Gives the top candidate a new key and level. */
    void replaceTop(double key, byte level) {
        keys[0] = key;
        levels[0] = level;
        siftDown(0);
    }

    void removeTop() {
        size--;
        keys[0] = keys[size];
        levels[0] = levels[size];
        files[0] = files[size];
        siftDown(0);
    }

    private boolean before(int a, int b) {
        if (keys[a] != keys[b]) {
            return keys[a] < keys[b];
        }
        if (levels[a] != EXACT || levels[b] != EXACT) {
            return levels[a] != EXACT && levels[b] == EXACT;
        }
        return snapshot.compareMd5(files[a], files[b]) < 0;
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int smallest = left;
            int right = left + 1;
            if (right < size && before(right, left)) {
                smallest = right;
            }
            if (!before(smallest, i)) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        double key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        byte level = levels[a];
        levels[a] = levels[b];
        levels[b] = level;
        int file = files[a];
        files[a] = files[b];
        files[b] = file;
    }
}
