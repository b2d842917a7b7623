package io.programoffice.jira.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.risk.RiskScale;
import io.programoffice.core.validation.Problem;
import java.util.Map;

/**
 * A risk level on the 1–5 scale of {@link RiskScale}: a whole number, stored as a number (Double, the transport type
 * Jira's number searchers index and sort). Blank means no value; {@code "3"} and {@code "3.0"} are 3; {@code "3.5"},
 * {@code "7"} and {@code "abc"} are refused with a {@link FieldValidationException} worded in the user's language,
 * which Jira shows at the field. The view is Jira's number view, so the type puts Jira's {@code numberTool} into the
 * template parameters.
 *
 * <p>Cost: O(length of the text) per conversion, no database access beyond Jira's own storage of the value.
 * Thread-safe: no state besides the injected services.
 */
public abstract class RiskLevelCFType extends AbstractSingleFieldType<Double> {
    /** The i18n key for a number with a fraction, such as 3.5: arguments text, lowest and highest level. */
    static final String WHOLE_KEY = "program-office.risk.scale.whole";

    private final I18nResolver i18n;
    private final JiraAuthenticationContext authentication;

    protected RiskLevelCFType(CustomFieldValuePersister persister, GenericConfigManager configs, I18nResolver i18n,
                              JiraAuthenticationContext authentication) {
        super(persister, configs);
        this.i18n = i18n;
        this.authentication = authentication;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_DECIMAL;
    }

    @Override
    protected Object getDbValueFromObject(Double level) {
        return level;
    }

    /** The stored number when it is a level; anything else (written around the type) is refused, so Jira shows none. */
    @Override
    protected Double getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        Integer level = RiskNumbers.level(databaseValue);
        if (level == null) {
            throw new FieldValidationException(text(Problem.of("program-office.risk.scale.range",
                    String.valueOf(databaseValue), RiskScale.MIN, RiskScale.MAX)));
        }
        return level.doubleValue();
    }

    /**
     * The level {@code text} gives, or null when it is blank.
     *
     * @throws FieldValidationException when it is not a whole number from 1 to 5; the message says why
     */
    @Override
    public Double getSingularObjectFromString(String text) throws FieldValidationException {
        if (text == null || text.isBlank()) {
            return null;
        }
        String whole = RiskNumbers.withoutZeroFraction(text);
        if (RiskNumbers.hasFraction(whole)) {
            throw new FieldValidationException(text(Problem.of(WHOLE_KEY, whole, RiskScale.MIN, RiskScale.MAX)));
        }
        Problem problem = RiskScale.problem(whole);
        if (problem != null) {
            throw new FieldValidationException(text(problem));
        }
        return RiskScale.parse(whole).doubleValue();
    }

    /** {@code "3"} for 3.0, the form {@link #getSingularObjectFromString} reads back and the edit list offers. */
    @Override
    public String getStringFromSingularObject(Double level) {
        return RiskNumbers.format(level);
    }

    /** Jira's parameters plus {@code numberTool} in the user's locale, which Jira's number view template calls. */
    @Override
    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return RiskNumbers.withNumberTool(super.getVelocityParameters(issue, field, fieldLayoutItem), authentication);
    }

    private String text(Problem problem) {
        return i18n.getText(problem.key(), problem.argumentArray());
    }
}
