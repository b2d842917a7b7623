package io.programoffice.core.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which of a program's issues are risks and where their risk values live: the risk issue type, the custom fields
 * holding the probability and impact (1–5), optionally a residual probability and impact (after mitigation), the
 * ROAM state and the mitigation text, and where the owner and the due date come from (Jira's assignee and due date,
 * or custom fields). {@link #NONE}: the scheme's programs keep no risks.
 *
 * @param issueType                the risk issue type's name, or null for none
 * @param probabilityField         custom field id of the probability
 * @param impactField              custom field id of the impact
 * @param residualProbabilityField custom field id of the probability after mitigation, or null
 * @param residualImpactField      custom field id of the impact after mitigation, or null (both or neither)
 * @param roamField                custom field id of the ROAM state
 * @param mitigationField          custom field id of the mitigation text, or null
 * @param ownerField               {@link #ASSIGNEE} or a user custom field id
 * @param dueField                 {@link #DUE_DATE} or a date custom field id
 */
public record RiskSource(String issueType, String probabilityField, String impactField,
                         String residualProbabilityField, String residualImpactField, String roamField,
                         String mitigationField, String ownerField, String dueField) {
    /** The owner is the issue's assignee. */
    public static final String ASSIGNEE = "assignee";
    /** The due date is the issue's due date. */
    public static final String DUE_DATE = "duedate";
    /** No risks. */
    public static final RiskSource NONE = new RiskSource(null, null, null, null, null, null, null, null, null);

    public RiskSource {
        if (issueType != null) {
            Objects.requireNonNull(probabilityField, "probabilityField");
            Objects.requireNonNull(impactField, "impactField");
            Objects.requireNonNull(roamField, "roamField");
            Objects.requireNonNull(ownerField, "ownerField");
            Objects.requireNonNull(dueField, "dueField");
            if ((residualProbabilityField == null) != (residualImpactField == null)) {
                throw new IllegalArgumentException("a residual probability field needs a residual impact field");
            }
            if (fields(probabilityField, impactField, residualProbabilityField, residualImpactField, roamField,
                    mitigationField).stream().distinct().count() != fields(probabilityField, impactField,
                    residualProbabilityField, residualImpactField, roamField, mitigationField).size()) {
                throw new IllegalArgumentException("a field holds one risk value only");
            }
        } else if (probabilityField != null || impactField != null || roamField != null) {
            throw new IllegalArgumentException("risk fields need a risk issue type");
        }
    }

    /** Whether the scheme's programs keep risks. */
    public boolean enabled() {
        return issueType != null;
    }

    /** The custom fields it reads (the owner and due date ones only when they are custom fields), in role order. */
    public List<String> customFields() {
        List<String> out = fields(probabilityField, impactField, residualProbabilityField, residualImpactField,
                roamField, mitigationField);
        if (ownerField != null && !ownerField.equals(ASSIGNEE)) {
            out.add(ownerField);
        }
        if (dueField != null && !dueField.equals(DUE_DATE)) {
            out.add(dueField);
        }
        return out;
    }

    private static List<String> fields(String... ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }
}
