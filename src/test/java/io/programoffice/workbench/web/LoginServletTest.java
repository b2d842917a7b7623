package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

/** The login page's destination check: only plain paths inside the context, never another site. */
public class LoginServletTest {
    private static Optional<String> dest(String wanted) {
        return LoginServlet.safeDestination(wanted, "/jira");
    }

    @Test
    public void safeDestination_keepsPathsInsideTheContext_withTheirQuery() {
        assertEquals(Optional.of("/jira/plugins/servlet/program-office/program?key=DEMO"),
                dest("/plugins/servlet/program-office/program?key=DEMO"));
        assertEquals(Optional.of("/jira/secure/Dashboard.jspa"), dest("/secure/Dashboard.jspa"));
    }

    @Test
    public void safeDestination_refusesOtherSitesSchemesAndTricks() {
        String[] hostile = {
            "//evil.com", "http://evil.com", "https://evil.com/x", "javascript:alert(1)", "@evil.com", "evil.com",
            "/..//evil.com", "/../x", "/%2e%2e/x", "//evil.com/x", "/..;/x", "/a;b/c", "/x\r\nLocation: http://evil.com",
            "\\\\evil.com", "/\\evil.com", "/%2F%2Fevil.com", "", "/x#frag", "not a uri with spaces"};
        for (String wanted : hostile) {
            assertEquals(wanted, Optional.empty(), dest(wanted));
        }
        assertEquals(Optional.empty(), dest(null));
    }
}
