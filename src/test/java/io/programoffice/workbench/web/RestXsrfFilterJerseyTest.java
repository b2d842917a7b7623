package io.programoffice.workbench.web;

import static org.junit.Assert.assertEquals;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.Test;

/** The XSRF filter inside a real (in-memory) Jersey application, registered as the workbench registers it. */
public class RestXsrfFilterJerseyTest {
    private static final URI BASE = URI.create("http://localhost:2990/jira/rest/test/1.0/");

    /** A resource with one read-only and two writing methods. */
    @Path("things")
    public static final class Things {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String list() {
            return "list";
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.TEXT_PLAIN)
        public String create(String body) {
            return "created";
        }

        @POST
        @Path("form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.TEXT_PLAIN)
        public String submit(String body) {
            return "submitted";
        }
    }

    private final ApplicationHandler app = new ApplicationHandler(new ResourceConfig()
            .register(Things.class).register(new RestXsrfFilter()));

    @Test
    public void jsonPost_fromTheSameOrigin_reachesTheResource() throws Exception {
        assertEquals("200 created", call("POST", "things", MediaType.APPLICATION_JSON, Map.of(
                "Origin", "http://localhost:2990")));
    }

    @Test
    public void formPost_withoutTheToken_isRefused_beforeTheResourceRuns() throws Exception {
        assertEquals("403 XSRF check failed", call("POST", "things/form", MediaType.APPLICATION_FORM_URLENCODED,
                Map.of()));
    }

    @Test
    public void formPost_withTheToken_reachesTheResource() throws Exception {
        assertEquals("200 submitted", call("POST", "things/form", MediaType.APPLICATION_FORM_URLENCODED,
                Map.of("X-Atlassian-Token", "no-check")));
    }

    @Test
    public void jsonPost_fromAnotherOrigin_isRefused() throws Exception {
        assertEquals("403 XSRF check failed", call("POST", "things", MediaType.APPLICATION_JSON,
                Map.of("Origin", "http://evil.example", "X-Atlassian-Token", "no-check")));
    }

    @Test
    public void unknownMethodsAndPaths_keepTheir405And404() throws Exception {
        assertEquals(405, status(call("DELETE", "things", null, Map.of())));
        assertEquals(404, status(call("POST", "nothing", null, Map.of())));
    }

    @Test
    public void get_passes_withoutTheToken() throws Exception {
        assertEquals("200 list", call("GET", "things", null, Map.of("Origin", "http://evil.example")));
    }

    private String call(String method, String path, String type, Map<String, String> headers) throws Exception {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, null,
                new MapPropertiesDelegate(), app.getConfiguration());
        if (type != null) {
            request.header("Content-Type", type);
            request.setEntityStream(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        Object entity = response.getEntity();
        return response.getStatus() + (entity == null ? "" : " " + entity);
    }

    private static int status(String result) {
        return Integer.parseInt(result.substring(0, 3));
    }
}
