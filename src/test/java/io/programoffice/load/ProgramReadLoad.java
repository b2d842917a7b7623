package io.programoffice.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded loopback load test of what a program's pages read: starts the packaged workbench (fresh data dir with the
 * demo), waits for the program index, then has {@code users} concurrent users (admin, alice and bob in turn) each
 * request, {@code rounds} times, one set of calls: {@code pages} (the default) the DEMO program's summary, a
 * two-level view, an issue page (which reads the page's summaries from the host), the dependency analysis and the
 * negotiation queue; {@code panel} what the issue view's Dependencies panel reads, for eight demo issues with
 * dependencies (cycle, late, hidden ends, every negotiation state). Each user requests only issues they may browse
 * (bob browses API but not APP or WEB, so his panel set is eight API issues with dependencies, most with ends he
 * can't see, in every negotiation state), so an error is a real error; {@code milestones} the DEMO program's milestones
 * with their forecasts and what the issue view's milestones panel reads for three issues. Prints latency percentiles per call and in
 * all, errors (any status but 200), and the CPU time the workbench process and this client used per request while the
 * users ran (less sensitive than latencies to other work on the machine). Loopback only; gives up after 10 minutes.
 *
 * <p>{@code think} (milliseconds, default 0) is each user's mean pause before every request, drawn from an exponential
 * distribution (seeded per user; also before each user's first request, so they do not arrive together). With 0
 * the users form a closed loop that saturates the machine; with a pause they behave like people using Jira, who read
 * a page before the next click. Latency is measured per request, not including the pause.
 *
 * <p>Before the measured users start, {@code warmup} requests (default 2,000) of the same calls by the same users are
 * made by four threads and not measured, so the figures describe a warmed-up node rather than the JIT compiling the
 * first requests' code paths (a Jira node serves for weeks after its start).
 *
 * <pre>mvn -q test-compile exec:exec@load -Dload.main=io.programoffice.load.ProgramReadLoad -Dload.users=50 -Dload.rounds=20
 * mvn -q test-compile exec:exec@load -Dload.main=io.programoffice.load.ProgramReadLoad -Dload.calls=panel -Dload.users=20 -Dload.rounds=50
mvn -q test-compile exec:exec@load -Dload.main=io.programoffice.load.ProgramReadLoad -Dload.users=50 -Dload.rounds=20 -Dload.think=1000</pre>
 */
public final class ProgramReadLoad {
    private static final Map<String, List<String>> CALL_SETS = Map.of(
            "pages", List.of(
                    "/programs/DEMO/summary",
                    "/programs/DEMO/view?groupBy=team,statusCategory",
                    "/programs/DEMO/issues?maxResults=50",
                    "/programs/DEMO/dependencies/analysis",
                    "/programs/DEMO/dependencies/queue"),
            "milestones", List.of(
                    "/programs/DEMO/milestones",
                    "/issues/APP-20/milestones",
                    "/issues/WEB-20/milestones",
                    "/issues/API-20/milestones"),
            "panel", List.of(
                    "/issues/WEB-12/dependencies",
                    "/issues/APP-14/dependencies",
                    "/issues/WEB-13/dependencies",
                    "/issues/APP-10/dependencies",
                    "/issues/API-10/dependencies",
                    "/issues/WEB-10/dependencies",
                    "/issues/WEB-11/dependencies",
                    "/issues/API-13/dependencies"));
    /** Call sets for users who may not browse every project of a set above (bob: API only, among the demo's). */
    private static final Map<String, Map<String, List<String>>> USER_CALL_SETS = Map.of(
            "milestones", Map.of("bob", List.of(
                    "/programs/DEMO/milestones",
                    "/issues/API-20/milestones",
                    "/issues/API-21/milestones",
                    "/issues/API-22/milestones")),
            "panel", Map.of("bob", List.of(
                    "/issues/API-10/dependencies",
                    "/issues/API-13/dependencies",
                    "/issues/API-11/dependencies",
                    "/issues/API-12/dependencies",
                    "/issues/API-14/dependencies",
                    "/issues/API-25/dependencies",
                    "/issues/API-9/dependencies",
                    "/issues/API-56/dependencies")));

    private ProgramReadLoad() {
    }

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("users", 50);
        int rounds = Integer.getInteger("rounds", 20);
        String set = System.getProperty("calls", "pages");
        long think = Long.getLong("think", 0);
        int warmup = Integer.getInteger("warmup", 2000);
        if (think < 0 || think > 60_000) {
            throw new IllegalArgumentException("think must be 0..60000 ms, not " + think);
        }
        List<String> calls = CALL_SETS.get(set);
        if (calls == null) {
            throw new IllegalArgumentException("calls must be one of " + CALL_SETS.keySet() + ", not " + set);
        }
        try (LoadWorkbench wb = LoadWorkbench.start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            awaitIndex(http, wb.base());
            measure(wb, http, calls, USER_CALL_SETS.getOrDefault(set, Map.of()), users, rounds, think, warmup);
        }
    }

    /**
     * Warms up with {@code warmup} requests, then has {@code users} users (admin, alice and bob in turn) each make
     * the calls {@code rounds} times with a mean pause of {@code think} ms, and prints the figures.
     */
    static void measure(LoadWorkbench wb, HttpClient http, List<String> calls, Map<String, List<String>> perUser,
                        int users, int rounds, long think, int warmup) throws Exception {
        warmUp(http, wb.base(), calls, perUser, warmup);
        Map<String, List<Long>> latencies = new TreeMap<>();
        calls.forEach(c -> latencies.put(c, Collections.synchronizedList(new ArrayList<>())));
        perUser.values().forEach(cs -> cs.forEach(
                c -> latencies.putIfAbsent(c, Collections.synchronizedList(new ArrayList<>()))));
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        Duration serverCpu = wb.cpu();
        Duration clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String user = u % 3 == 0 ? "admin" : u % 3 == 1 ? "alice" : "bob";
            List<String> userCalls = perUser.getOrDefault(user, calls);
            SplittableRandom pauses = new SplittableRandom(1000L + u);
            done.add(pool.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    for (String call : userCalls) {
                        pause(pauses, think); // before the first call too, so the users do not arrive together
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(LoadWorkbench.request(wb.base() + call, user)
                                    .GET().build(), HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.get(call).add(System.nanoTime() - t);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - start;
        serverCpu = wb.cpu().minus(serverCpu);
        clientCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(clientCpu);
        pool.shutdown();
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            all.addAll(sorted);
            System.out.printf("%-50s p50 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms%n", e.getKey(),
                    LoadWorkbench.pct(sorted, 50), LoadWorkbench.pct(sorted, 95), LoadWorkbench.pct(sorted, 99),
                    sorted.get(sorted.size() - 1) / 1e6);
        }
        Collections.sort(all);
        System.out.printf("%d users x %d rounds x %d calls = %d requests in %.1f s (%.0f req/s, mean think %d ms), "
                        + "errors %d; all calls p50 %.1f  p95 %.1f  p99 %.1f ms%n", users, rounds, calls.size(),
                all.size(),
                wall / 1e9, all.size() / (wall / 1e9), think, errors.get(), LoadWorkbench.pct(all, 50),
                LoadWorkbench.pct(all, 95), LoadWorkbench.pct(all, 99));
        System.out.printf("CPU per request: workbench %.2f ms, load client %.2f ms (load average %s)%n",
                serverCpu.toNanos() / 1e6 / all.size(), clientCpu.toNanos() / 1e6 / all.size(), loadAverage());
    }

    /** Makes {@code requests} requests of the calls, as the measured users will, with four threads; fails on an error. */
    private static void warmUp(HttpClient http, String base, List<String> calls, Map<String, List<String>> perUser,
                               int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = thread; i < requests; i += 4) {
                        String user = i % 3 == 0 ? "admin" : i % 3 == 1 ? "alice" : "bob";
                        List<String> userCalls = perUser.getOrDefault(user, calls);
                        String call = userCalls.get((i / 3) % userCalls.size());
                        HttpResponse<Void> r = http.send(LoadWorkbench.request(base + call, user).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("warm-up: " + call + " as " + user + " answered "
                                    + r.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Sleeps an exponentially distributed time with mean {@code meanMillis} (nothing for 0). */
    private static void pause(SplittableRandom random, long meanMillis) throws InterruptedException {
        if (meanMillis > 0) {
            double millis = -meanMillis * Math.log(1 - random.nextDouble());
            TimeUnit.MICROSECONDS.sleep((long) Math.min(millis * 1000, meanMillis * 10_000.0));
        }
    }

    /** The 1, 5 and 15 minute load averages of the machine, or "?" where the OS does not tell. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Waits (at most two minutes) for the program index's first build: views read it. */
    static void awaitIndex(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(LoadWorkbench.request(base + "/admin/index", "admin").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"state\":\"READY\"")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("the program index was not ready within two minutes");
    }
}
