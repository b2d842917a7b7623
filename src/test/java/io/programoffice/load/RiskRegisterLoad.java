package io.programoffice.load;

import io.programoffice.workbench.data.WorkbenchDatabase;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Bounded loopback load test of the risk register and heat map of a large program: writes a seeded Jira export of
 * {@code issues} issues (default 100,000) over five projects of which {@code risks} (default 5,000) are risk issues
 * with their risk field values ({@link RiskProgramExport}), imports it into a fresh data dir with the packaged
 * workbench's {@code import} subcommand (its own JVM), lets alice browse the five projects and bob two of them, starts
 * the packaged workbench on that data dir, creates a scheme naming the risk fields and a program over the five
 * projects through the plugin's REST API, waits until the program index holds every issue, then measures as
 * {@link ProgramReadLoad} does ({@code users}, {@code rounds}, {@code think}, {@code warmup}; admin, alice and bob in
 * turn): the default register page, a filtered one, a heat map cell's page and the heat map. {@code users},
 * {@code rounds} and {@code think} may be comma-separated lists: every think time is measured with every number of
 * users in turn (rounds one for all, or one per users) on the same workbench, the warm-up made once before the first.
 * Loopback only; bounded in requests and time (it gives up after 10 minutes per stage); the generated data is deleted
 * at the end.
 *
 * <pre>mvn -q -o test-compile exec:exec@load -Dload.main=io.programoffice.load.RiskRegisterLoad -Dload.users=5,20 -Dload.rounds=100,25 -Dload.think=0,1000</pre>
 * (see docs/PERFORMANCE.md for the exact commands and the figures).
 */
public final class RiskRegisterLoad {
    static final String PROGRAM = "RISK";
    static final List<String> CALLS = List.of(
            "/programs/RISK/risks?maxResults=50",
            "/programs/RISK/risks?roam=owned,mitigated&minScore=10&sort=due&maxResults=50",
            "/programs/RISK/risks?probability=4&impact=4&maxResults=50",
            "/programs/RISK/risks/heatmap");

    private RiskRegisterLoad() {
    }

    public static void main(String[] args) throws Exception {
        int issues = Integer.getInteger("issues", 100_000);
        int risks = Integer.getInteger("risks", 5_000);
        List<Integer> users = numbers("users", "20");
        List<Integer> rounds = numbers("rounds", "50");
        List<Integer> thinks = numbers("think", "0");
        int warmup = Integer.getInteger("warmup", 2000);
        if (rounds.size() != 1 && rounds.size() != users.size()) {
            throw new IllegalArgumentException("give one rounds, or one per users");
        }
        if (thinks.stream().anyMatch(t -> t < 0 || t > 60_000) || users.stream().anyMatch(u -> u < 1 || u > 200)) {
            throw new IllegalArgumentException("think must be 0..60000 ms, users 1..200");
        }
        Path root = Files.createTempDirectory("po-risk-load");
        try {
            Path export = root.resolve("export");
            Path data = root.resolve("data");
            long t = System.nanoTime();
            RiskProgramExport.Written written = RiskProgramExport.write(export, issues, risks, 1_000, 8L,
                    LocalDate.now(ZoneOffset.UTC));
            System.out.printf("wrote %,d issues (%,d risks, %,d of them not done; %,d links) as %d search pages in %d ms%n",
                    written.issues(), written.risks(), written.openRisks(), written.links(), written.pages(),
                    millisSince(t));
            t = System.nanoTime();
            LoadWorkbench.importInto(data, export);
            System.out.printf("import subcommand (own JVM, start to exit): %d ms%n", millisSince(t));
            grantBrowse(data);
            try (LoadWorkbench wb = LoadWorkbench.start(data)) {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = wb.base();
                long scheme = createScheme(http, base);
                post(http, base + "/programs", """
                        {"key":"%s","name":"Risk load program","schemeId":%d,"owners":["admin","alice"],
                         "stakeholders":["bob"],"scope":{"projects":["RA","RB","RC","RD","RE"],"jql":null}}"""
                        .formatted(PROGRAM, scheme), 201);
                t = System.nanoTime();
                awaitProgramIndex(http, base, issues);
                System.out.printf("program index ready with the program's %,d issues after %d ms%n", issues,
                        millisSince(t));
                for (String user : List.of("admin", "alice", "bob")) {
                    HttpResponse<String> r = get(http, base + CALLS.get(0), user);
                    HttpResponse<String> h = get(http, base + CALLS.get(3), user);
                    System.out.printf("%s: register total %s (status %d), heat map cells sum %d, open %s "
                                    + "(status %d)%n", user, first(r.body(), "\"total\":(\\d+)"), r.statusCode(),
                            heatMapSum(h.body()), first(h.body(), "\"open\":(\\d+)"), h.statusCode());
                }
                boolean warm = false;
                for (int think : thinks) {
                    for (int i = 0; i < users.size(); i++) {
                        int r = rounds.get(rounds.size() == 1 ? 0 : i);
                        System.out.printf("--- %d users, %d rounds, mean think %d ms, %s UTC%n", users.get(i), r, think,
                                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                        ProgramReadLoad.measure(wb, http, CALLS, Map.of(), users.get(i), r, think, warm ? 0 : warmup);
                        warm = true;
                    }
                }
            }
        } finally {
            delete(root);
        }
    }

    /** A comma-separated list of whole numbers from a system property. */
    private static List<Integer> numbers(String property, String fallback) {
        return java.util.Arrays.stream(System.getProperty(property, fallback).split(","))
                .map(String::trim).map(Integer::valueOf).toList();
    }

    /** The permission scheme Jira would have: alice browses the five projects, bob RA and RB (admin all). */
    private static void grantBrowse(Path data) throws SQLException {
        try (WorkbenchDatabase database = WorkbenchDatabase.open(data);
                Connection c = database.connection();
                PreparedStatement grant = c.prepareStatement("INSERT INTO PROJECT_BROWSER (USERNAME, PROJECT_ID) "
                        + "SELECT ?, ID FROM PROJECT WHERE PKEY = ?")) {
            for (String project : RiskProgramExport.PROJECTS) {
                grant(grant, "alice", project);
                if (project.equals("RA") || project.equals("RB")) {
                    grant(grant, "bob", project);
                }
            }
        }
    }

    private static void grant(PreparedStatement grant, String user, String project) throws SQLException {
        grant.setString(1, user);
        grant.setString(2, project);
        if (grant.executeUpdate() != 1) {
            throw new IllegalStateException("no project " + project);
        }
    }

    private static long createScheme(HttpClient http, String base) throws Exception {
        String body = """
                {"name":"Risk load scheme","dependencyLinkTypes":[
                   {"linkType":"Blocks","kind":"FS","dependentEnd":"destination","lagDays":0}],
                 "doneStatusCategories":["done"],
                 "estimate":{"source":"STORY_POINTS","fieldId":"%s"},"team":{"source":"PROJECT"},
                 "risks":{"issueType":"Risk","probabilityField":"%s","impactField":"%s",
                   "residualProbabilityField":"%s","residualImpactField":"%s","roamField":"%s",
                   "mitigationField":"%s","ownerField":"assignee","dueField":"duedate"}}""".formatted(
                RiskProgramExport.STORY_POINTS, RiskProgramExport.PROBABILITY, RiskProgramExport.IMPACT,
                RiskProgramExport.RESIDUAL_PROBABILITY, RiskProgramExport.RESIDUAL_IMPACT, RiskProgramExport.ROAM,
                RiskProgramExport.MITIGATION);
        return Long.parseLong(first(post(http, base + "/schemes", body, 201).body(), "\"id\":(\\d+)"));
    }

    /**
     * Waits (at most five minutes) until the program index is READY and holds {@code issues} issues, asking for a
     * rebuild once when it is READY with fewer (the program was created after the node's first build).
     */
    private static void awaitProgramIndex(HttpClient http, String base, int issues) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        boolean rebuildAsked = false;
        long readySince = 0;
        while (System.nanoTime() < deadline) {
            String status = get(http, base + "/admin/index", "admin").body();
            boolean ready = status.contains("\"state\":\"READY\"");
            long held = Long.parseLong(first(status, "\"issues\":(\\d+)"));
            if (ready && held >= issues) {
                return;
            }
            if (ready && !rebuildAsked) {
                readySince = readySince == 0 ? System.nanoTime() : readySince;
                if (System.nanoTime() - readySince > TimeUnit.SECONDS.toNanos(3)) {
                    HttpResponse<String> r = http.send(LoadWorkbench.request(base + "/admin/index/rebuild", "admin")
                            .header("X-Atlassian-Token", "no-check")
                            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                    rebuildAsked = r.statusCode() == 202;
                }
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("the program index did not hold " + issues + " issues within five minutes");
    }

    private static HttpResponse<String> post(HttpClient http, String url, String body, int expected)
            throws Exception {
        HttpResponse<String> r = http.send(LoadWorkbench.request(url, "admin")
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + url + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String user) throws Exception {
        return http.send(LoadWorkbench.request(url, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    /** The sum of the heat map's cells (its counts). */
    private static long heatMapSum(String body) {
        int cells = body.indexOf("\"cells\"");
        if (cells < 0) {
            return -1;
        }
        String grid = body.substring(cells, body.indexOf("]]", cells) + 2);
        long sum = 0;
        for (Matcher m = Pattern.compile("\\d+").matcher(grid.substring(grid.indexOf('['))); m.find();) {
            sum += Long.parseLong(m.group());
        }
        return sum;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
