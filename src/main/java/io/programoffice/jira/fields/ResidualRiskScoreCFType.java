package io.programoffice.jira.fields;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import io.programoffice.core.risk.RiskScale;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The risk score after mitigation (module {@code risk-residual-score}): residual probability × residual impact when
 * the scheme has residual fields and the issue holds both, else the inherent score, as the risk register counts it
 * ({@link io.programoffice.core.risk.Risk#residualScore()}). See {@link CalculatedRiskScoreCFType}. Thread-safe.
 */
@Named
public class ResidualRiskScoreCFType extends CalculatedRiskScoreCFType {
    @Inject
    public ResidualRiskScoreCFType(RiskFieldRoles roles,
                                   @ComponentImport CustomFieldManager fields,
                                   @ComponentImport I18nResolver i18n,
                                   @ComponentImport JiraAuthenticationContext authentication) {
        super(roles, fields, i18n, authentication);
    }

    @Override
    protected Integer score(Issue issue, RiskFieldIds ids) {
        if (ids.hasResidual()) {
            Integer residual = RiskScale.score(level(issue, ids.residualProbability()), level(issue, ids.residualImpact()));
            if (residual != null) {
                return residual;
            }
        }
        return inherent(issue, ids);
    }
}
