package io.programoffice.core.dependency;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many dependencies are in each {@link MatrixState}: one cell, row or column of a {@link TeamMatrix}. Immutable
 * and thread-safe; build one with {@link Builder}.
 */
public final class StateCounts {
    /** No dependencies at all. */
    public static final StateCounts NONE = new StateCounts(new int[MatrixState.values().length]);

    private final int[] counts;
    private final int total;

    private StateCounts(int[] counts) {
        this.counts = counts;
        this.total = Arrays.stream(counts).sum();
    }

    /** How many are in {@code state}. */
    public int count(MatrixState state) {
        return counts[state.ordinal()];
    }

    /** How many there are. */
    public int total() {
        return total;
    }

    /** The counts by state, every state in negotiation order (zeros included). */
    public Map<MatrixState, Integer> byState() {
        Map<MatrixState, Integer> out = new LinkedHashMap<>();
        for (MatrixState s : MatrixState.values()) {
            out.put(s, counts[s.ordinal()]);
        }
        return out;
    }

    /** The most severe state present ({@link MatrixState#severity()}), or {@code null} when there are none. */
    public MatrixState worst() {
        for (MatrixState s : MatrixState.BY_SEVERITY) {
            if (counts[s.ordinal()] > 0) {
                return s;
            }
        }
        return null;
    }

    /** Counts from explicit numbers, for tests and fixtures: alternating state and count. */
    public static StateCounts of(Object... stateAndCount) {
        Builder b = new Builder();
        for (int i = 0; i < stateAndCount.length; i += 2) {
            b.add((MatrixState) stateAndCount[i], (Integer) stateAndCount[i + 1]);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StateCounts other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(total);
        String sep = " (";
        for (MatrixState state : MatrixState.values()) {
            if (counts[state.ordinal()] > 0) {
                s.append(sep).append(state.wireName()).append(' ').append(counts[state.ordinal()]);
                sep = ", ";
            }
        }
        return sep.equals(", ") ? s.append(')').toString() : s.toString();
    }

    /** Adds up counts. Not thread-safe. */
    public static final class Builder {
        private final int[] counts = new int[MatrixState.values().length];

        /** Counts {@code n} more in {@code state}. */
        public Builder add(MatrixState state, int n) {
            Objects.requireNonNull(state, "state");
            if (n < 0) {
                throw new IllegalArgumentException("a count is never negative: " + n);
            }
            counts[state.ordinal()] += n;
            return this;
        }

        public StateCounts build() {
            return new StateCounts(counts.clone());
        }
    }
}
