package io.programoffice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.core.program.Program;
import io.programoffice.jira.Administration;
import io.programoffice.jira.JiraProgramIndex;
import io.programoffice.workbench.Workbench;
import io.programoffice.workbench.host.WbActiveObjects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.Assert;
import org.junit.rules.ExternalResource;

/** A workbench with the demo on a free loopback port and a temporary data dir, for one test class. */
public final class RunningWorkbench extends ExternalResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final boolean demo;
    private Path dataDir;
    private Workbench workbench;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RunningWorkbench(boolean demo) {
        this.demo = demo;
    }

    @Override
    protected void before() throws Throwable {
        dataDir = Files.createTempDirectory("po-workbench-test");
        workbench = Workbench.start(new Workbench.Options("127.0.0.1", 0, dataDir, demo));
    }

    @Override
    protected void after() {
        try {
            workbench.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Workbench workbench() {
        return workbench;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + workbench.port() + Workbench.CONTEXT;
    }

    /** Waits (at most a minute) until the program index has built and applied everything queued: views read it. */
    public void awaitIndex() throws InterruptedException {
        Assert.assertTrue("the program index was not ready within a minute",
                workbench.plugin(JiraProgramIndex.class).awaitQueued(Duration.ofSeconds(60)));
    }

    /**
     * Waits (bounded) for the background build, then builds once more in the calling thread, so the index holds
     * everything the workbench has written.
     */
    public void rebuildIndex() {
        JiraProgramIndex index = workbench.plugin(JiraProgramIndex.class);
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(60));
        while (!index.maintenance().rebuild()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("the program index did not finish building: " + index.status());
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Another ActiveObjects on the workbench's database, as another cluster node has it: what is written through it
     * reaches this node only through the database. The caller closes it.
     */
    public WbActiveObjects otherNode() {
        return new WbActiveObjects(workbench.database().jdbcUrl(), "io.programoffice.program-office-jira");
    }

    /** The program stored under {@code key}. */
    public Program program(String key) {
        return workbench.plugin(Administration.class).programs().get(key);
    }

    /** GET {@code path} as {@code user}, which must answer 200, read as JSON. */
    public JsonNode getJson(String path, String user) throws Exception {
        HttpResponse<String> r = get(path, user);
        Assert.assertEquals(r.body(), 200, r.statusCode());
        return JSON.readTree(r.body());
    }

    /** GET {@code path} (below {@code /jira}) as {@code user} (password = username), or anonymously when null. */
    public HttpResponse<String> get(String path, String user) throws Exception {
        return get(path, user, user);
    }

    public HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send("GET", path, user, password);
    }

    /** A bodiless {@code method} request to {@code path} as {@code user} (password = username). */
    public HttpResponse<String> send(String method, String path, String user) throws Exception {
        return send(method, path, user, user);
    }

    /**
     * A {@code method} request to {@code path} as {@code user} (password = username; null = anonymous) with an
     * optional JSON body, sent the way a script calls Jira: {@code Content-Type: application/json} when there is a
     * body, plus any extra headers given as name, value pairs.
     */
    public HttpResponse<String> json(String method, String path, String user, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
