package io.programoffice.workbench.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Secure administrator sessions ("websudo"), as Jira enforces them: a request may run a websudo-protected action when
 * it carries HTTP basic credentials (REST clients are not challenged; the authentication filter has already checked
 * them), or when its session holds a grant younger than {@link #TIMEOUT}. {@link #grant(HttpSession)} records a grant
 * after the administrator confirmed their password on the page at {@link #AUTHENTICATE_PATH}. Time comes from the
 * injected clock. Each call is a few session reads; thread-safe (the state lives in the session).
 */
public final class WbWebSudoManager implements WebSudoManager {
    /** How long a grant lasts. */
    public static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** The page asking for the password, relative to the context. */
    public static final String AUTHENTICATE_PATH = "/secure/admin/WebSudoAuthenticate.jspa";
    /** The parameter naming where to go after the password was confirmed (a context-relative path). */
    public static final String DESTINATION_PARAMETER = "webSudoDestination";
    /** Session attribute holding the {@link Instant} of the last grant. */
    static final String SESSION_GRANTED_AT = "workbench.websudo.grantedAt";

    private final Clock clock;

    /** @param clock the clock grants are stamped and checked with */
    public WbWebSudoManager(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param request the current request
     * @return whether it carries basic credentials or its session holds an unexpired grant
     */
    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object grantedAt;
        try {
            grantedAt = session.getAttribute(SESSION_GRANTED_AT);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        if (!(grantedAt instanceof Instant granted)) {
            return false;
        }
        Instant now = clock.instant();
        return !now.isBefore(granted) && now.isBefore(granted.plus(TIMEOUT));
    }

    /**
     * Redirects the browser to the websudo page, which comes back to the current request's path and query.
     *
     * @param request the request that needs websudo
     * @param response its response, not yet committed
     * @throws UncheckedIOException when the redirect cannot be sent
     */
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String context = request.getContextPath();
        String path = request.getRequestURI().substring(context.length());
        String query = request.getQueryString();
        try {
            response.sendRedirect(authenticateUri(context, query == null ? path : path + "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot redirect to the administrator access page", e);
        }
    }

    /**
     * Starts (or renews) a websudo grant in this session, valid for {@link #TIMEOUT} from now.
     *
     * @param session the administrator's session
     */
    public void grant(HttpSession session) {
        session.setAttribute(SESSION_GRANTED_AT, clock.instant());
    }

    /**
     * @param contextPath the servlet context path, e.g. {@code /jira}
     * @param destination where to go afterwards, relative to the context (e.g. {@code /plugins/servlet/x?a=b}), or
     *                    {@code null} for none
     * @return the websudo page's URI, with the destination URL-encoded
     */
    public String authenticateUri(String contextPath, String destination) {
        String page = contextPath + AUTHENTICATE_PATH;
        return destination == null || destination.isEmpty() ? page
                : page + "?" + DESTINATION_PARAMETER + "=" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }
}
