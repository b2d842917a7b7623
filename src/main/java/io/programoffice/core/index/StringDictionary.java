package io.programoffice.core.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dictionary coding of one string column: each distinct value gets a dense {@code int} code, in order of first
 * appearance, and keeps it for the life of the index (codes never change, values are never forgotten).
 * O(1) expected per lookup; memory per distinct value: the string, a map entry and an array slot.
 * Not thread-safe: {@link ProgramIndex} guards it.
 */
final class StringDictionary {
    private final Map<String, Integer> codes = new HashMap<>();
    private String[] values = new String[16];
    private int size;
    private long stringBytes;

    /** The value's code, adding it when new. */
    int intern(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        codes.put(value, size);
        stringBytes += Footprint.string(value);
        return size++;
    }

    /** The value's code, or -1 when the value has never been seen. */
    int code(String value) {
        Integer code = codes.get(value);
        return code == null ? -1 : code;
    }

    String value(int code) {
        return values[code];
    }

    int size() {
        return size;
    }

    long retainedBytes() {
        return Footprint.object(4 + 2 * Footprint.REFERENCE + 8)
                + Footprint.array(values.length, Footprint.REFERENCE)
                + Footprint.object(4 * 4 + 2 * Footprint.REFERENCE) // the HashMap
                + Footprint.array(Integer.highestOneBit(Math.max(1, size * 4 / 3)) * 2, Footprint.REFERENCE)
                + size * Footprint.hashMapEntry() + stringBytes;
    }
}
