package io.programoffice.workbench.web;

import io.programoffice.workbench.host.HtmlEscaping;
import io.programoffice.workbench.host.WbUser;
import io.programoffice.workbench.host.WbUserDirectory;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Jira's login page at {@code /login.jsp}: a form posting {@code os_username}, {@code os_password} and
 * {@code os_destination}; on success the session holds the user and the browser goes to the destination when it is a
 * plain path inside this context ({@link #safeDestination}), else to the home page. Also serves {@code /logout}.
 */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient WbUserDirectory users;
    private final String home;

    public LoginServlet(WbUserDirectory users, String home) {
        this.users = users;
        this.home = home;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getServletPath().equals("/logout")) {
            if (req.getSession(false) != null) {
                req.getSession(false).invalidate();
            }
            resp.sendRedirect(req.getContextPath() + "/login.jsp");
            return;
        }
        form(req, resp, null);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<WbUser> user = users.authenticate(nullToEmpty(req.getParameter("os_username")),
                nullToEmpty(req.getParameter("os_password")));
        if (user.isEmpty()) {
            form(req, resp, "Sorry, your username and password are incorrect - please try again.");
            return;
        }
        req.getSession(true);
        req.changeSessionId();
        req.getSession().setAttribute(AuthFilter.SESSION_USER, user.get().getUsername());
        resp.sendRedirect(destination(req));
    }

    private String destination(HttpServletRequest req) {
        return safeDestination(req.getParameter("os_destination"), req.getContextPath()).orElse(req.getContextPath() + home);
    }

    /**
     * Where to go for {@code wanted}, a path relative to the context as Jira's {@code os_destination} is
     * ({@code /plugins/servlet/...}): the context plus that path and its query, or empty when it is anything else:
     * another site, another scheme, a path with dot or empty segments, or not a URI at all.
     */
    static Optional<String> safeDestination(String wanted, String context) {
        if (wanted == null || wanted.isEmpty() || wanted.indexOf('\\') >= 0 || wanted.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(wanted);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null || path == null
                || !path.startsWith("/") || path.contains("//")) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            String decoded = URLDecoder.decode(segment, StandardCharsets.UTF_8);
            if (decoded.equals(".") || decoded.equals("..") || decoded.contains(";") || decoded.contains("/")
                    || decoded.contains("\\")) {
                return Optional.empty();
            }
        }
        return Optional.of(context + (uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery()));
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, String error) throws IOException {
        String destination = HtmlEscaping.escape(nullToEmpty(req.getParameter("os_destination")));
        String context = req.getContextPath();
        FormPage.write(resp, context, "Log in", "<h1>Log in</h1>"
                + "<p class=\"workbench-login-hint\">Program Office workbench &middot; users "
                + "<code>admin/admin</code>, <code>alice/alice</code>, <code>bob/bob</code></p>\n"
                + (error == null ? "" : FormPage.error("login-error", error))
                + "<form class=\"aui\" id=\"login-form\" method=\"post\" action=\"" + context + "/login.jsp\">\n"
                + "<div class=\"field-group\"><label for=\"login-form-username\">Username</label>"
                + "<input class=\"text\" type=\"text\" id=\"login-form-username\" name=\"os_username\" autofocus></div>\n"
                + "<div class=\"field-group\"><label for=\"login-form-password\">Password</label>"
                + "<input class=\"text\" type=\"password\" id=\"login-form-password\" name=\"os_password\"></div>\n"
                + "<input type=\"hidden\" name=\"os_destination\" value=\"" + destination + "\">\n"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<input class=\"aui-button aui-button-primary\" type=\"submit\" id=\"login-form-submit\" value=\"Log In\">"
                + "</div></div></form>\n");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
