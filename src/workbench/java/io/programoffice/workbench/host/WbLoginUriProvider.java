package io.programoffice.workbench.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Jira's login page, {@code <context>/login.jsp?os_destination=<where to go back>}. */
public final class WbLoginUriProvider implements LoginUriProvider {
    private final String contextPath;

    public WbLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(contextPath + "/login.jsp?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
