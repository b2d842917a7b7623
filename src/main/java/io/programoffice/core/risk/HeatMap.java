package io.programoffice.core.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 5×5 heat map of a program's open risks: how many have each probability and impact, indexed
 * {@code [probability - 1][impact - 1]}, on the inherent or the residual assessment. Risks not assessed (probability
 * or impact missing) are counted apart. Immutable.
 */
public final class HeatMap {
    /** Which assessment a heat map places risks by. */
    public enum Basis {
        INHERENT, RESIDUAL
    }

    private final int[][] cells;
    private final int unassessed;

    private HeatMap(int[][] cells, int unassessed) {
        this.cells = cells;
        this.unassessed = unassessed;
    }

    /** The heat map of the open ones of {@code risks} on {@code basis}. */
    public static HeatMap of(Iterable<Risk> risks, Basis basis) {
        int[][] cells = new int[RiskScale.MAX][RiskScale.MAX];
        int unassessed = 0;
        for (Risk r : risks) {
            if (!r.open()) {
                continue;
            }
            Integer p = probability(r, basis);
            Integer i = impact(r, basis);
            if (p == null || i == null) {
                unassessed++;
            } else {
                cells[p - 1][i - 1]++;
            }
        }
        return new HeatMap(cells, unassessed);
    }

    /** The open ones of {@code risks} in the cell of {@code probability} and {@code impact} on {@code basis}. */
    public static List<Risk> cell(Iterable<Risk> risks, Basis basis, int probability, int impact) {
        RiskScale.score(probability, impact);
        List<Risk> out = new ArrayList<>();
        for (Risk r : risks) {
            Integer p = probability(r, basis);
            Integer i = impact(r, basis);
            if (r.open() && p != null && i != null && p == probability && i == impact) {
                out.add(r);
            }
        }
        return out;
    }

    private static Integer probability(Risk r, Basis basis) {
        return basis == Basis.INHERENT ? r.probability() : r.currentProbability();
    }

    private static Integer impact(Risk r, Basis basis) {
        return basis == Basis.INHERENT ? r.impact() : r.currentImpact();
    }

    /** How many open risks have {@code probability} and {@code impact}. */
    public int count(int probability, int impact) {
        return cells[probability - 1][impact - 1];
    }

    /** The counts, {@code [probability - 1][impact - 1]} (a copy). */
    public int[][] cells() {
        int[][] copy = new int[cells.length][];
        for (int p = 0; p < cells.length; p++) {
            copy[p] = cells[p].clone();
        }
        return copy;
    }

    /** Open risks missing a probability or an impact. */
    public int unassessed() {
        return unassessed;
    }

    /** All open risks placed on the map. */
    public int total() {
        return Arrays.stream(cells).flatMapToInt(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatMap h && h.unassessed == unassessed && Arrays.deepEquals(h.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(cells) + unassessed;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(cells) + " + " + unassessed + " unassessed";
    }
}
