package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.host.FakeSession;
import io.programoffice.workbench.host.MutableClock;
import io.programoffice.workbench.host.WbAuthenticationContext;
import io.programoffice.workbench.host.WbUserDirectory;
import io.programoffice.workbench.host.WbWebSudoManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WebSudoServletTest {
    private static final String DESTINATION = "/plugins/servlet/program-office/admin?key=DEMO";

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private WorkbenchDatabase db;
    private WbUserDirectory users;
    private final WbAuthenticationContext authentication = new WbAuthenticationContext();
    private final WbWebSudoManager webSudo =
            new WbWebSudoManager(new MutableClock(Instant.parse("2026-09-01T09:00:00Z")));
    private WebSudoServlet servlet;
    private final HttpSession session = FakeSession.create();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    @Before
    public void setUp() throws Exception {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        db.seedUsers();
        users = new WbUserDirectory(db);
        servlet = new WebSudoServlet(users, webSudo, authentication);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getSession()).thenReturn(session);
        when(request.getSession(true)).thenReturn(session);
        when(request.getSession(false)).thenReturn(session);
        when(request.getParameter(WbWebSudoManager.DESTINATION_PARAMETER)).thenReturn(DESTINATION);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
    }

    @After
    public void tearDown() {
        authentication.use(null);
        db.close();
    }

    @Test
    public void get_sendsAnonymousCallersToLogin_comingBackHere() throws Exception {
        servlet.doGet(request, response);
        verify(response).sendRedirect("/jira/login.jsp?os_destination="
                + "%2Fsecure%2Fadmin%2FWebSudoAuthenticate.jspa%3FwebSudoDestination%3D"
                + "%252Fplugins%252Fservlet%252Fprogram-office%252Fadmin%253Fkey%253DDEMO");
    }

    @Test
    public void loginDestination_forAnonymousCallers_isAcceptedByTheLoginPage() throws Exception {
        servlet.doGet(request, response);
        String back = "/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination="
                + "%2Fplugins%2Fservlet%2Fprogram-office%2Fadmin%3Fkey%3DDEMO";
        assertEquals("/jira" + back, LoginServlet.safeDestination(back, "/jira").orElseThrow());
    }

    @Test
    public void get_showsTheAdministratorAccessForm_withTheDestinationKept() throws Exception {
        as("admin");
        servlet.doGet(request, response);
        String html = body.toString();
        assertTrue(html, html.contains("<h1>Administrator access</h1>"));
        assertTrue(html, html.contains("action=\"/jira/secure/admin/WebSudoAuthenticate.jspa\""));
        assertTrue(html, html.contains("name=\"webSudoPassword\""));
        assertTrue(html, html.contains("name=\"webSudoDestination\" value=\""
                + "/plugins/servlet/program-office/admin?key=DEMO\""));
        assertTrue(html, html.contains("aui-prototyping.css"));
        assertFalse(html, html.contains("websudo-error"));
        verify(response, never()).setStatus(anyInt());
    }

    @Test
    public void get_escapesTheDestination() throws Exception {
        as("admin");
        when(request.getParameter(WbWebSudoManager.DESTINATION_PARAMETER)).thenReturn("\"><script>alert(1)</script>");
        servlet.doGet(request, response);
        String html = body.toString();
        assertFalse(html, html.contains("<script>alert"));
        assertTrue(html, html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void get_tellsANonAdministrator_withoutOfferingTheForm() throws Exception {
        as("alice");
        servlet.doGet(request, response);
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        String html = body.toString();
        assertTrue(html, html.contains(WebSudoServlet.NOT_ADMIN));
        assertFalse(html, html.contains("webSudoPassword"));
    }

    @Test
    public void post_grantsWebSudo_andGoesToTheDestination_whenTheAdminPasswordIsRight() throws Exception {
        as("admin");
        when(request.getParameter("webSudoPassword")).thenReturn("admin");
        servlet.doPost(request, response);
        verify(request).changeSessionId();
        verify(response).sendRedirect("/jira" + DESTINATION);
        assertTrue(webSudo.canExecuteRequest(request));
    }

    @Test
    public void post_goesToTheContextRoot_whenTheDestinationIsUnsafeOrMissing() throws Exception {
        as("admin");
        when(request.getParameter("webSudoPassword")).thenReturn("admin");
        when(request.getParameter(WbWebSudoManager.DESTINATION_PARAMETER)).thenReturn("//evil.example/x");
        servlet.doPost(request, response);
        when(request.getParameter(WbWebSudoManager.DESTINATION_PARAMETER)).thenReturn(null);
        servlet.doPost(request, response);
        verify(response, org.mockito.Mockito.times(2)).sendRedirect("/jira/");
    }

    @Test
    public void post_showsTheFormAgain_withoutAGrant_whenThePasswordIsWrongOrMissing() throws Exception {
        as("admin");
        when(request.getParameter("webSudoPassword")).thenReturn("wrong");
        servlet.doPost(request, response);
        when(request.getParameter("webSudoPassword")).thenReturn(null);
        servlet.doPost(request, response);
        assertTrue(body.toString().contains(WebSudoServlet.WRONG_PASSWORD));
        assertFalse(webSudo.canExecuteRequest(request));
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void post_refusesANonAdministrator_evenWithTheirRightPassword() throws Exception {
        as("alice");
        when(request.getParameter("webSudoPassword")).thenReturn("alice");
        servlet.doPost(request, response);
        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertTrue(body.toString().contains(WebSudoServlet.NOT_ADMIN));
        assertFalse(webSudo.canExecuteRequest(request));
        verify(response, never()).sendRedirect(anyString());
    }

    @Test
    public void post_sendsAnonymousCallersToLogin_withoutAGrant() throws Exception {
        when(request.getParameter("webSudoPassword")).thenReturn("admin");
        servlet.doPost(request, response);
        verify(response).sendRedirect(org.mockito.ArgumentMatchers.startsWith("/jira/login.jsp?os_destination="));
        assertFalse(webSudo.canExecuteRequest(request));
    }

    private void as(String username) {
        authentication.use(users.find(username).orElseThrow());
    }
}
