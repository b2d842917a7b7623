package io.programoffice.core.risk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A risk issue of a program, as its fields hold it. The inherent score is probability × impact as assessed before
 * mitigation; the residual score uses the residual probability and impact where the program's scheme has those fields
 * and they are set, else the inherent values. A risk is open until its issue is done or its ROAM state is resolved.
 *
 * @param key                 the issue key
 * @param summary             the summary (text, never markup)
 * @param team                the team the program's scheme gives it, or null
 * @param probability         1–5, or null when not assessed
 * @param impact              1–5, or null when not assessed
 * @param residualProbability 1–5 after mitigation, or null
 * @param residualImpact      1–5 after mitigation, or null
 * @param roam                the ROAM state, or null when not decided
 * @param owner               the risk owner's user name, or null
 * @param due                 when the risk must be dealt with, or null
 * @param mitigated           whether its mitigation text is filled in
 * @param done                whether its issue is in a done status
 */
public record Risk(String key, String summary, String team, Integer probability, Integer impact,
                   Integer residualProbability, Integer residualImpact, Roam roam, String owner, LocalDate due,
                   boolean mitigated, boolean done) {
    public Risk {
        Objects.requireNonNull(key, "key");
        RiskScale.score(probability, impact); // checks the scale
        RiskScale.score(residualProbability, residualImpact);
    }

    /** This risk with the summary. */
    public Risk withSummary(String text) {
        return new Risk(key, text, team, probability, impact, residualProbability, residualImpact, roam, owner, due,
                mitigated, done);
    }

    /** Probability × impact before mitigation, or null when either is missing. */
    public Integer inherentScore() {
        return RiskScale.score(probability, impact);
    }

    /** The residual probability, else the inherent one. */
    public Integer currentProbability() {
        return residualProbability != null && residualImpact != null ? residualProbability : probability;
    }

    /** The residual impact, else the inherent one. */
    public Integer currentImpact() {
        return residualProbability != null && residualImpact != null ? residualImpact : impact;
    }

    /** Probability × impact after mitigation where assessed, else the inherent score; null when not assessed. */
    public Integer residualScore() {
        return RiskScale.score(currentProbability(), currentImpact());
    }

    /** Whether the risk still counts: its issue is not done and it is not resolved. */
    public boolean open() {
        return !done && roam != Roam.RESOLVED;
    }
}
