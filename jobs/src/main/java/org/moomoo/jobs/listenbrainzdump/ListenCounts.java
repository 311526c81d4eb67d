package org.moomoo.jobs.listenbrainzdump;

import java.util.Arrays;
import java.util.UUID;

/**
 * Listen counts per (user id, artist MBID) of one dump, held compactly: a dump has millions of
 * listens, so each listen is first one long (user id, artist number) appended to a buffer, and the
 * buffer is sorted and folded into sorted arrays of distinct pairs and their counts when it fills
 * or the counts are read. Sorting runs through memory in order, where a hash table of millions of
 * pairs misses the cache on nearly every listen.
 *
 * <p>Not thread-safe: each parser thread counts into its own, sharing one {@link ArtistNumbers},
 * and {@link #addAll} merges them.
 */
public final class ListenCounts {

    // Listens buffered before they are folded in: 32 MB, a few seconds of listens.
    private static final int MAX_PENDING = 1 << 22;

    private final ArtistNumbers artists;
    // This counter's own cache of the shared numbers: an open-addressing table of four longs a slot
    // (the MBID's halves, its number + 1 or 0 for an empty slot, padding), one cache line a lookup.
    private long[] cache = new long[4 << 10];
    private int cached;

    private long[] pending = new long[1 << 12];
    private int pendingCount;
    private long[] keys = new long[0];
    private int[] counts = new int[0];
    private int pairs;
    private long listens;

    /** Empty counts with artist numbers of their own. */
    public ListenCounts() {
        this(new ArtistNumbers());
    }

    /** Empty counts numbering artists with {@code artists}, which other counts may share. */
    ListenCounts(ArtistNumbers artists) {
        this.artists = artists;
    }

    /** Counts one listen of {@code artist} by {@code userId} (ListenBrainz user ids are not negative). */
    public void add(int userId, UUID artist) {
        add(userId, artist.getMostSignificantBits(), artist.getLeastSignificantBits());
    }

    /** Counts one listen by {@code userId} of the artist whose MBID has these two halves. */
    void add(int userId, long mbidHigh, long mbidLow) {
        if (userId < 0) {
            throw new IllegalArgumentException("user_id " + userId + " is negative");
        }
        if (pendingCount == pending.length) {
            if (pending.length < MAX_PENDING) {
                pending = Arrays.copyOf(pending, pending.length * 2);
            } else {
                fold();
            }
        }
        pending[pendingCount++] = (long) userId << 32 | number(mbidHigh, mbidLow);
        listens++;
    }

    /** Adds every pair of {@code other} to these counts; {@code other} is spent. */
    public void addAll(ListenCounts other) {
        other.fold();
        fold();
        if (other.artists != artists) {
            // Other numbers: every listen again under this counter's numbers.
            for (int i = 0; i < other.pairs; i++) {
                int artist = (int) other.keys[i];
                for (int c = 0; c < other.counts[i]; c++) {
                    add((int) (other.keys[i] >>> 32), other.artists.high(artist), other.artists.low(artist));
                }
            }
            fold();
            return;
        }
        merge(other.keys, other.counts, other.pairs);
        listens += other.listens;
        other.keys = new long[0];
        other.counts = new int[0];
        other.pairs = 0;
    }

    /** The (user, artist) pairs seen: the rows the dump will have. */
    public int pairs() {
        fold();
        return pairs;
    }

    /** The listen-artist pairs counted (a listen of two artists counts twice). */
    public long listens() {
        return listens;
    }

    /** The count of one pair, 0 when never seen. */
    public int count(int userId, UUID artist) {
        fold();
        int number = artists.find(artist.getMostSignificantBits(), artist.getLeastSignificantBits());
        if (number < 0) {
            return 0;
        }
        int at = Arrays.binarySearch(keys, 0, pairs, (long) userId << 32 | number);
        return at >= 0 ? counts[at] : 0;
    }

    /** What receives each pair. */
    @FunctionalInterface
    public interface PairConsumer<E extends Exception> {
        void accept(int userId, UUID artist, int count) throws E;
    }

    /** Gives every pair and its count to {@code consumer}, by user id, then by artist in no set order. */
    public <E extends Exception> void forEach(PairConsumer<E> consumer) throws E {
        fold();
        UUID[] byNumber = artists.uuids();
        for (int i = 0; i < pairs; i++) {
            consumer.accept((int) (keys[i] >>> 32), byNumber[(int) keys[i]], counts[i]);
        }
    }

    /** Sorts the buffered listens and folds them into the distinct pairs; cheap when nothing is buffered. */
    void fold() {
        if (pendingCount == 0) {
            return;
        }
        Arrays.sort(pending, 0, pendingCount);
        long[] runKeys = new long[pendingCount];
        int[] runCounts = new int[pendingCount];
        int runs = 0;
        for (int i = 0; i < pendingCount; i++) {
            if (runs > 0 && runKeys[runs - 1] == pending[i]) {
                runCounts[runs - 1]++;
            } else {
                runKeys[runs] = pending[i];
                runCounts[runs] = 1;
                runs++;
            }
        }
        pendingCount = 0;
        if (pending.length > 1 << 12) {
            pending = new long[1 << 12];
        }
        merge(runKeys, runCounts, runs);
    }

    /** Merges sorted distinct pairs into this counter's sorted distinct pairs. */
    private void merge(long[] otherKeys, int[] otherCounts, int otherPairs) {
        if (pairs == 0) {
            keys = otherKeys;
            counts = otherCounts;
            pairs = otherPairs;
            return;
        }
        long[] mergedKeys = new long[pairs + otherPairs];
        int[] mergedCounts = new int[pairs + otherPairs];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < pairs || j < otherPairs) {
            if (j == otherPairs || (i < pairs && keys[i] < otherKeys[j])) {
                mergedKeys[n] = keys[i];
                mergedCounts[n++] = counts[i++];
            } else if (i == pairs || otherKeys[j] < keys[i]) {
                mergedKeys[n] = otherKeys[j];
                mergedCounts[n++] = otherCounts[j++];
            } else {
                mergedKeys[n] = keys[i];
                mergedCounts[n++] = counts[i++] + otherCounts[j++];
            }
        }
        keys = mergedKeys;
        counts = mergedCounts;
        pairs = n;
    }

    /** The shared number of an MBID, from this counter's cache when it asked before. */
    private int number(long high, long low) {
        int mask = (cache.length >> 2) - 1;
        int slot = ArtistNumbers.slot(high, low, mask);
        long entry;
        while ((entry = cache[4 * slot + 2]) != 0) {
            if (cache[4 * slot] == high && cache[4 * slot + 1] == low) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        int number = artists.number(high, low);
        ArtistNumbers.put(cache, slot, high, low, number + 1);
        cached++;
        if (cached * 2 > mask + 1) {
            cache = ArtistNumbers.rehash(cache);
        }
        return number;
    }
}
