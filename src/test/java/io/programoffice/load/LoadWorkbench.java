package io.programoffice.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged workbench in its own JVM on a fresh data dir with the demo (or on a data dir prepared with its
 * {@code import} subcommand), on a free loopback port, for the bounded load tests: started ready, stopped on close.
 * Also their shared import, request and percentile helpers.
 */
final class LoadWorkbench implements AutoCloseable {
    private final Process process;
    private final String base;

    private LoadWorkbench(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port + "/jira/rest/program-office/1.0";
    }

    /** Starts {@code -Dworkbench.jar} (default the packaged one) with {@code -Dworkbench.jvmArgs}; waits for ready. */
    static LoadWorkbench start() throws Exception {
        return start(Files.createTempDirectory("po-load"));
    }

    /** As {@link #start()}, on the given data dir (the demo is seeded only into an empty one). */
    static LoadWorkbench start(Path data) throws Exception {
        String jar = jar();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = java();
        command.addAll(List.of("-jar", jar, "--port", String.valueOf(port), "--data-dir", data.toString()));
        LoadWorkbench wb = new LoadWorkbench(new ProcessBuilder(command).redirectErrorStream(true).start(), port);
        try {
            wb.awaitReady();
        } catch (Exception e) {
            wb.close();
            throw e;
        }
        return wb;
    }

    /**
     * Runs the packaged workbench's {@code import} subcommand (its own JVM) into {@code data}; prints its report
     * without the progress lines, and fails unless it exits 0.
     */
    static void importInto(Path data, Path export) throws Exception {
        List<String> command = java();
        command.addAll(List.of("-jar", jar(), "import", "--data-dir", data.toString(), export.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> report = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.contains("issues read (")) {
                    report.add(line);
                }
            }
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the import did not finish within 10 minutes");
        }
        report.stream().filter(line -> !line.endsWith(" (search page)") && !line.startsWith("Loaded ("))
                .forEach(System.out::println);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the import exited " + process.exitValue());
        }
    }

    private static String jar() {
        return System.getProperty("workbench.jar", "target/program-office-workbench.jar");
    }

    /** This JVM's java command with {@code -Dworkbench.jvmArgs}. */
    private static List<String> java() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        String jvmArgs = System.getProperty("workbench.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        return command;
    }

    /** CPU time the workbench process has used so far (user and system, all threads), as the OS reports it. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** {@code http://127.0.0.1:PORT/jira/rest/program-office/1.0}. */
    String base() {
        return base;
    }

    /** A request with basic auth as {@code user} (password = user name), JSON accepted, 30 s timeout. */
    static HttpRequest.Builder request(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code p}th percentile of sorted nanosecond latencies, in milliseconds. */
    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private void awaitReady() throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.contains("workbench ready at")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (java.io.IOException ignored) {
                        // the workbench stopped
                    }
                }, "workbench-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        throw new IllegalStateException("the workbench did not start");
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
