package io.programoffice.web;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.programoffice.jira.JiraIssueContext;
import java.util.HashMap;
import java.util.Map;

/**
 * An issue-view panel rendered as a shell: the template gets only the issue key and the i18n resolver, and the panel's
 * web resource is required, whose script fetches the panel's JSON from REST as the viewer (so nothing is computed for
 * a viewer who never scrolls to it, and the REST layer's permission rules are the only ones). Stateless; thread-safe.
 */
abstract class IssuePanelShell implements ContextProvider {
    private final PageBuilderService pageBuilder;
    private final I18nResolver i18n;
    private final JiraIssueContext issues;
    private final String resources;

    IssuePanelShell(PageBuilderService pageBuilder, I18nResolver i18n, JiraIssueContext issues, String resources) {
        this.pageBuilder = pageBuilder;
        this.i18n = i18n;
        this.issues = issues;
        this.resources = resources;
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
        pageBuilder.assembler().resources().requireWebResource(resources);
        return out;
    }
}
