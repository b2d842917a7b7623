package io.programoffice.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A workbench process on a fresh data dir with the demo, for a class of browser tests ({@code @ClassRule}): skips
 * the class when Chromium is not installed, stops the process and deletes its data afterwards.
 */
final class BrowserWorkbench extends ExternalResource {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TemporaryFolder temp = new TemporaryFolder();
    private boolean indexReadyFirst;
    private WorkbenchProcess process;
    private String base;

    @Override
    protected void before() throws Throwable {
        Browser.assumeInstalled();
        temp.create();
        int port = WorkbenchProcess.freePort();
        process = WorkbenchProcess.startReady(temp.newFolder("data").toPath(), port);
        base = "http://localhost:" + port + "/jira";
        if (indexReadyFirst) {
            awaitIndexReady();
        }
    }

    /** Before the class's tests run, also {@link #awaitIndexReady() wait for the program index}. */
    BrowserWorkbench withIndexReady() {
        indexReadyFirst = true;
        return this;
    }

    @Override
    protected void after() {
        try {
            if (process != null) {
                process.terminate(30);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            temp.delete();
        }
    }

    /** {@code http://localhost:PORT/jira}. */
    String base() {
        return base;
    }

    /** GET {@code path} (below {@link #base()}) as JSON, with basic auth as {@code user} (password = user name). */
    HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code method} {@code path} with a JSON body, as {@code user}, with Jira's XSRF header. */
    HttpResponse<String> json(String method, String path, String user, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json")
                        .header("X-Atlassian-Token", "no-check")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits (polling every 200 ms, at most two minutes) until the program index has finished its first build: the
     * workbench serves before that, and views read the index.
     */
    void awaitIndexReady() {
        new FluentWait<>(this).withTimeout(Duration.ofMinutes(2)).pollingEvery(Duration.ofMillis(200))
                .withMessage("the program index is READY within two minutes")
                .until(workbench -> {
                    try {
                        HttpResponse<String> status = get("/rest/program-office/1.0/admin/index", "admin");
                        return status.statusCode() == 200 && status.body().contains("\"state\":\"READY\"");
                    } catch (Exception e) {
                        return false;
                    }
                });
    }
}
