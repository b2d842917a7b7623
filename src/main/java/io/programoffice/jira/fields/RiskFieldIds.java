package io.programoffice.jira.fields;

import java.util.Objects;

/**
 * The custom fields holding a risk's levels, by id ({@code customfield_10100}).
 *
 * @param probability         the probability field
 * @param impact              the impact field
 * @param residualProbability the probability after mitigation, or null when the scheme has none
 * @param residualImpact      the impact after mitigation, or null (both residual fields or neither)
 */
public record RiskFieldIds(String probability, String impact, String residualProbability, String residualImpact) {
    public RiskFieldIds {
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(impact, "impact");
        if ((residualProbability == null) != (residualImpact == null)) {
            throw new IllegalArgumentException("a residual probability field needs a residual impact field");
        }
    }

    /** Whether the residual fields are set. */
    public boolean hasResidual() {
        return residualProbability != null;
    }
}
