package io.programoffice.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.jira.JiraIssueContext;
import jakarta.inject.Inject;

/**
 * The issue view's Dependencies panel ({@code atl.jira.view.issue.right.context}): renders a shell holding only the
 * issue key and requires the panel's script, which fetches {@code GET /issues/{key}/dependencies} as the viewer and
 * builds the lists (so nothing is computed for a viewer who never scrolls to it, and the REST layer's permission
 * rules are the only ones). Stateless; thread-safe.
 */
public class DependencyPanelContextProvider extends IssuePanelShell {
    /** The panel's web resource. */
    static final String RESOURCES = "io.programoffice.program-office-jira:program-office-dependency-panel";

    @Inject
    public DependencyPanelContextProvider(@ComponentImport PageBuilderService pageBuilder,
                                          @ComponentImport I18nResolver i18n, JiraIssueContext issues) {
        super(pageBuilder, i18n, issues, RESOURCES);
    }
}
