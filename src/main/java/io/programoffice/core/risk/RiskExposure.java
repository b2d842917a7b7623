package io.programoffice.core.risk;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How exposed a program is on a day: its open risks, the sum of their residual scores (its exposure), how many are
 * high ({@link RiskScale#HIGH_SCORE} or more) and not assessed, and how many are in each ROAM state (undecided
 * apart). A weekly snapshot keeps one; the trend chart draws them. Immutable.
 *
 * @param on         the day
 * @param open       open risks
 * @param exposure   the sum of the open risks' residual scores (not assessed ones count 0)
 * @param high       open risks with a residual score of {@link RiskScale#HIGH_SCORE} or more
 * @param unassessed open risks without a score
 * @param byRoam     open risks per ROAM state (resolved ones are not open)
 * @param undecided  open risks without a ROAM state
 */
public record RiskExposure(LocalDate on, int open, int exposure, int high, int unassessed, Map<Roam, Integer> byRoam,
                           int undecided) {
    public RiskExposure {
        Objects.requireNonNull(on, "on");
        EnumMap<Roam, Integer> copy = new EnumMap<>(Roam.class);
        for (Roam r : Roam.values()) {
            copy.put(r, byRoam.getOrDefault(r, 0));
        }
        byRoam = java.util.Collections.unmodifiableMap(copy);
    }

    /** The exposure of {@code risks} on {@code on}. */
    public static RiskExposure of(Iterable<Risk> risks, LocalDate on) {
        int open = 0;
        int exposure = 0;
        int high = 0;
        int unassessed = 0;
        int undecided = 0;
        Map<Roam, Integer> byRoam = new EnumMap<>(Roam.class);
        for (Risk r : risks) {
            if (!r.open()) {
                continue;
            }
            open++;
            Integer score = r.residualScore();
            if (score == null) {
                unassessed++;
            } else {
                exposure += score;
                high += score >= RiskScale.HIGH_SCORE ? 1 : 0;
            }
            if (r.roam() == null) {
                undecided++;
            } else {
                byRoam.merge(r.roam(), 1, Integer::sum);
            }
        }
        return new RiskExposure(on, open, exposure, high, unassessed, byRoam, undecided);
    }
}
