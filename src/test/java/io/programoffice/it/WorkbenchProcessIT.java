package io.programoffice.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The workbench contract of DESIGN.md, on the packaged jar in its own JVM. */
public class WorkbenchProcessIT {
    @Rule
    public final TemporaryFolder temp = new TemporaryFolder();
    private final HttpClient http = HttpClient.newHttpClient();

    private String get(int port, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jira" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    @Test
    public void start_printsReadyLine_servesTheDemo_andStopsCleanlyOnSigterm() throws Exception {
        Path data = temp.newFolder("data").toPath();
        int port = WorkbenchProcess.freePort();
        try (WorkbenchProcess wb = WorkbenchProcess.startReady(data, port)) {
            assertTrue(wb.output().contains(WorkbenchProcess.READY + "http://localhost:" + port + "/jira"));
            String summary = get(port, "/rest/program-office/1.0/programs/DEMO/summary");
            assertTrue(summary, summary.contains("\"issues\":3624"));
            assertEquals(0, wb.terminate(30));
            wb.await("Program Office workbench stopped", 10);
        }
    }

    @Test
    public void restart_keepsTheData_andDoesNotSeedTwice() throws Exception {
        Path data = temp.newFolder("data").toPath();
        int port = WorkbenchProcess.freePort();
        try (WorkbenchProcess first = WorkbenchProcess.startReady(data, port)) {
            assertTrue(first.output().stream().anyMatch(l -> l.startsWith("Seeded demo")));
            assertEquals(0, first.terminate(30));
        }
        try (WorkbenchProcess second = WorkbenchProcess.startReady(data, port)) {
            assertTrue(second.output().stream().noneMatch(l -> l.startsWith("Seeded demo")));
            String list = get(port, "/rest/program-office/1.0/programs");
            assertTrue(list, list.contains("\"total\":1"));
            assertEquals(0, second.terminate(30));
        }
    }

    @Test
    public void noDemo_startsEmpty() throws Exception {
        Path data = temp.newFolder("data").toPath();
        int port = WorkbenchProcess.freePort();
        try (WorkbenchProcess wb = WorkbenchProcess.startReady(data, port, "--no-demo")) {
            String list = get(port, "/rest/program-office/1.0/programs");
            assertTrue(list, list.contains("\"total\":0"));
            wb.terminate(30);
        }
    }

    @Test
    public void takenPort_exitsNonZeroWithOneClearLine_andLeavesTheDataDirAlone() throws Exception {
        Path data = temp.getRoot().toPath().resolve("never-created");
        try (ServerSocket taken = new ServerSocket(0);
             WorkbenchProcess wb = WorkbenchProcess.start("--port", String.valueOf(taken.getLocalPort()),
                     "--data-dir", data.toString())) {
            assertNotEquals(0, wb.waitForExit(60));
            List<String> out = wb.output().stream().filter(l -> !l.startsWith("WARNING")).toList();
            assertEquals(out.toString(), 1, out.size());
            assertTrue(out.get(0), out.get(0).contains("port " + taken.getLocalPort() + " is already in use"));
            assertTrue("data dir untouched", Files.notExists(data));
        }
    }

    @Test
    public void unusableDataDir_exitsNonZeroWithOneClearLine() throws Exception {
        Path file = temp.newFile("not-a-dir").toPath();
        Files.writeString(file, "x");
        try (WorkbenchProcess wb = WorkbenchProcess.start("--port", String.valueOf(WorkbenchProcess.freePort()),
                "--data-dir", file.toString())) {
            assertNotEquals(0, wb.waitForExit(60));
            List<String> out = wb.output().stream().filter(l -> !l.startsWith("WARNING")).toList();
            assertEquals(out.toString(), 1, out.size());
            assertTrue(out.get(0), out.get(0).startsWith("Program Office workbench cannot use data dir"));
        }
    }
}
