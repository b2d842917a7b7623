package io.programoffice.core.index;

import io.programoffice.core.risk.Roam;
import io.programoffice.core.risk.RiskScale;
import java.time.LocalDate;

/**
 * What the program index keeps of a risk issue's risk fields, as the program scheme's risk source reads them: the
 * probability and impact (1–5) before and after mitigation, the ROAM state, whether a mitigation is written down, the
 * risk owner's user key and the due date. Every value may be absent (null): a risk nobody assessed yet is still a
 * risk. Immutable.
 *
 * @param probability         1–5, or null
 * @param impact              1–5, or null
 * @param residualProbability 1–5 after mitigation, or null
 * @param residualImpact      1–5 after mitigation, or null
 * @param roam                the ROAM state, or null
 * @param mitigated           whether the mitigation text is filled in
 * @param owner               the risk owner's user key, or null
 * @param due                 the day it must be dealt with, or null
 */
public record RiskValues(Integer probability, Integer impact, Integer residualProbability, Integer residualImpact,
                         Roam roam, boolean mitigated, String owner, LocalDate due) {
    /** A risk with no value set. */
    public static final RiskValues NONE = new RiskValues(null, null, null, null, null, false, null, null);

    public RiskValues {
        level("probability", probability);
        level("impact", impact);
        level("residual probability", residualProbability);
        level("residual impact", residualImpact);
        if (owner != null && owner.isBlank()) {
            throw new IllegalArgumentException("risk owner must be absent (null) or not blank");
        }
    }

    /** The whole number 1–5 a field value holds, or null when it holds none or something else. */
    public static Integer level(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && d >= RiskScale.MIN && d <= RiskScale.MAX) {
                return (int) d;
            }
            return null;
        }
        if (value instanceof String s && RiskScale.problem(s) == null) {
            return RiskScale.parse(s);
        }
        return null;
    }

    /** The ROAM state a field value names, or null when it names none. */
    public static Roam roam(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return Roam.problem(text) == null ? Roam.parse(text) : null;
    }

    private static void level(String what, Integer v) {
        if (v != null && (v < RiskScale.MIN || v > RiskScale.MAX)) {
            throw new IllegalArgumentException(what + " " + v + " is not on the scale 1..5");
        }
    }
}
