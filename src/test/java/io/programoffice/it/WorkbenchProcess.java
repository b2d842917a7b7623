package io.programoffice.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The packaged workbench jar run as a user runs it ({@code java -jar target/program-office-workbench.jar ...}), with
 * its output collected line by line.
 */
final class WorkbenchProcess implements AutoCloseable {
    static final String READY = "Program Office workbench ready at ";
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private WorkbenchProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<output closed: " + e.getMessage() + ">");
            }
        }, "workbench-output");
        reader.setDaemon(true);
        reader.start();
    }

    static WorkbenchProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.bin", "java"), "-jar",
                System.getProperty("workbench.jar", "target/program-office-workbench.jar")));
        command.addAll(List.of(args));
        return new WorkbenchProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static WorkbenchProcess startReady(Path dataDir, int port, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port), "--data-dir", dataDir.toString()));
        args.addAll(List.of(more));
        WorkbenchProcess p = start(args.toArray(String[]::new));
        p.await(READY, 120);
        return p;
    }

    /** Waits for a line containing {@code text}; fails with everything printed so far. */
    String await(String text, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (line.contains(text)) {
                    return line;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no line with '" + text + "'; output was:\n" + String.join("\n", output()));
    }

    /** Everything printed so far. */
    List<String> output() {
        lines.drainTo(seen);
        return List.copyOf(seen);
    }

    /** Sends SIGTERM and waits for the exit code. */
    int terminate(int seconds) throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; unlike Process.destroy() it leaves the output stream readable
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("workbench did not stop within " + seconds + " s of SIGTERM");
        }
        return process.exitValue();
    }

    int waitForExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("workbench still running after " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
