package io.programoffice.core.index;

/**
 * Shallow sizes on a 64-bit HotSpot JVM with compressed oops and class pointers (the default below 32 GB of heap):
 * 12-byte object headers, 16-byte array headers, 4-byte references, everything padded to 8 bytes.
 */
final class Footprint {
    static final int OBJECT_HEADER = 12;
    static final int REFERENCE = 4;

    private Footprint() {
    }

    /** An array of {@code length} elements of {@code elementBytes} each. */
    static long array(int length, int elementBytes) {
        return align(16L + (long) length * elementBytes);
    }

    /** An object with a header and {@code fieldBytes} of fields. */
    static long object(int fieldBytes) {
        return align(OBJECT_HEADER + (long) fieldBytes);
    }

    /** A {@link String} with its value array (Latin-1 when every char fits in a byte, else UTF-16). */
    static long string(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        return object(4 + 4 + 1 + 1) + array(s.length() * (latin1 ? 1 : 2), 1);
    }

    /** One {@link java.util.HashMap} entry (node) plus its boxed {@link Integer} value and its table slot. */
    static long hashMapEntry() {
        return object(4 + 3 * REFERENCE) + object(4) + 2L * REFERENCE;
    }

    static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
