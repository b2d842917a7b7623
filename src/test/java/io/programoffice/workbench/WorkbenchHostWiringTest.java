package io.programoffice.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.programoffice.testing.RunningWorkbench;
import io.programoffice.workbench.host.WbStatusManager;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;

/** The new host pieces inside a running workbench without the demo: reference data, the websudo page, REST XSRF. */
public class WorkbenchHostWiringTest {
    @ClassRule
    public static final RunningWorkbench WB = new RunningWorkbench(false);

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    public void freshWorkbenchWithoutDemo_hasTheStandardStatuses() {
        assertEquals(List.of("To Do", "In Progress", "Done"), new WbStatusManager(WB.workbench().database())
                .getStatuses().stream().map(s -> s.getName()).toList());
    }

    @Test
    public void webSudoPage_sendsAnonymousBrowsersToLogin() throws Exception {
        HttpResponse<String> response = WB.get("/secure/admin/WebSudoAuthenticate.jspa", null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow(),
                response.headers().firstValue("Location").orElseThrow().contains("/jira/login.jsp?os_destination="));
    }

    @Test
    public void webSudoPage_letsALoggedInAdminConfirmTheirPassword_andGoOn() throws Exception {
        HttpResponse<String> login = post("/login.jsp", "os_username=admin&os_password=admin");
        assertEquals(302, login.statusCode());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(WB.baseUrl()
                + "/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination=%2Fsecure%2FDashboard.jspa")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("Administrator access"));
        HttpResponse<String> confirmed = post("/secure/admin/WebSudoAuthenticate.jspa", "webSudoPassword=admin"
                + "&webSudoDestination=" + URLEncoder.encode("/secure/Dashboard.jspa", StandardCharsets.UTF_8));
        assertEquals(302, confirmed.statusCode());
        assertEquals("/jira/secure/Dashboard.jspa", confirmed.headers().firstValue("Location").orElseThrow());
    }

    @Test
    public void rest_keeps405ForAWriteToAReadOnlyResource_ratherThanAnXsrfFailure() throws Exception {
        HttpResponse<String> response = WB.send("DELETE", "/rest/program-office/1.0/programs/DEMO/summary", "admin");
        assertEquals(405, response.statusCode());
    }

    @Test
    public void rest_refusesAnUnsafeWriteWithoutTheToken_andLetsItThroughWithTheToken() throws Exception {
        HttpResponse<String> refused = rest("DELETE", "/programs/NOPE", null);
        assertEquals(403, refused.statusCode());
        assertEquals("XSRF check failed", refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertNotEquals(403, rest("DELETE", "/programs/NOPE", "no-check").statusCode());
    }

    private HttpResponse<String> rest(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(WB.baseUrl() + "/rest/program-office/1.0"
                + path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin".getBytes(StandardCharsets.UTF_8)));
        if (token != null) {
            request.header("X-Atlassian-Token", token);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(WB.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
