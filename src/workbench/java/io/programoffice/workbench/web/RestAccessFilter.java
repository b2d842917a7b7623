package io.programoffice.workbench.web;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.UnrestrictedAccess;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUser;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;

/**
 * REST v2's default access rule on Jira 10+: a resource method without an access annotation is for logged-in
 * (licensed) users only; {@code @AnonymousSiteAccess} and {@code @UnrestrictedAccess} open it to anonymous callers;
 * {@code @AdminOnly} keeps it for Jira administrators (403 for anyone else).
 */
public final class RestAccessFilter implements ContainerRequestFilter {
    private final WbAuthenticationContext authentication;
    @Context
    private ResourceInfo resourceInfo;

    public RestAccessFilter(WbAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return;
        }
        if (authentication.isLoggedInUser()) {
            boolean adminOnly = resourceInfo.getResourceMethod().isAnnotationPresent(AdminOnly.class)
                    || resourceInfo.getResourceClass().isAnnotationPresent(AdminOnly.class);
            if (adminOnly && !(authentication.getLoggedInUser() instanceof WbUser user && user.isAdmin())) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("errorMessages", java.util.List.of("You are not authorized to access this resource."),
                                "errors", Map.of())).build());
            }
            return;
        }
        if (open(resourceInfo.getResourceMethod()) || open(resourceInfo.getResourceClass())) {
            return;
        }
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errorMessages", java.util.List.of("You are not authorized to access this resource."),
                        "errors", Map.of())).build());
    }

    private static boolean open(AnnotatedElement element) {
        return element.isAnnotationPresent(AnonymousSiteAccess.class)
                || element.isAnnotationPresent(UnrestrictedAccess.class);
    }
}
