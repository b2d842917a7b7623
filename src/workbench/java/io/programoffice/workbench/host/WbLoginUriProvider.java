package io.programoffice.workbench.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Jira's login page, {@code <context>/login.jsp?os_destination=<where to go back>}, the destination relative to the
 * context as Jira writes it. Plugins pass the page's full URL (as Atlassian's samples do).
 */
public final class WbLoginUriProvider implements LoginUriProvider {
    private final String contextPath;

    public WbLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        String path = returnUri.getRawPath() == null ? "/" : returnUri.getRawPath();
        if (path.startsWith(contextPath + "/")) {
            path = path.substring(contextPath.length());
        }
        String destination = path + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery());
        return URI.create(contextPath + "/login.jsp?os_destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
