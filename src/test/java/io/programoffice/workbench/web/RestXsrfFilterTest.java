package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The REST XSRF rule on single requests, with Jersey's request context mocked. */
public class RestXsrfFilterTest {
    private static final String URL = "http://localhost:2990/jira/rest/program-office/1.0/programs";

    private final RestXsrfFilter filter = new RestXsrfFilter();

    @Test
    public void safeMethods_pass_whateverTheirTypeOrOrigin() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertPasses(request(method, MediaType.APPLICATION_FORM_URLENCODED_TYPE, null, "http://evil.example"));
            assertPasses(request(method, null, null, null));
        }
    }

    @Test
    public void formLikeOrMissingTypes_fail_withoutTheToken_forEveryUnsafeMethod() {
        MediaType[] types = {null, MediaType.APPLICATION_FORM_URLENCODED_TYPE, MediaType.MULTIPART_FORM_DATA_TYPE,
            MediaType.TEXT_PLAIN_TYPE, MediaType.valueOf("text/plain;charset=UTF-8"),
            MediaType.valueOf("multipart/form-data; boundary=x"),
            MediaType.valueOf("Application/X-WWW-Form-Urlencoded")};
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            for (MediaType type : types) {
                assertFails(request(method, type, null, null));
            }
        }
    }

    @Test
    public void formLikeTypes_pass_withTheNoCheckToken() {
        assertPasses(request("POST", MediaType.APPLICATION_FORM_URLENCODED_TYPE, "no-check", null));
        assertPasses(request("DELETE", null, "no-check", null));
        assertPasses(request("PUT", MediaType.TEXT_PLAIN_TYPE, "no-check", URL));
    }

    @Test
    public void otherTokenValues_doNotPass() {
        assertFails(request("POST", MediaType.TEXT_PLAIN_TYPE, "nocheck", null));
        assertFails(request("POST", MediaType.TEXT_PLAIN_TYPE, "", null));
        assertFails(request("POST", MediaType.TEXT_PLAIN_TYPE, "yes", null));
    }

    @Test
    public void json_passes_withoutTheToken_fromTheSameOriginOrWithoutOrigin() {
        assertPasses(request("POST", MediaType.APPLICATION_JSON_TYPE, null, null));
        assertPasses(request("POST", MediaType.APPLICATION_JSON_TYPE, null, "http://localhost:2990"));
        assertPasses(request("POST", MediaType.APPLICATION_JSON_TYPE, null, "HTTP://LOCALHOST:2990"));
        assertPasses(request("PUT", MediaType.valueOf("application/json;charset=UTF-8"), null, null));
        assertPasses(request("DELETE", MediaType.APPLICATION_XML_TYPE, null, null));
    }

    @Test
    public void post_fromAnotherOrigin_fails_evenAsJsonWithTheToken() {
        String[] others = {"http://evil.example", "http://localhost:2991", "https://localhost:2990",
            "http://127.0.0.1:2990", "null", "not a uri", "localhost:2990"};
        for (String origin : others) {
            assertFails(request("POST", MediaType.APPLICATION_JSON_TYPE, "no-check", origin));
        }
    }

    @Test
    public void origin_treatsDefaultPortsAsTheSameOrigin_butNotOtherPorts() {
        assertPasses(request("POST", MediaType.APPLICATION_JSON_TYPE, null, "https://jira.example",
                "https://jira.example:443/rest/x"));
        assertPasses(request("POST", MediaType.APPLICATION_JSON_TYPE, null, "http://jira.example:80",
                "http://jira.example/rest/x"));
        assertFails(request("POST", MediaType.APPLICATION_JSON_TYPE, null, "http://jira.example:8080",
                "http://jira.example/rest/x"));
    }

    @Test
    public void put_fromAnotherOrigin_withJson_passes_becauseOnlyPostIsCheckedForOrigin() {
        assertPasses(request("PUT", MediaType.APPLICATION_JSON_TYPE, null, "http://evil.example"));
    }

    private static ContainerRequestContext request(String method, MediaType type, String token, String origin) {
        return request(method, type, token, origin, URL);
    }

    private static ContainerRequestContext request(String method, MediaType type, String token, String origin,
                                                   String url) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getMediaType()).thenReturn(type);
        when(request.getHeaderString(RestXsrfFilter.TOKEN_HEADER)).thenReturn(token);
        when(request.getHeaderString("Origin")).thenReturn(origin);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getRequestUri()).thenReturn(URI.create(url));
        when(request.getUriInfo()).thenReturn(uri);
        return request;
    }

    private void assertPasses(ContainerRequestContext request) {
        filter.filter(request);
        verify(request, never()).abortWith(any());
    }

    private void assertFails(ContainerRequestContext request) {
        filter.filter(request);
        ArgumentCaptor<Response> response = ArgumentCaptor.forClass(Response.class);
        verify(request).abortWith(response.capture());
        assertEquals(403, response.getValue().getStatus());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getValue().getMediaType());
        assertEquals("XSRF check failed", response.getValue().getEntity());
    }
}
