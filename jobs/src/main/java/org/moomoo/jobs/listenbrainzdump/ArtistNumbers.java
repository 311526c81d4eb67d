package org.moomoo.jobs.listenbrainzdump;

import java.util.Arrays;
import java.util.UUID;

/**
 * Numbers artist MBIDs 0, 1, 2, ... in the order they are first seen, shared by the listen counts
 * of several parser threads so that their (user, artist number) pairs can be merged as they are.
 * Thread-safe; each {@link ListenCounts} caches the numbers it asked for, so this is asked once
 * per artist and thread, not per listen.
 */
final class ArtistNumbers {

    // MBID halves by number, and an open-addressing table of four longs a slot: the MBID's halves,
    // its number + 1 (0 for an empty slot), padding.
    private long[] high = new long[1 << 10];
    private long[] low = new long[1 << 10];
    private int count;
    private long[] table = new long[4 << 11];

    /** The number of the MBID with these halves, numbering it when new. */
    synchronized int number(long mbidHigh, long mbidLow) {
        int mask = (table.length >> 2) - 1;
        int slot = slot(mbidHigh, mbidLow, mask);
        long entry;
        while ((entry = table[4 * slot + 2]) != 0) {
            if (table[4 * slot] == mbidHigh && table[4 * slot + 1] == mbidLow) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        if (count == high.length) {
            high = Arrays.copyOf(high, count * 2);
            low = Arrays.copyOf(low, count * 2);
        }
        high[count] = mbidHigh;
        low[count] = mbidLow;
        count++;
        put(table, slot, mbidHigh, mbidLow, count);
        if (count * 2 > mask + 1) {
            table = rehash(table);
        }
        return count - 1;
    }

    /** The number of the MBID with these halves, -1 when it has none. */
    synchronized int find(long mbidHigh, long mbidLow) {
        int mask = (table.length >> 2) - 1;
        for (int slot = slot(mbidHigh, mbidLow, mask); table[4 * slot + 2] != 0; slot = (slot + 1) & mask) {
            if (table[4 * slot] == mbidHigh && table[4 * slot + 1] == mbidLow) {
                return (int) table[4 * slot + 2] - 1;
            }
        }
        return -1;
    }

    synchronized long high(int number) {
        return high[number];
    }

    synchronized long low(int number) {
        return low[number];
    }

    /** Every numbered MBID, by number. */
    synchronized UUID[] uuids() {
        UUID[] uuids = new UUID[count];
        for (int a = 0; a < count; a++) {
            uuids[a] = new UUID(high[a], low[a]);
        }
        return uuids;
    }

    static void put(long[] table, int slot, long high, long low, long numberPlusOne) {
        table[4 * slot] = high;
        table[4 * slot + 1] = low;
        table[4 * slot + 2] = numberPlusOne;
    }

    /** A table of twice the slots holding the same entries. */
    static long[] rehash(long[] table) {
        long[] larger = new long[table.length * 2];
        int mask = (larger.length >> 2) - 1;
        for (int s = 0; s < table.length >> 2; s++) {
            if (table[4 * s + 2] != 0) {
                int at = slot(table[4 * s], table[4 * s + 1], mask);
                while (larger[4 * at + 2] != 0) {
                    at = (at + 1) & mask;
                }
                put(larger, at, table[4 * s], table[4 * s + 1], table[4 * s + 2]);
            }
        }
        return larger;
    }

    /** MurmurHash3's 64-bit finaliser over both halves: MBIDs that differ in a few bits land far apart. */
    static int slot(long high, long low, int mask) {
        long h = high ^ Long.rotateLeft(low, 29);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h >>> 32) & mask;
    }
}
