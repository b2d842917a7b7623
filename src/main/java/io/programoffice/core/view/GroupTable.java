package io.programoffice.core.view;

import java.util.Arrays;

/**
 * Rollup accumulators keyed by a {@code long} group key, entries numbered in order of first use with the sums in
 * parallel primitive arrays. Keys of a small known domain use a dense array (the caller passes the key's index in
 * it); others an open-addressing table (linear probing, power-of-two capacity, at most half full). O(1) (expected,
 * for the table) per {@link #add}; nothing is boxed. Not thread-safe: one scan owns it.
 */
final class GroupTable {
    /** Largest dense domain; bigger ones hash. */
    static final int MAX_DENSE = 1 << 16;
    private final int[] dense; // entry + 1 per dense index, 0 = none yet; null: hashing
    private long[] keys;
    private int[] slots; // entry + 1, 0 = empty
    private int mask;
    private int size;
    long[] entryKeys = new long[16];
    int[] issues = new int[16];
    int[] done = new int[16];
    int[] estimated = new int[16];
    double[] estimate = new double[16];
    double[] estimateDone = new double[16];

    /** A table for keys whose dense index is below {@code denseDomain}, or a hash table when it is 0 or too big. */
    GroupTable(int denseDomain) {
        dense = denseDomain > 0 && denseDomain <= MAX_DENSE ? new int[denseDomain] : null;
        keys = new long[32];
        slots = new int[32];
        mask = 31;
    }

    /** Whether keys go through their dense index. */
    boolean isDense() {
        return dense != null;
    }

    int size() {
        return size;
    }

    /** Adds one issue to the group {@code key}, whose index in the dense domain is {@code denseIndex} (if dense). */
    void add(long key, int denseIndex, boolean isDone, double issueEstimate) {
        int e;
        if (dense != null) {
            e = dense[denseIndex] - 1;
            if (e < 0) {
                e = newEntry(key);
                dense[denseIndex] = e + 1;
            }
        } else {
            e = entry(key);
        }
        issues[e]++;
        if (isDone) {
            done[e]++;
        }
        if (issueEstimate == issueEstimate) { // not NaN
            estimated[e]++;
            estimate[e] += issueEstimate;
            if (isDone) {
                estimateDone[e] += issueEstimate;
            }
        }
    }

    Rollup rollup(int entry) {
        return new Rollup(issues[entry], done[entry], estimate[entry], estimateDone[entry], estimated[entry]);
    }

    private int entry(long key) {
        int i = mix(key) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                break;
            }
            if (keys[i] == key) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
        int e = newEntry(key);
        keys[i] = key;
        slots[i] = e + 1;
        if (size * 2 > mask) {
            grow();
        }
        return e;
    }

    private int newEntry(long key) {
        int e = size++;
        if (e == entryKeys.length) {
            int n = e * 2;
            entryKeys = Arrays.copyOf(entryKeys, n);
            issues = Arrays.copyOf(issues, n);
            done = Arrays.copyOf(done, n);
            estimated = Arrays.copyOf(estimated, n);
            estimate = Arrays.copyOf(estimate, n);
            estimateDone = Arrays.copyOf(estimateDone, n);
        }
        entryKeys[e] = key;
        return e;
    }

    private void grow() {
        int capacity = (mask + 1) * 2;
        keys = new long[capacity];
        slots = new int[capacity];
        mask = capacity - 1;
        for (int e = 0; e < size; e++) {
            int i = mix(entryKeys[e]) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = entryKeys[e];
            slots[i] = e + 1;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
