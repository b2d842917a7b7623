package io.programoffice.workbench;

import io.programoffice.workbench.data.WorkbenchDataException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar program-office-workbench.jar [--port N] [--data-dir DIR] [--no-demo]}: serves the plugin at
 * {@code http://localhost:N/jira} (default 2990) until SIGTERM or Ctrl-C. Exits 2 with one line on a bad argument,
 * a taken port or an unusable data dir. {@code import [--data-dir DIR] PATH...} loads Jira REST JSON instead
 * ({@link io.programoffice.workbench.importer.ImportCommand}).
 */
public final class Main {
    static final int DEFAULT_PORT = 2990;
    static final String DEFAULT_DATA_DIR = "workbench-data";
    static final String USAGE = "usage: java -jar program-office-workbench.jar [--port N] [--data-dir DIR] [--no-demo]";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("import")) {
            int status = io.programoffice.workbench.importer.ImportCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), Path.of(DEFAULT_DATA_DIR), System.out,
                    System.err);
            System.out.flush();
            System.exit(status);
            return;
        }
        Workbench.Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage() + "\n" + USAGE);
            return;
        }
        long started = System.nanoTime();
        Workbench workbench;
        try {
            workbench = Workbench.start(options);
        } catch (WorkbenchDataException e) {
            fail("Program Office workbench cannot use data dir " + options.dataDir().toAbsolutePath() + ": "
                    + e.getMessage() + (rootCause(e) == e ? "" : " (" + firstLine(rootCause(e).getMessage()) + ")"));
            return;
        } catch (Exception e) {
            if (causedBy(e, BindException.class)) {
                fail("Program Office workbench cannot start: port " + options.port() + " is already in use"
                        + " (choose another with --port N)");
            } else {
                fail("Program Office workbench cannot start: " + e);
            }
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int status = 0;
            try {
                workbench.close();
                System.out.println("Program Office workbench stopped");
            } catch (Exception e) {
                System.err.println("Program Office workbench did not stop cleanly: " + e);
                status = 1;
            } finally {
                stopped.countDown();
                System.out.flush();
            }
            // a clean stop on SIGTERM exits 0 rather than the JVM's 143; everything is closed by now
            Runtime.getRuntime().halt(status);
        }, "workbench-shutdown"));
        if (workbench.demo() != null) {
            System.out.printf("Seeded demo: %d projects, %d issues, %d links (%d cross-project dependencies), program %s%n",
                    workbench.demo().projects(), workbench.demo().issues(), workbench.demo().links(),
                    workbench.demo().crossProjectDependencyLinks(), Workbench.DEMO_PROGRAM);
        }
        System.out.printf("Started in %d ms; data in %s%n", (System.nanoTime() - started) / 1_000_000,
                options.dataDir().toAbsolutePath());
        System.out.println("Program Office workbench ready at " + workbench.baseUrl());
        System.out.flush();
        stopped.await();
    }

    static Workbench.Options parse(String[] args) {
        int port = DEFAULT_PORT;
        Path dataDir = Path.of(DEFAULT_DATA_DIR);
        boolean demo = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--no-demo" -> demo = false;
                case "--help", "-h" -> throw new IllegalArgumentException("Program Office workbench");
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        return new Workbench.Options("127.0.0.1", port, dataDir, demo);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--port must be 1-65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + value);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t) || (t instanceof IOException && String.valueOf(t.getMessage()).contains("bind"))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static void fail(String message) {
        PrintStream err = System.err;
        err.println(message);
        err.flush();
        System.exit(2);
    }
}
