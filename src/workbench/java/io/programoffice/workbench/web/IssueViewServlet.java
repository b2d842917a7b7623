package io.programoffice.workbench.web;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.HtmlEscaping;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbIssue;
import io.programoffice.workbench.host.WbIssueStore;
import io.programoffice.workbench.inject.Injector;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A minimal issue view ({@code /browse/KEY}): the issue's key, type and status, and the plugin's web panels at
 * {@code atl.jira.view.issue.right.context}, each rendered as Jira renders one (its context provider's map, given
 * the {@code issue} and the {@code user}, into its velocity view). Anonymous users are sent to the login page; an
 * issue the user may not browse (project or security level) is a 404, as in Jira. Every value written here is
 * escaped; panels escape their own. Thread-safe.
 */
public final class IssueViewServlet extends HttpServlet {
    /** Where Jira serves the issue view. */
    public static final String PATH = "/browse";
    /** The issue view's right column. */
    static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    private static final long serialVersionUID = 1L;

    private final transient PluginDescriptor descriptor;
    private final transient Injector injector;
    private final transient WbI18nResolver i18n;
    private final transient WbAuthenticationContext authentication;
    private final transient WbIssueStore issues;
    private final transient PermissionManager permissions;
    private final transient IssueSecurityLevelManager securityLevels;
    private final transient TemplateRenderer renderer;

    /** @param injector builds the panels' context providers (plugin classes) */
    public IssueViewServlet(PluginDescriptor descriptor, Injector injector, WbI18nResolver i18n,
                            WbAuthenticationContext authentication, WbIssueStore issues, PermissionManager permissions,
                            IssueSecurityLevelManager securityLevels, TemplateRenderer renderer) {
        this.descriptor = descriptor;
        this.injector = injector;
        this.i18n = i18n;
        this.authentication = authentication;
        this.issues = issues;
        this.permissions = permissions;
        this.securityLevels = securityLevels;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        String context = req.getContextPath();
        String key = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (user == null) {
            resp.sendRedirect(context + "/login.jsp?os_destination="
                    + URLEncoder.encode(PATH + "/" + key, StandardCharsets.UTF_8));
            return;
        }
        WbIssue issue = key.isEmpty() ? null : issues.byKey(key);
        if (issue == null || !mayBrowse(issue, user)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Issue Does Not Exist");
            return;
        }
        StringBuilder panels = new StringBuilder();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels(RIGHT_CONTEXT)) {
            panels.append(panel(panel, issue, user));
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>[" + HtmlEscaping.escape(issue.getKey()) + "] - Jira (workbench)</title>\n"
                + "<meta name=\"decorator\" content=\"atl.general\">\n"
                + "<meta name=\"ajs-context-path\" content=\"" + HtmlEscaping.escape(context) + "\">\n"
                + "</head><body>\n<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">\n<h1 id=\"issue-key\">"
                + HtmlEscaping.escape(issue.getKey()) + "</h1>\n<p id=\"issue-details\">"
                + HtmlEscaping.escape(issue.getIssueTypeObject().getName()) + " \u00b7 "
                + HtmlEscaping.escape(issue.getStatusObject().getName()) + "</p>\n</section>\n"
                + "<aside class=\"aui-page-panel-sidebar\" id=\"issue-right-context\">\n" + panels + "</aside>\n"
                + "</div></div>\n</body></html>\n");
    }

    private String panel(PluginDescriptor.WebPanel panel, WbIssue issue, ApplicationUser user) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue);
        model.put("user", user);
        if (panel.contextProvider() != null) {
            try {
                ContextProvider provider = (ContextProvider) injector.get(Class.forName(panel.contextProvider()));
                provider.init(Map.of());
                model = provider.getContextMap(model);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("web panel " + panel.key() + ": no class " + panel.contextProvider(), e);
            }
        }
        StringWriter html = new StringWriter();
        renderer.render(panel.viewTemplate(), model, html);
        String label = panel.labelKey() == null ? "" : i18n.getText(panel.labelKey());
        return "<div class=\"module\" id=\"" + HtmlEscaping.escape(panel.key()) + "\">\n<h3 class=\"module-title\">"
                + HtmlEscaping.escape(label) + "</h3>\n<div class=\"mod-content\">" + html + "</div>\n</div>\n";
    }

    private boolean mayBrowse(WbIssue issue, ApplicationUser user) {
        if (!permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS,
                issue.getProjectObject(), user)) {
            return false;
        }
        Long level = issue.getSecurityLevelId();
        if (level == null) {
            return true;
        }
        for (IssueSecurityLevel seen : securityLevels.getUsersSecurityLevels(issue.getProjectObject(), user)) {
            if (level.equals(seen.getId())) {
                return true;
            }
        }
        return false;
    }
}
