package io.programoffice.core.index;

import java.util.Arrays;

/**
 * Paged primitive columns: element {@code i} lives in page {@code i >>> 12} at {@code i & 4095}. Pages of 4,096
 * elements (32 KB for {@code long}s) are never humongous objects for G1 (whose smallest regions are 1 MB): a
 * single array per column would be, for 100,000 rows and more, and G1 rounds each humongous object up to whole
 * regions, which costs up to 40% more heap than the data. Growing adds a page (no copy of the data); unused
 * capacity is at most one page per column. Not thread-safe: {@link ProgramIndex} guards them.
 */
final class Columns {
    static final int SHIFT = 12;
    static final int PAGE = 1 << SHIFT;
    static final int MASK = PAGE - 1;

    private Columns() {
    }

    static int pagesFor(int capacity) {
        return (capacity + MASK) >>> SHIFT;
    }

    static final class Longs {
        long[][] pages = new long[0][];

        long get(int i) {
            return pages[i >>> SHIFT][i & MASK];
        }

        void set(int i, long v) {
            pages[i >>> SHIFT][i & MASK] = v;
        }

        /** Pages for at least {@code capacity} elements, no more pages than that needs. */
        void resize(int capacity) {
            int old = pages.length;
            pages = Arrays.copyOf(pages, pagesFor(capacity));
            for (int p = old; p < pages.length; p++) {
                pages[p] = new long[PAGE];
            }
        }

        long retainedBytes() {
            return Footprint.object(Footprint.REFERENCE) + Footprint.array(pages.length, Footprint.REFERENCE)
                    + pages.length * Footprint.array(PAGE, 8);
        }
    }

    static final class Ints {
        int[][] pages = new int[0][];

        int get(int i) {
            return pages[i >>> SHIFT][i & MASK];
        }

        void set(int i, int v) {
            pages[i >>> SHIFT][i & MASK] = v;
        }

        void resize(int capacity) {
            int old = pages.length;
            pages = Arrays.copyOf(pages, pagesFor(capacity));
            for (int p = old; p < pages.length; p++) {
                pages[p] = new int[PAGE];
            }
        }

        long retainedBytes() {
            return Footprint.object(Footprint.REFERENCE) + Footprint.array(pages.length, Footprint.REFERENCE)
                    + pages.length * Footprint.array(PAGE, 4);
        }
    }

    static final class Bytes {
        byte[][] pages = new byte[0][];

        byte get(int i) {
            return pages[i >>> SHIFT][i & MASK];
        }

        void set(int i, byte v) {
            pages[i >>> SHIFT][i & MASK] = v;
        }

        void resize(int capacity) {
            int old = pages.length;
            pages = Arrays.copyOf(pages, pagesFor(capacity));
            for (int p = old; p < pages.length; p++) {
                pages[p] = new byte[PAGE];
            }
        }

        long retainedBytes() {
            return Footprint.object(Footprint.REFERENCE) + Footprint.array(pages.length, Footprint.REFERENCE)
                    + pages.length * Footprint.array(PAGE, 1);
        }
    }

    static final class Doubles {
        double[][] pages = new double[0][];

        double get(int i) {
            return pages[i >>> SHIFT][i & MASK];
        }

        void set(int i, double v) {
            pages[i >>> SHIFT][i & MASK] = v;
        }

        void resize(int capacity) {
            int old = pages.length;
            pages = Arrays.copyOf(pages, pagesFor(capacity));
            for (int p = old; p < pages.length; p++) {
                pages[p] = new double[PAGE];
            }
        }

        long retainedBytes() {
            return Footprint.object(Footprint.REFERENCE) + Footprint.array(pages.length, Footprint.REFERENCE)
                    + pages.length * Footprint.array(PAGE, 8);
        }
    }
}
