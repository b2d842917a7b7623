package io.programoffice.workbench.web;

import com.atlassian.jira.user.ApplicationUser;
import io.programoffice.workbench.host.HtmlEscaping;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUserDirectory;
import io.programoffice.workbench.host.WbWebSudoManager;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Jira's "Administrator access" page at {@link WbWebSudoManager#AUTHENTICATE_PATH}: the logged-in administrator
 * confirms their password to start a secure administrator session, then goes on to {@code webSudoDestination} when
 * {@link LoginServlet#safeDestination} accepts it, else to the context root. Anonymous callers are sent to the login
 * page, which brings them back here; a user who is not an administrator gets a message and no grant. One directory
 * look-up (and one password hash on POST) per request; thread-safe.
 */
public final class WebSudoServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PARAMETER = "webSudoPassword";
    static final String NOT_ADMIN = "You are not an administrator. Log in as an administrator to use this function.";
    static final String WRONG_PASSWORD = "The password you entered is incorrect. Please try again.";

    private final transient WbUserDirectory users;
    private final transient WbWebSudoManager webSudo;
    private final transient WbAuthenticationContext authentication;

    /**
     * @param users the directory holding the passwords and admin flags
     * @param webSudo where grants are recorded
     * @param authentication who is calling (set by the authentication filter)
     */
    public WebSudoServlet(WbUserDirectory users, WbWebSudoManager webSudo, WbAuthenticationContext authentication) {
        this.users = users;
        this.webSudo = webSudo;
        this.authentication = authentication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = adminOrAnswered(req, resp);
        if (user != null) {
            form(req, resp, user, null);
        }
    }

    /** The logged-in administrator, or null after sending anyone else to the login page or a refusal. */
    private ApplicationUser adminOrAnswered(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            toLogin(req, resp);
            return null;
        }
        if (!users.isAdmin(user.getUsername())) {
            notAdmin(req, resp, user);
            return null;
        }
        return user;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationUser user = adminOrAnswered(req, resp);
        if (user == null) {
            return;
        }
        String password = req.getParameter(PASSWORD_PARAMETER);
        if (password == null || users.authenticate(user.getUsername(), password).isEmpty()) {
            form(req, resp, user, WRONG_PASSWORD);
            return;
        }
        req.getSession(true);
        req.changeSessionId();
        webSudo.grant(req.getSession());
        String context = req.getContextPath();
        resp.sendRedirect(LoginServlet.safeDestination(destination(req), context).orElse(context + "/"));
    }

    private static String destination(HttpServletRequest req) {
        return req.getParameter(WbWebSudoManager.DESTINATION_PARAMETER);
    }

    private void toLogin(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String back = webSudo.authenticateUri("", destination(req));
        resp.sendRedirect(req.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    private static void notAdmin(HttpServletRequest req, HttpServletResponse resp, ApplicationUser user)
            throws IOException {
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        String context = req.getContextPath();
        FormPage.write(resp, context, "Administrator access", "<h1>Administrator access</h1>\n"
                + FormPage.error("websudo-error", NOT_ADMIN)
                + "<p>You are logged in as <strong id=\"websudo-username\">" + HtmlEscaping.escape(user.getUsername())
                + "</strong>. <a href=\"" + context + "/logout\">Log out</a></p>\n");
    }

    private void form(HttpServletRequest req, HttpServletResponse resp, ApplicationUser user, String error)
            throws IOException {
        String context = req.getContextPath();
        String destination = destination(req);
        FormPage.write(resp, context, "Administrator access", "<h1>Administrator access</h1>\n"
                + "<p>You have requested access to an administrative function and must confirm your password.</p>\n"
                + (error == null ? "" : FormPage.error("websudo-error", error))
                + "<form class=\"aui\" id=\"websudo-form\" method=\"post\" action=\"" + context
                + WbWebSudoManager.AUTHENTICATE_PATH + "\">\n"
                + "<div class=\"field-group\"><label>Username</label>"
                + "<span class=\"field-value\" id=\"websudo-username\">" + HtmlEscaping.escape(user.getUsername())
                + "</span></div>\n"
                + "<div class=\"field-group\"><label for=\"websudo-password\">Password</label>"
                + "<input class=\"text\" type=\"password\" id=\"websudo-password\" name=\"" + PASSWORD_PARAMETER
                + "\" autofocus></div>\n"
                + "<input type=\"hidden\" name=\"" + WbWebSudoManager.DESTINATION_PARAMETER + "\" value=\""
                + HtmlEscaping.escape(destination == null ? "" : destination) + "\">\n"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<input class=\"aui-button aui-button-primary\" type=\"submit\" id=\"websudo-submit\""
                + " value=\"Confirm\">"
                + "<a class=\"aui-button aui-button-link\" id=\"websudo-cancel\" href=\"" + context + "/\">Cancel</a>"
                + "</div></div></form>\n");
    }
}
