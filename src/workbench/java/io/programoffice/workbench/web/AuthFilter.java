package io.programoffice.workbench.web;

import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUser;
import io.programoffice.workbench.host.WbUserDirectory;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling, as a Jira development instance decides it: HTTP basic credentials on the request (wrong ones get
 * 401 at once), else the user logged in to the session by the login form, else anonymous. The user is set on the
 * authentication context for the rest of the request.
 */
public final class AuthFilter implements Filter {
    /** Session attribute holding the logged-in username. */
    public static final String SESSION_USER = "workbench.username";

    private final WbUserDirectory users;
    private final WbAuthenticationContext authentication;

    public AuthFilter(WbUserDirectory users, WbAuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        WbUser user = null;
        String header = req.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<WbUser> basic = basic(header.substring(6).trim());
            if (basic.isEmpty()) {
                unauthorized(req, resp);
                return;
            }
            user = basic.get();
        } else {
            HttpSession session = req.getSession(false);
            Object name = session == null ? null : session.getAttribute(SESSION_USER);
            if (name instanceof String username) {
                user = users.find(username).orElse(null);
            }
        }
        var before = authentication.use(user);
        try {
            chain.doFilter(request, response);
        } finally {
            authentication.use(before);
        }
    }

    private Optional<WbUser> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static void unauthorized(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        resp.setHeader("WWW-Authenticate", "Basic realm=\"Program Office workbench\"");
        if (req.getRequestURI().startsWith(req.getContextPath() + "/rest/")) {
            resp.setContentType("application/json;charset=UTF-8");
            resp.getWriter().write("{\"errorMessages\":[\"Your username or password is incorrect.\"],\"errors\":{}}");
        } else {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().write("Your username or password is incorrect.");
        }
    }
}
