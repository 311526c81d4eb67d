package org.moomoo.jobs.listenbrainzdump;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Listen counts per (user id, artist MBID) of one dump, held compactly: a dump has millions of
 * listens, so each pair is one slot of an open-addressing table keyed by user id and artist
 * number, not a map entry of boxed objects.
 */
public final class ListenCounts {

    private static final long EMPTY = -1L;

    private final Map<UUID, Integer> artistNumbers = new HashMap<>();
    private final List<UUID> artists = new ArrayList<>();
    private long[] keys = newKeys(1 << 12);
    private int[] counts = new int[keys.length];
    private int pairs;
    private long listens;

    /** Counts one listen of {@code artist} by {@code userId} (ListenBrainz user ids are not negative). */
    public void add(int userId, UUID artist) {
        if (userId < 0) {
            throw new IllegalArgumentException("user_id " + userId + " is negative");
        }
        Integer number = artistNumbers.get(artist);
        if (number == null) {
            number = artists.size();
            artistNumbers.put(artist, number);
            artists.add(artist);
        }
        long key = (long) userId << 32 | number;
        int slot = slot(key, keys.length);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            pairs++;
            if (pairs * 2L > keys.length) {
                grow();
                listens++;
                increment(key);
                return;
            }
        }
        counts[slot]++;
        listens++;
    }

    /** The (user, artist) pairs seen: the rows the dump will have. */
    public int pairs() {
        return pairs;
    }

    /** The listen-artist pairs counted (a listen of two artists counts twice). */
    public long listens() {
        return listens;
    }

    /** The count of one pair, 0 when never seen. */
    public int count(int userId, UUID artist) {
        Integer number = artistNumbers.get(artist);
        if (number == null) {
            return 0;
        }
        long key = (long) userId << 32 | number;
        for (int slot = slot(key, keys.length); keys[slot] != EMPTY; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return counts[slot];
            }
        }
        return 0;
    }

    /** What receives each pair. */
    @FunctionalInterface
    public interface PairConsumer<E extends Exception> {
        void accept(int userId, UUID artist, int count) throws E;
    }

    /** Gives every pair and its count to {@code consumer}, in no particular order. */
    public <E extends Exception> void forEach(PairConsumer<E> consumer) throws E {
        for (int slot = 0; slot < keys.length; slot++) {
            long key = keys[slot];
            if (key != EMPTY) {
                consumer.accept((int) (key >>> 32), artists.get((int) key), counts[slot]);
            }
        }
    }

    private void increment(long key) {
        int slot = slot(key, keys.length);
        while (keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        counts[slot]++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i], keys.length);
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long[] newKeys(int size) {
        long[] keys = new long[size];
        Arrays.fill(keys, EMPTY);
        return keys;
    }

    private static int slot(long key, int size) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (size - 1);
    }
}
