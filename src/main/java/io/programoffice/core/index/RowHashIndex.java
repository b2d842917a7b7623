package io.programoffice.core.index;

/**
 * An open-addressing hash table from a {@code long} key to a row, that stores only the rows: the key of a row is
 * read from the caller's key column ({@code keys[row]}), so a slot costs 4 bytes instead of 12 and nothing is boxed.
 * Linear probing, load factor at most 1/2, removal by backward shift (no tombstones in the table).
 *
 * <p>Expected O(1) per operation; memory {@code 4 × capacity} bytes with {@code capacity} the power of two at or
 * above twice the size. Not thread-safe: {@link ProgramIndex} guards it. Keys are never 0 (0 marks a free row in
 * the key columns).
 */
final class RowHashIndex {
    private Columns.Ints slots; // row + 1; 0 = empty
    private int mask;
    private int size;

    RowHashIndex(int expected) {
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1);
    }

    private void allocate(int capacity) {
        slots = new Columns.Ints();
        slots.resize(capacity);
        mask = capacity - 1;
    }

    static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    int size() {
        return size;
    }

    int capacity() {
        return mask + 1;
    }

    /** The row whose key is {@code key}, or -1. */
    int find(long key, Columns.Longs keys) {
        int[][] s = slots.pages;
        int m = mask;
        for (int i = hash(key) & m; ; i = (i + 1) & m) {
            int v = s[i >>> Columns.SHIFT][i & Columns.MASK];
            if (v == 0) {
                return -1;
            }
            if (keys.get(v - 1) == key) {
                return v - 1;
            }
        }
    }

    /** Adds {@code row}, whose key {@code keys[row]} must not be present yet. */
    void insert(int row, Columns.Longs keys) {
        if ((size + 1) * 2 > capacity()) {
            rehash(capacity() * 2, keys);
        }
        place(row, keys);
        size++;
    }

    private void place(int row, Columns.Longs keys) {
        int m = mask;
        int i = hash(keys.get(row)) & m;
        while (slots.get(i) != 0) {
            i = (i + 1) & m;
        }
        slots.set(i, row + 1);
    }

    /** Removes the row whose key is {@code key}; returns it, or -1 when absent. */
    int remove(long key, Columns.Longs keys) {
        Columns.Ints s = slots;
        int m = mask;
        int i = hash(key) & m;
        while (true) {
            int v = s.get(i);
            if (v == 0) {
                return -1;
            }
            if (keys.get(v - 1) == key) {
                break;
            }
            i = (i + 1) & m;
        }
        int row = s.get(i) - 1;
        int gap = i;
        for (int j = (i + 1) & m; ; j = (j + 1) & m) {
            int v = s.get(j);
            if (v == 0) {
                break;
            }
            int ideal = hash(keys.get(v - 1)) & m;
            // the entry at j may fill the gap when the gap lies on its probe path, [ideal, j)
            if (((j - ideal) & m) >= ((j - gap) & m)) {
                s.set(gap, v);
                gap = j;
            }
        }
        s.set(gap, 0);
        size--;
        return row;
    }

    /** Rebuilds the table for {@code rows} rows {@code 0..rows-1} of {@code keys}, skipping keys equal to 0. */
    void rebuild(Columns.Longs keys, int rows, int live) {
        allocate(Integer.highestOneBit(Math.max(8, live) * 2 - 1) << 1);
        size = 0;
        for (int r = 0; r < rows; r++) {
            if (keys.get(r) != 0) {
                place(r, keys);
                size++;
            }
        }
    }

    private void rehash(int newCapacity, Columns.Longs keys) {
        int[][] old = slots.pages;
        allocate(newCapacity);
        for (int[] page : old) {
            for (int v : page) {
                if (v != 0) {
                    place(v - 1, keys);
                }
            }
        }
    }

    long retainedBytes() {
        return Footprint.object(Footprint.REFERENCE + 8) + slots.retainedBytes();
    }
}
