package io.programoffice.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.jira.JiraIssueContext;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The issue view's "Milestones this issue feeds" panel ({@code atl.jira.view.issue.right.context}): renders a shell
 * holding only the issue key and requires the panel's script, which fetches {@code GET /issues/{key}/milestones} as
 * the viewer and lists the milestones (or hides the panel when the issue feeds none, as Jira hides its own empty
 * panels), so the REST layer's permission rules are the only ones. Stateless; thread-safe.
 */
public class MilestonePanelContextProvider implements ContextProvider {
    /** The panel's web resource. */
    static final String RESOURCES = "io.programoffice.program-office-jira:program-office-milestone-panel";
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final JiraIssueContext issues;

    @Inject
    public MilestonePanelContextProvider(@ComponentImport PageBuilderService pageBuilder,
                                         @ComponentImport I18nResolver i18n, JiraIssueContext issues) {
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.issues = issues;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> out = new HashMap<>(context);
        out.put("issueKey", issues.issueKey(context));
        out.put("i18n", i18n);
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        return out;
    }
}
