package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

public class WbWebSudoManagerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T09:00:00Z"));
    private final WbWebSudoManager webSudo = new WbWebSudoManager(clock);

    @Test
    public void canExecuteRequest_isTrue_forBasicCredentials_evenWithoutASession() {
        HttpServletRequest request = request(null);
        when(request.getHeader("Authorization")).thenReturn("Basic YWRtaW46YWRtaW4=");
        assertTrue(webSudo.canExecuteRequest(request));
        when(request.getHeader("Authorization")).thenReturn("basic YWRtaW46YWRtaW4=");
        assertTrue(webSudo.canExecuteRequest(request));
    }

    @Test
    public void canExecuteRequest_isFalse_forOtherAuthorizationSchemes_withoutAGrant() {
        HttpServletRequest request = request(FakeSession.create());
        when(request.getHeader("Authorization")).thenReturn("Bearer abc");
        assertFalse(webSudo.canExecuteRequest(request));
    }

    @Test
    public void canExecuteRequest_isFalse_withoutASession_orWithoutAGrant() {
        assertFalse(webSudo.canExecuteRequest(request(null)));
        assertFalse(webSudo.canExecuteRequest(request(FakeSession.create())));
    }

    @Test
    public void canExecuteRequest_isTrue_forTenMinutesAfterAGrant_thenFalse() {
        HttpSession session = FakeSession.create();
        webSudo.grant(session);
        HttpServletRequest request = request(session);
        assertTrue(webSudo.canExecuteRequest(request));
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertTrue(webSudo.canExecuteRequest(request));
        clock.advance(Duration.ofMillis(1));
        assertFalse(webSudo.canExecuteRequest(request));
    }

    @Test
    public void canExecuteRequest_doesNotExtendTheGrant_butAnotherGrantRenewsIt() {
        HttpSession session = FakeSession.create();
        HttpServletRequest request = request(session);
        webSudo.grant(session);
        clock.advance(Duration.ofMinutes(9));
        assertTrue(webSudo.canExecuteRequest(request));
        clock.advance(Duration.ofMinutes(2));
        assertFalse(webSudo.canExecuteRequest(request));
        webSudo.grant(session);
        clock.advance(Duration.ofMinutes(9));
        assertTrue(webSudo.canExecuteRequest(request));
    }

    @Test
    public void canExecuteRequest_isFalse_forAGrantFromTheFuture_orAForeignAttribute() {
        HttpSession session = FakeSession.create();
        HttpServletRequest request = request(session);
        webSudo.grant(session);
        clock.advance(Duration.ofMinutes(-1));
        assertFalse(webSudo.canExecuteRequest(request));
        session.setAttribute(WbWebSudoManager.SESSION_GRANTED_AT, "2026-09-01T09:00:00Z");
        assertFalse(webSudo.canExecuteRequest(request));
    }

    @Test
    public void canExecuteRequest_isFalse_forAnInvalidatedSession() {
        HttpSession session = mock(HttpSession.class);
        when(session.getAttribute(WbWebSudoManager.SESSION_GRANTED_AT))
                .thenThrow(new IllegalStateException("invalidated"));
        assertFalse(webSudo.canExecuteRequest(request(session)));
    }

    @Test
    public void authenticateUri_encodesTheDestination_belowTheContext() {
        assertEquals("/jira/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination="
                        + "%2Fplugins%2Fservlet%2Fprogram-office%2Fadmin%3Fa%3D1%26b%3D2",
                webSudo.authenticateUri("/jira", "/plugins/servlet/program-office/admin?a=1&b=2"));
        assertEquals("/jira/secure/admin/WebSudoAuthenticate.jspa", webSudo.authenticateUri("/jira", null));
        assertEquals("/secure/admin/WebSudoAuthenticate.jspa", webSudo.authenticateUri("", ""));
    }

    @Test
    public void enforceWebSudoProtection_redirectsToThePage_comingBackToTheRequest() throws Exception {
        HttpServletRequest request = request(null);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/program-office/admin");
        when(request.getQueryString()).thenReturn("key=DEMO");
        HttpServletResponse response = mock(HttpServletResponse.class);
        webSudo.enforceWebSudoProtection(request, response);
        verify(response).sendRedirect("/jira/secure/admin/WebSudoAuthenticate.jspa?webSudoDestination="
                + "%2Fplugins%2Fservlet%2Fprogram-office%2Fadmin%3Fkey%3DDEMO");
    }

    @Test
    public void enforceWebSudoProtection_reportsAFailedRedirect_unchecked() throws Exception {
        HttpServletRequest request = request(null);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/x");
        HttpServletResponse response = mock(HttpServletResponse.class);
        doThrow(new IOException("gone")).when(response).sendRedirect(anyString());
        assertThrows(UncheckedIOException.class, () -> webSudo.enforceWebSudoProtection(request, response));
    }

    private static HttpServletRequest request(HttpSession session) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getSession(false)).thenReturn(session);
        return request;
    }
}
