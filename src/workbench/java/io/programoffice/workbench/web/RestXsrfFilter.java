package io.programoffice.workbench.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The REST layer's XSRF protection, as Jira applies it to every resource method: a state-changing request (any
 * method but GET, HEAD and OPTIONS) whose body type a plain HTML form could send (none,
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}) must carry
 * {@code X-Atlassian-Token: no-check}; and a POST whose
 * {@code Origin} header names another origin than the request's is refused. Either way the answer is 403,
 * {@code text/plain}, {@code XSRF check failed}. Runs after resource matching, so an unknown path or method still
 * gets 404 or 405. Stateless; thread-safe; a few header reads per request.
 */
public final class RestXsrfFilter implements ContainerRequestFilter {
    /** The header a non-browser (or same-origin script) client sets to pass the check. */
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    /** The header value that passes the check. */
    public static final String NO_CHECK = "no-check";
    /** The body of the 403. */
    public static final String FAILED = "XSRF check failed";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE_METHODS.contains(method)) {
            return;
        }
        if (method.equals("POST") && crossOrigin(request)) {
            fail(request);
            return;
        }
        if (formType(request.getMediaType()) && !NO_CHECK.equals(request.getHeaderString(TOKEN_HEADER))) {
            fail(request);
        }
    }

    private static boolean formType(MediaType type) {
        return type == null || FORM_TYPES.contains(
                (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
    }

    /** Whether an {@code Origin} header is present and differs from the request's scheme, host and port. */
    private static boolean crossOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        URI requestUri = request.getUriInfo().getRequestUri();
        URI originUri;
        try {
            originUri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return true;
        }
        if (originUri.getScheme() == null || originUri.getHost() == null) {
            return true;
        }
        return !originUri.getScheme().equalsIgnoreCase(requestUri.getScheme())
                || !originUri.getHost().equalsIgnoreCase(requestUri.getHost())
                || port(originUri) != port(requestUri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static void fail(ContainerRequestContext request) {
        request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                .entity(FAILED).build());
    }
}
