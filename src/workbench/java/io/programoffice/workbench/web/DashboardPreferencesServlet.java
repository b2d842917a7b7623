package io.programoffice.workbench.web;

import com.atlassian.jira.user.ApplicationUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.workbench.descriptor.PluginDescriptor;
import io.programoffice.workbench.host.WbAuthenticationContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a dashboard item's preferences for the logged-in user, where Jira's dashboard saves them:
 * {@code PUT /rest/dashboards/1.0/<dashboard>/gadget/<item>/prefs} with a JSON object of text values (the workbench
 * has one dashboard per user, id {@value #DASHBOARD_ID}; its items are named by their module key). 204 when saved;
 * 401 anonymous; 415 for a body that is not JSON (a cross-site form can't send JSON, so this is the XSRF check);
 * 400 for bad preferences; 404 for an item the descriptor lacks. Errors in Jira's shape. Thread-safe.
 */
public final class DashboardPreferencesServlet extends HttpServlet {
    /** The servlet's mount point. */
    public static final String PATH = "/rest/dashboards/1.0";
    /** The id of each user's one dashboard. */
    public static final String DASHBOARD_ID = "10000";
    private static final long serialVersionUID = 1L;
    private static final Pattern ITEM = Pattern.compile("/" + DASHBOARD_ID + "/gadget/([^/]+)/prefs");
    private static final int MAX_BODY = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient PluginDescriptor descriptor;
    private final transient WbAuthenticationContext authentication;
    private final transient DashboardPreferences preferences;

    public DashboardPreferencesServlet(PluginDescriptor descriptor, WbAuthenticationContext authentication,
                                       DashboardPreferences preferences) {
        this.descriptor = descriptor;
        this.authentication = authentication;
        this.preferences = preferences;
    }

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            error(resp, HttpServletResponse.SC_UNAUTHORIZED, "You are not logged in.");
            return;
        }
        Matcher path = ITEM.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.matches() || descriptor.dashboardItems().stream().noneMatch(i -> i.key().equals(path.group(1)))) {
            error(resp, HttpServletResponse.SC_NOT_FOUND, "There is no such dashboard item.");
            return;
        }
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            error(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Send the preferences as application/json.");
            return;
        }
        byte[] body = req.getInputStream().readNBytes(MAX_BODY + 1);
        try {
            if (body.length > MAX_BODY) {
                throw new IllegalArgumentException("The preferences are too large.");
            }
            Map<String, String> values = DashboardPreferences.fromJson(new String(body, StandardCharsets.UTF_8));
            preferences.put(user.getUsername(), path.group(1), values);
        } catch (IllegalArgumentException e) {
            error(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.getWriter().write(JSON.writeValueAsString(
                Map.of("errorMessages", List.of(message), "errors", Map.of())));
    }
}
