package io.programoffice.rest.dto;

import io.programoffice.core.risk.Risk;
import io.programoffice.core.risk.RiskScale;
import java.util.Locale;

/**
 * A risk of the register as the REST API answers it: {@code {"key","summary","team","probability","impact",
 * "inherentScore","residualProbability","residualImpact","residualScore","roam","owner","ownerName","due",
 * "mitigated","open","high"}}; {@code residualScore} is the score after mitigation where it is assessed, else the
 * inherent one; {@code roam} lower case or null; {@code high}: a residual score of 15 or more.
 */
public record RiskDto(String key, String summary, String team, Integer probability, Integer impact,
                      Integer inherentScore, Integer residualProbability, Integer residualImpact,
                      Integer residualScore, String roam, String owner, String ownerName, String due,
                      boolean mitigated, boolean open, boolean high) {
    public static RiskDto of(Risk r, String ownerName) {
        Integer residual = r.residualScore();
        return new RiskDto(r.key(), r.summary(), r.team(), r.probability(), r.impact(), r.inherentScore(),
                r.residualProbability(), r.residualImpact(), residual,
                r.roam() == null ? null : r.roam().name().toLowerCase(Locale.ROOT), r.owner(), ownerName,
                r.due() == null ? null : r.due().toString(), r.mitigated(), r.open(),
                residual != null && residual >= RiskScale.HIGH_SCORE);
    }
}
