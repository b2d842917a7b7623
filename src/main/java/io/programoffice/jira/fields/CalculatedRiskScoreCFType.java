package io.programoffice.jira.fields;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.risk.RiskScale;
import java.util.Map;

/**
 * A risk score computed from the issue's probability and impact fields (which ones: {@link RiskFieldRoles}, by the
 * issue's type), {@code probability × impact} as a Double (1–25), or none when the issue is no risk or a level is
 * missing or not a whole number 1–5. Stored nowhere: Jira indexes the value when the issue is indexed, so JQL and
 * sorting see it after the issue's next reindex (editing a level reindexes the issue). The view is Jira's number view.
 *
 * <p>Cost per issue: one issue-type lookup in memory and two custom field values of the issue; no database access of
 * its own. Thread-safe: no state besides the injected services.
 */
public abstract class CalculatedRiskScoreCFType extends CalculatedCFType<Double, Double> {
    static final int MAX_SCORE = RiskScale.MAX * RiskScale.MAX;

    private final RiskFieldRoles roles;
    private final CustomFieldManager fields;
    private final I18nResolver i18n;
    private final JiraAuthenticationContext authentication;

    protected CalculatedRiskScoreCFType(RiskFieldRoles roles, CustomFieldManager fields, I18nResolver i18n,
                                        JiraAuthenticationContext authentication) {
        this.roles = roles;
        this.fields = fields;
        this.i18n = i18n;
        this.authentication = authentication;
    }

    /** The score from the fields {@code ids} name, or null. */
    protected abstract Integer score(Issue issue, RiskFieldIds ids);

    @Override
    public Double getValueFromIssue(CustomField field, Issue issue) {
        IssueType type = issue == null ? null : issue.getIssueTypeObject();
        if (type == null) {
            return null;
        }
        Integer score = roles.forIssueType(type.getName()).map(ids -> score(issue, ids)).orElse(null);
        return score == null ? null : score.doubleValue();
    }

    /** The inherent score: probability × impact. */
    protected final Integer inherent(Issue issue, RiskFieldIds ids) {
        return RiskScale.score(level(issue, ids.probability()), level(issue, ids.impact()));
    }

    /** The level the issue holds in the field {@code fieldId}: a whole number 1–5, else null. */
    protected final Integer level(Issue issue, String fieldId) {
        CustomField field = fields.getCustomFieldObject(fieldId);
        return field == null ? null : RiskNumbers.level(issue.getCustomFieldValue(field));
    }

    /**
     * The score {@code text} gives ({@code "12"} or {@code "12.0"}), or null when blank.
     *
     * @throws FieldValidationException when it is not a whole number from 1 to 25
     */
    @Override
    public Double getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String whole = RiskNumbers.withoutZeroFraction(text);
        if (!whole.matches("[0-9]{1,9}") || Integer.parseInt(whole) < 1 || Integer.parseInt(whole) > MAX_SCORE) {
            throw new FieldValidationException(i18n.getText("program-office.risk.query.score", whole, 1, MAX_SCORE));
        }
        return Double.valueOf(whole);
    }

    @Override
    public String getStringFromSingularObject(Double score) {
        return RiskNumbers.format(score);
    }

    /** Jira's parameters plus {@code numberTool} in the user's locale, which Jira's number view template calls. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return RiskNumbers.withNumberTool(super.getVelocityParameters(issue, field, fieldLayoutItem), authentication);
    }
}
