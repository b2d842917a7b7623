package io.programoffice.jira.fields;

import com.atlassian.jira.issue.customfields.impl.AbstractSingleFieldType;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.risk.Roam;
import io.programoffice.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The risk's ROAM state (module {@code risk-roam}): {@code resolved}, {@code owned}, {@code accepted} or
 * {@code mitigated}, stored as that lower-case key in a short text column, so JQL reads {@code "ROAM" = owned} with
 * Jira's exact text searcher. Any case is accepted on input; blank means none (still to be decided); anything else is
 * refused with a {@link FieldValidationException} worded in the user's language ({@link Roam#problem}).
 *
 * <p>Cost: O(1) per conversion. Thread-safe: no state besides the injected services.
 */
@Named
public class RoamCFType extends AbstractSingleFieldType<String> {
    private final I18nResolver i18n;

    @Inject
    public RoamCFType(@ComponentImport CustomFieldValuePersister persister,
                      @ComponentImport GenericConfigManager configs,
                      @ComponentImport I18nResolver i18n) {
        super(persister, configs);
        this.i18n = i18n;
    }

    @Override
    protected PersistenceFieldType getDatabaseType() {
        return PersistenceFieldType.TYPE_LIMITED_TEXT;
    }

    @Override
    protected Object getDbValueFromObject(String key) {
        return key;
    }

    /** The stored key, normalised; a stored text that names no state is refused, so Jira shows none. */
    @Override
    protected String getObjectFromDbValue(Object databaseValue) throws FieldValidationException {
        return getSingularObjectFromString(String.valueOf(databaseValue));
    }

    /**
     * The lower-case key of the state {@code text} names in any case, or null when it is blank.
     *
     * @throws FieldValidationException when it names no ROAM state; the message lists the states
     */
    @Override
    public String getSingularObjectFromString(String text) throws FieldValidationException {
        Problem problem = Roam.problem(text);
        if (problem != null) {
            throw new FieldValidationException(i18n.getText(problem.key(), problem.argumentArray()));
        }
        Roam roam = Roam.parse(text);
        return roam == null ? null : roam.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getStringFromSingularObject(String key) {
        return key;
    }
}
