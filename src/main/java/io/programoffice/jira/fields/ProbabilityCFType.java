package io.programoffice.jira.fields;

import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The risk's probability on the 1–5 scale (module {@code risk-probability}); the rules are {@link RiskLevelCFType}'s.
 * Thread-safe.
 */
@Named
public class ProbabilityCFType extends RiskLevelCFType {
    @Inject
    public ProbabilityCFType(@ComponentImport CustomFieldValuePersister persister,
                             @ComponentImport GenericConfigManager configs,
                             @ComponentImport I18nResolver i18n,
                             @ComponentImport JiraAuthenticationContext authentication) {
        super(persister, configs, i18n, authentication);
    }
}
