package io.programoffice.workbench.web;

import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.HtmlEscaping;
import io.programoffice.workbench.host.WbI18nResolver;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Jira-like page chrome the workbench wraps around decorated pages: AUI, the header with the top navigation
 * bar's web items, and the tags of the web resources a page required. Every value written is escaped.
 */
public final class Chrome {
    /** Jira's top navigation location. */
    public static final String TOP_NAV = "system.top.navigation.bar";
    /** The one web-item condition the workbench understands. */
    static final String LOGGED_IN = "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition";
    /** AUI's web-resource key in Jira. */
    static final String AUI = "com.atlassian.auiplugin:ajs";

    private Chrome() {
    }

    /** AUI and the workbench's own chrome styles. */
    public static String headTags(String context) {
        return "<link rel=\"stylesheet\" href=\"" + context + "/workbench-static/aui/aui-prototyping.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + context + "/workbench-static/workbench.css\">\n"
                + "<script src=\"" + context + "/workbench-static/aui/aui-prototyping.js\"></script>";
    }

    /** Tags for the required web resources (complete keys), with their in-plugin dependencies first. */
    public static String resourceTags(String context, PluginDescriptor descriptor, Set<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            collect(descriptor, key, ordered);
        }
        StringBuilder tags = new StringBuilder();
        for (String completeKey : ordered) {
            String moduleKey = completeKey.substring(completeKey.indexOf(':') + 1);
            PluginDescriptor.WebResource resource = descriptor.webResource(moduleKey);
            for (PluginDescriptor.Download d : resource.downloads()) {
                String href = context + "/download/resources/" + HtmlEscaping.escape(completeKey) + "/"
                        + HtmlEscaping.escape(d.name());
                if (d.name().endsWith(".css")) {
                    tags.append("<link rel=\"stylesheet\" href=\"").append(href).append("\">\n");
                } else if (d.name().endsWith(".js")) {
                    tags.append("<script src=\"").append(href).append("\"></script>\n");
                }
            }
        }
        return tags.toString();
    }

    private static void collect(PluginDescriptor descriptor, String completeKey, Set<String> out) {
        if (completeKey.equals(AUI) || !completeKey.startsWith(descriptor.key() + ":")) {
            return; // AUI is always on the page; other plugins' resources are not the workbench's
        }
        PluginDescriptor.WebResource resource = descriptor.webResource(completeKey.substring(completeKey.indexOf(':') + 1));
        if (resource == null) {
            throw new IllegalStateException("the page required web-resource " + completeKey + ", which the descriptor lacks");
        }
        for (String dependency : resource.dependencies()) {
            collect(descriptor, dependency, out);
        }
        out.add(completeKey);
    }

    /**
     * Jira's header: logo, Jira's own Dashboards link and the top navigation web items, and the user menu (with
     * Administration for admins).
     */
    public static String header(String context, PluginDescriptor descriptor, WbI18nResolver i18n, String displayName,
                                boolean admin) {
        StringBuilder nav = new StringBuilder();
        if (displayName != null) {
            nav.append("<li><a class=\"aui-nav-link\" id=\"home_link\" href=\"").append(context)
                    .append(DashboardServlet.PATH).append("\">Dashboards</a></li>");
        }
        List<PluginDescriptor.WebItem> items = descriptor.webItems(TOP_NAV);
        for (PluginDescriptor.WebItem item : items) {
            if (item.conditions().contains(LOGGED_IN) && displayName == null) {
                continue;
            }
            nav.append("<li><a class=\"aui-nav-link\" id=\"").append(HtmlEscaping.escape(item.linkId()))
                    .append("\" href=\"").append(context).append(HtmlEscaping.escape(item.link())).append("\"")
                    .append(item.tooltipKey() == null ? "" : " title=\""
                            + HtmlEscaping.escape(i18n.getText(item.tooltipKey())) + "\"")
                    .append(">").append(HtmlEscaping.escape(i18n.getText(item.labelKey()))).append("</a></li>");
        }
        String user = displayName == null
                ? "<li><a class=\"aui-nav-link\" href=\"" + context + "/login.jsp\">Log In</a></li>"
                : (admin ? "<li><a class=\"aui-nav-link\" id=\"admin_menu\" href=\"" + context + firstAdminLink(descriptor)
                        + "\">Administration</a></li>" : "")
                  + "<li><span class=\"workbench-user\" id=\"header-details-user-fullname\">"
                  + HtmlEscaping.escape(displayName) + "</span></li>"
                  + "<li><a class=\"aui-nav-link\" id=\"log_out\" href=\"" + context + "/logout\">Log Out</a></li>";
        return "<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\">"
                + "<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">"
                + "<span id=\"logo\" class=\"aui-header-logo workbench-logo\"><a href=\"" + context + "/\">"
                + "<span class=\"workbench-logo-mark\">Jira</span><span class=\"workbench-logo-tag\">workbench</span></a></span>"
                + "<ul class=\"aui-nav\">" + nav + "</ul></div>"
                + "<div class=\"aui-header-secondary\"><ul class=\"aui-nav\">" + user + "</ul></div>"
                + "</div></nav></header>";
    }

    /** Jira's administration location for apps ("Manage apps" sidebar). */
    public static final String ADMIN_PLUGINS_MENU = "admin_plugins_menu";

    private static String firstAdminLink(PluginDescriptor descriptor) {
        for (PluginDescriptor.WebSection section : descriptor.webSections(ADMIN_PLUGINS_MENU)) {
            List<PluginDescriptor.WebItem> items = descriptor.webItems(ADMIN_PLUGINS_MENU + "/" + section.key());
            if (!items.isEmpty()) {
                return HtmlEscaping.escape(items.get(0).link());
            }
        }
        return "/";
    }

    /**
     * The administration sidebar: each web section under {@code admin_plugins_menu} with its web items; the item
     * whose key is {@code activeTab} is selected.
     */
    public static String adminSidebar(String context, PluginDescriptor descriptor, WbI18nResolver i18n,
                                      String activeTab) {
        StringBuilder nav = new StringBuilder("<nav class=\"aui-navgroup aui-navgroup-vertical workbench-admin-nav\" "
                + "aria-label=\"Administration\"><div class=\"aui-navgroup-inner\">");
        for (PluginDescriptor.WebSection section : descriptor.webSections(ADMIN_PLUGINS_MENU)) {
            nav.append("<div class=\"aui-nav-heading\"><strong>")
                    .append(HtmlEscaping.escape(i18n.getText(section.labelKey()))).append("</strong></div><ul class=\"aui-nav\">");
            for (PluginDescriptor.WebItem item : descriptor.webItems(ADMIN_PLUGINS_MENU + "/" + section.key())) {
                nav.append("<li").append(item.key().equals(activeTab) ? " class=\"aui-nav-selected\"" : "")
                        .append("><a id=\"").append(HtmlEscaping.escape(item.linkId())).append("\" href=\"")
                        .append(context).append(HtmlEscaping.escape(item.link())).append("\">")
                        .append(HtmlEscaping.escape(i18n.getText(item.labelKey()))).append("</a></li>");
            }
            nav.append("</ul>");
        }
        return nav.append("</div></nav>").toString();
    }
}
