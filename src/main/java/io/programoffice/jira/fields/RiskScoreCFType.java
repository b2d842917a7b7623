package io.programoffice.jira.fields;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The risk score before mitigation (module {@code risk-score}): probability × impact, none when either is missing.
 * See {@link CalculatedRiskScoreCFType}. Thread-safe.
 */
@Named
public class RiskScoreCFType extends CalculatedRiskScoreCFType {
    @Inject
    public RiskScoreCFType(RiskFieldRoles roles,
                           @ComponentImport CustomFieldManager fields,
                           @ComponentImport I18nResolver i18n,
                           @ComponentImport JiraAuthenticationContext authentication) {
        super(roles, fields, i18n, authentication);
    }

    @Override
    protected Integer score(Issue issue, RiskFieldIds ids) {
        return inherent(issue, ids);
    }
}
