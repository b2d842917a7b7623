package io.programoffice.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded loopback load test of listing programs: starts the packaged workbench (its own JVM, fresh data dir with
 * the demo), creates {@code programs} programs through REST, then has {@code users} concurrent users each walk every
 * page of {@code GET /programs?maxResults=100} {@code rounds} times, and prints latency percentiles and errors.
 * Loopback only; bounded in requests and time (it gives up after 10 minutes).
 *
 * <pre>mvn -q test-compile exec:exec -Dload.main=io.programoffice.load.ProgramListLoad</pre>
 * (see docs/PERFORMANCE.md for the exact command and the figures).
 */
public final class ProgramListLoad {
    private ProgramListLoad() {
    }

    public static void main(String[] args) throws Exception {
        int programs = Integer.getInteger("programs", 1000);
        int users = Integer.getInteger("users", 20);
        int rounds = Integer.getInteger("rounds", 5);
        try (LoadWorkbench wb = LoadWorkbench.start()) {
            String base = wb.base();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long schemeId = 1;
            long setup = System.nanoTime();
            String[] projects = {"APP", "WEB", "API", "DATA", "OPS", "SEC"};
            for (int i = 0; i < programs; i++) {
                String body = "{\"key\":\"P" + i + "\",\"name\":\"Program " + i + "\",\"schemeId\":" + schemeId
                        + ",\"scope\":{\"projects\":[\"" + projects[i % 6] + "\",\"" + projects[(i + 1) % 6] + "\"]}}";
                HttpResponse<String> r = http.send(LoadWorkbench.request(base + "/programs", "admin").POST(
                        HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("creating program " + i + ": " + r.statusCode() + " " + r.body());
                }
            }
            System.out.printf("created %d programs in %d ms%n", programs, (System.nanoTime() - setup) / 1_000_000);
            int pages = (programs + 1 + 99) / 100;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(users);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                String user = u % 3 == 0 ? "admin" : u % 3 == 1 ? "alice" : "bob";
                done.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        for (int page = 0; page < pages; page++) {
                            long t = System.nanoTime();
                            try {
                                HttpResponse<String> r = http.send(LoadWorkbench.request(base + "/programs?maxResults=100&startAt="
                                        + page * 100, user).GET().build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200 || !r.body().contains("\"total\":" + (programs + 1))) {
                                    errors.incrementAndGet();
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
            long wall = System.nanoTime() - start;
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("GET /programs?maxResults=100 over %d programs: %d users x %d rounds x %d pages = %d "
                            + "requests in %.1f s (%.0f req/s), errors %d%n", programs + 1, users, rounds, pages,
                    sorted.size(), wall / 1e9, sorted.size() / (wall / 1e9), errors.get());
            System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", LoadWorkbench.pct(sorted, 50), LoadWorkbench.pct(sorted, 95),
                    LoadWorkbench.pct(sorted, 99), sorted.get(sorted.size() - 1) / 1e6);
        }
    }
}
