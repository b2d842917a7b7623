package io.programoffice.core.forecast;

/**
 * What a team resolves in 2, 4, 8, … consecutive working days, as exact distributions to draw from at once: the sum
 * of {@code B} days drawn from these is distributed exactly as {@code B} days drawn one by one, so a simulation that
 * only needs to know when a team's cumulative capacity reaches a level far ahead can cross most of the way in a few
 * draws. The distribution of each size is the convolution of the one half its size with itself; each is kept as an
 * alias table (Walker's method, with Vose's construction), so a draw costs one random number. Only whole multiples of
 * the team's largest common step between window days are represented, and a team gets no block longer than keeps the
 * table under {@value #MAX_SUPPORT} entries (none when a single day's range needs more). Immutable.
 */
final class BlockSums {
    /** The longest block: 2^{@value #LEVELS} days. */
    static final int LEVELS = 6;
    /** The most distinct sums a table may hold. */
    static final int MAX_SUPPORT = 1_025;

    /** Per team: the step between representable sums, and per level its alias table. */
    private final long[] step;
    private final int[] levels;
    private final long[][][] threshold;
    private final int[][][] alias;

    BlockSums(TeamDays.Windows windows) {
        int teams = windows.start().length;
        this.step = new long[teams];
        this.levels = new int[teams];
        this.threshold = new long[teams][][];
        this.alias = new int[teams][][];
        for (int t = 0; t < teams; t++) {
            long g = 0;
            long max = 0;
            int start = windows.start()[t];
            int length = windows.length()[t];
            for (int d = 0; d < length; d++) {
                long v = windows.samples()[start + d];
                g = gcd(g, v);
                max = Math.max(max, v);
            }
            if (max == 0 || max / g >= MAX_SUPPORT / 2) {
                continue; // no work at all, or too fine a range for tables: days are drawn one by one
            }
            step[t] = g;
            double[] day = new double[(int) (max / g) + 1];
            for (int d = 0; d < length; d++) {
                day[(int) (windows.samples()[start + d] / g)] += 1.0 / length;
            }
            int n = 0;
            while (n < LEVELS && (2L << n) * (day.length - 1) + 1 <= MAX_SUPPORT) {
                n++;
            }
            levels[t] = n;
            threshold[t] = new long[n][];
            alias[t] = new int[n][];
            double[] p = day;
            for (int j = 0; j < n; j++) {
                p = convolve(p, p);
                buildAlias(p, t, j);
            }
        }
    }

    /** How many block sizes team {@code t} has: sizes 2, 4, … 2^levels days (0: none). */
    int levels(int t) {
        return levels[t];
    }

    /** A draw of what team {@code t} resolves in 2^(level+1) days, from 64 random bits. */
    long draw(int t, int level, long bits) {
        long[] th = threshold[t][level];
        int i = TeamDays.pick(bits >>> 32, th.length);
        int k = (bits & 0xffffffffL) < th[i] ? i : alias[t][level][i];
        return k * step[t];
    }

    /** The chance that a draw at {@code level} for team {@code t} gives {@code sum}, as its alias table holds it. */
    double probability(int t, int level, long sum) {
        long[] th = threshold[t][level];
        int[] al = alias[t][level];
        if (sum % step[t] != 0) {
            return 0;
        }
        long k = sum / step[t];
        double p = 0;
        for (int i = 0; i < th.length; i++) {
            double own = th[i] / 4294967296.0;
            p += (i == k ? own : 0) + (al[i] == k ? 1 - own : 0);
        }
        return p / th.length;
    }

    private void buildAlias(double[] p, int t, int level) {
        int n = p.length;
        long[] th = new long[n];
        int[] al = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int ns = 0;
        int nl = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = p[i] * n;
            if (scaled[i] < 1) {
                small[ns++] = i;
            } else {
                large[nl++] = i;
            }
        }
        while (ns > 0 && nl > 0) {
            int s = small[--ns];
            int l = large[--nl];
            th[s] = (long) (scaled[s] * 4294967296.0);
            al[s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1;
            if (scaled[l] < 1) {
                small[ns++] = l;
            } else {
                large[nl++] = l;
            }
        }
        while (nl > 0) { // what is left keeps its own column (rounding aside, each is 1)
            int l = large[--nl];
            th[l] = 1L << 32;
            al[l] = l;
        }
        while (ns > 0) {
            int s = small[--ns];
            th[s] = 1L << 32;
            al[s] = s;
        }
        threshold[t][level] = th;
        alias[t][level] = al;
    }

    /** The distribution of the sum of two independent draws from {@code a} and {@code b}. */
    static double[] convolve(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
