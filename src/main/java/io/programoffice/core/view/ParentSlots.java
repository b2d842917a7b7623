package io.programoffice.core.view;

/**
 * Remembers, for one scan, the epic group slot of each parent id met: a small open-addressing table (linear probing,
 * power-of-two capacity, at most half full) that stays in cache while a program's few hundred epics are looked up
 * once each instead of once per child in the index's large id table. O(1) expected per lookup. Not thread-safe.
 */
final class ParentSlots {
    private long[] keys = new long[64];
    private int[] values = new int[64]; // slot + 1, 0 = empty
    private int size;

    /** The slot remembered for the parent id, or -1. */
    int get(long parentId) {
        int mask = keys.length - 1;
        for (int i = mix(parentId) & mask; values[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == parentId) {
                return values[i] - 1;
            }
        }
        return -1;
    }

    void put(long parentId, int slot) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(parentId, slot + 1);
        size++;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
