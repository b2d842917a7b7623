package io.programoffice.workbench.web;

import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.HtmlEscaping;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbI18nResolver;
import io.programoffice.workbench.host.WbPageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Jira's dashboard, as much of it as the plugin's dashboard items need ({@code /secure/Dashboard.jspa}): one
 * dashboard per user holding every {@code <dashboard-item>} the descriptor declares, the web resources of the
 * {@code atl.dashboard} context, a small AMD loader ({@code define}/{@code require}, with {@code jquery} and
 * {@code wrm/context-path}) and the dashboard item API subset ({@code workbench-static/dashboard.js}). Preferences
 * are the logged-in user's, from {@link DashboardPreferences}. Anonymous users are sent to the login page.
 * Every value written into the page is escaped. Thread-safe.
 */
public final class DashboardServlet extends HttpServlet {
    /** Where Jira serves the dashboard. */
    public static final String PATH = "/secure/Dashboard.jspa";
    /** Jira's web-resource context of dashboard pages. */
    static final String CONTEXT = "atl.dashboard";
    private static final long serialVersionUID = 1L;

    private final transient PluginDescriptor descriptor;
    private final transient WbI18nResolver i18n;
    private final transient WbPageBuilderService pageBuilder;
    private final transient WbAuthenticationContext authentication;
    private final transient DashboardPreferences preferences;

    public DashboardServlet(PluginDescriptor descriptor, WbI18nResolver i18n, WbPageBuilderService pageBuilder,
                            WbAuthenticationContext authentication, DashboardPreferences preferences) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.pageBuilder = pageBuilder;
        this.authentication = authentication;
        this.preferences = preferences;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        String context = req.getContextPath();
        if (user == null) {
            resp.sendRedirect(context + "/login.jsp?os_destination=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        for (PluginDescriptor.WebResource resource : descriptor.webResourcesInContext(CONTEXT)) {
            pageBuilder.assembler().resources().requireWebResource(descriptor.key() + ":" + resource.key());
        }
        StringBuilder items = new StringBuilder();
        for (PluginDescriptor.DashboardItem item : descriptor.dashboardItems()) {
            String title = item.titleKey() == null ? item.key() : i18n.getText(item.titleKey());
            items.append("<div class=\"workbench-gadget\" id=\"gadget-").append(HtmlEscaping.escape(item.key()))
                    .append("\" data-item-key=\"").append(HtmlEscaping.escape(item.key()))
                    .append("\" data-amd-module=\"").append(HtmlEscaping.escape(item.amdModule()))
                    .append("\" data-configurable=\"").append(item.configurable())
                    .append("\" data-preferences=\"")
                    .append(HtmlEscaping.escape(DashboardPreferences.toJson(
                            preferences.get(user.getUsername(), item.key()))))
                    .append("\">\n<div class=\"workbench-gadget-header\"><h2 class=\"workbench-gadget-title\">")
                    .append(HtmlEscaping.escape(title)).append("</h2>")
                    .append(item.configurable()
                            ? "<button type=\"button\" class=\"aui-button aui-button-subtle workbench-gadget-edit\">"
                              + "Edit</button>" : "")
                    .append("</div>\n<div class=\"workbench-gadget-loading\" hidden>Loading\u2026</div>\n")
                    .append("<div class=\"workbench-gadget-content\"></div>\n</div>\n");
        }
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>System Dashboard - Jira (workbench)</title>\n"
                + "<meta name=\"decorator\" content=\"atl.general\">\n"
                + "<meta name=\"ajs-context-path\" content=\"" + HtmlEscaping.escape(context) + "\">\n"
                + "<script src=\"" + HtmlEscaping.escape(context) + "/workbench-static/dashboard-amd.js\"></script>\n"
                + "</head><body>\n<div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\">\n<h1 id=\"dashboard-title\">System Dashboard</h1>\n"
                + "<div id=\"dashboard\" class=\"workbench-dashboard\">\n" + items + "</div>\n"
                + "</section></div></div>\n"
                + "<script src=\"" + HtmlEscaping.escape(context) + "/workbench-static/dashboard.js\"></script>\n"
                + "</body></html>\n");
    }
}
