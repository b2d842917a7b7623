package io.programoffice.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.jira.JiraIssueContext;
import jakarta.inject.Inject;

/**
 * The issue view's "Milestones this issue feeds" panel ({@code atl.jira.view.issue.right.context}): renders a shell
 * holding only the issue key and requires the panel's script, which fetches {@code GET /issues/{key}/milestones} as
 * the viewer and lists the milestones (or hides the panel when the issue feeds none, as Jira hides its own empty
 * panels), so the REST layer's permission rules are the only ones. Stateless; thread-safe.
 */
public class MilestonePanelContextProvider extends IssuePanelShell {
    /** The panel's web resource. */
    static final String RESOURCES = "io.programoffice.program-office-jira:program-office-milestone-panel";

    @Inject
    public MilestonePanelContextProvider(@ComponentImport PageBuilderService pageBuilder,
                                         @ComponentImport I18nResolver i18n, JiraIssueContext issues) {
        super(pageBuilder, i18n, issues, RESOURCES);
    }
}
