package io.programoffice.core.index;

/**
 * A small open-addressing map from a non-zero {@code long} to an {@code int}, without boxing: linear probing, load
 * factor at most 1/2, removal by backward shift. Expected O(1) per operation, {@code 12 × capacity} bytes.
 * Not thread-safe: {@link ProgramIndex} guards it.
 */
final class LongIntMap {
    private long[] keys; // 0 = empty
    private int[] values;
    private int mask;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    int get(long key, int absent) {
        for (int i = RowHashIndex.hash(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return absent;
            }
        }
    }

    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int i = RowHashIndex.hash(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                put(key, value);
                return;
            }
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    /** Removes {@code key}; returns its value, or {@code absent}. */
    int remove(long key, int absent) {
        int i = RowHashIndex.hash(key) & mask;
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return absent;
            }
            i = (i + 1) & mask;
        }
        int value = values[i];
        int gap = i;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int ideal = RowHashIndex.hash(keys[j]) & mask;
            if (((j - ideal) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = 0;
        size--;
        return value;
    }

    /** Applies {@code f} to every value in place. */
    void replaceValues(java.util.function.IntUnaryOperator f) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                values[i] = f.applyAsInt(values[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    long retainedBytes() {
        return Footprint.OBJECT_HEADER + 16 + Footprint.array(keys.length, 8) + Footprint.array(values.length, 4);
    }
}
