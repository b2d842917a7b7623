package io.programoffice.workbench.data;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic demo data set for the workbench: six team projects with 600 work issues each and four risk issues
 * ({@link DemoRisks}), four fix versions per project, and a web of cross-project "Blocks" and "Depends" links. The content depends only on a fixed random
 * seed and the fixed {@link #BASE_DATE}, never on the clock, so every fresh seed produces identical rows.
 */
public final class DemoData {
    /** The "today" of the demo: every date is computed from it. */
    public static final LocalDate BASE_DATE = LocalDate.of(2026, 9, 1);
    /** Work issues created per project (the risks come after them). */
    public static final int ISSUES_PER_PROJECT = 600;
    /** Done issues are resolved within this many days before the seeding day. */
    public static final int RESOLVED_DAYS = 90;

    private static final long RANDOM_SEED = 0x5EED_2026_0901L;
    private static final int CROSS_PROJECT_DEPENDENCY_LINKS = 760;
    private static final int SAME_PROJECT_DEPENDENCY_LINKS = 90;
    private static final int RELATES_LINKS = 200;
    private static final long FIRST_ID = 10000;
    /** The demo's issue security level (on every 40th API issue; the administrator and Bob see it). */
    public static final long EMBARGOED_LEVEL = 10100;

    private static final long STATUS_TO_DO = 1;
    private static final long STATUS_BACKLOG = 2;
    private static final long STATUS_IN_PROGRESS = 3;
    private static final long STATUS_IN_REVIEW = 4;
    private static final long STATUS_DONE = 5;
    private static final long STATUS_CLOSED = 6;

    private static final long LINK_BLOCKS = 10000;
    private static final long LINK_DEPENDENCY = 10001;
    private static final long LINK_RELATES = 10002;

    private static final int NEW = 0;
    private static final int INDETERMINATE = 1;
    private static final int DONE = 2;

    private record ProjectSpec(String key, String name, String lead, List<String> objects) {
    }

    private record VersionSpec(String name, LocalDate releaseDate) {
    }

    /** Downstream project index depends on upstream project index, with a relative weight. */
    private record DependencyEdge(int downstream, int upstream, int weight) {
    }

    private static final List<ProjectSpec> PROJECTS = List.of(
            new ProjectSpec("APP", "Mobile App", "alice", List.of(
                    "login screen", "push notifications", "offline sync", "onboarding flow", "in-app purchases",
                    "settings page", "deep links", "crash reporter", "dark mode", "image cache", "biometric unlock",
                    "payment sheet")),
            new ProjectSpec("WEB", "Web Platform", "alice", List.of(
                    "checkout page", "search results", "account dashboard", "cookie banner", "navigation menu",
                    "product gallery", "signup form", "accessibility audit", "landing page", "session handling",
                    "CDN cache rules", "order history")),
            new ProjectSpec("API", "API Gateway", "bob", List.of(
                    "payment webhook", "rate limiter", "token refresh", "OpenAPI spec", "request router",
                    "order endpoint", "pagination", "GraphQL schema", "API keys", "error responses",
                    "health check", "response cache")),
            new ProjectSpec("DATA", "Data Pipeline", "bob", List.of(
                    "event ingestion job", "customer warehouse", "nightly ETL", "schema registry", "Kafka consumer",
                    "revenue dashboard", "retention job", "dedup stage", "S3 export", "metrics rollup",
                    "CDC connector", "table partitioning")),
            new ProjectSpec("OPS", "Infrastructure", "admin", List.of(
                    "Kubernetes cluster", "Terraform modules", "CI runners", "log shipping", "alerting rules",
                    "backup jobs", "load balancer", "secrets vault", "DNS records", "autoscaling policy",
                    "staging environment", "monitoring stack")),
            new ProjectSpec("SEC", "Security", "admin", List.of(
                    "SSO integration", "audit log", "pen test findings", "dependency scanner", "TLS certificates",
                    "password policy", "access reviews", "WAF rules", "encryption at rest", "SBOM export",
                    "threat model", "incident runbook")));

    private static final List<VersionSpec> VERSIONS = List.of(
            new VersionSpec("2026.Q3", LocalDate.of(2026, 8, 25)),
            new VersionSpec("2026.Q4", LocalDate.of(2026, 11, 24)),
            new VersionSpec("2027.Q1", LocalDate.of(2027, 2, 23)),
            new VersionSpec("2027.Q2", LocalDate.of(2027, 5, 25)));

    /** Days each project plans its later releases after the others (per release step), so dates drift apart. */
    private static final int[] RELEASE_DRIFT_DAYS = {0, 0, 3, 7, 0, 0};

    private static final List<DependencyEdge> DEPENDENCY_EDGES = List.of(
            new DependencyEdge(0, 2, 9), // APP on API
            new DependencyEdge(1, 2, 9), // WEB on API
            new DependencyEdge(2, 3, 6), // API on DATA
            new DependencyEdge(0, 5, 3), // APP on SEC
            new DependencyEdge(1, 5, 3), // WEB on SEC
            new DependencyEdge(2, 5, 4), // API on SEC
            new DependencyEdge(2, 4, 5), // API on OPS
            new DependencyEdge(3, 4, 6), // DATA on OPS
            new DependencyEdge(3, 5, 2), // DATA on SEC
            new DependencyEdge(0, 1, 2), // APP on WEB
            new DependencyEdge(5, 4, 3), // SEC on OPS
            new DependencyEdge(1, 3, 2)); // WEB on DATA

    private static final List<String> VERB_PHRASES = List.of(
            "Add retry to", "Add caching to", "Add metrics to", "Add tests for", "Refactor", "Migrate",
            "Document", "Harden", "Redesign", "Upgrade", "Simplify", "Instrument", "Speed up", "Localize");
    private static final List<String> BUG_TEMPLATES = List.of(
            "Fix timeout in %s", "Fix crash in %s", "%s fails after upgrade", "%s shows stale data",
            "Fix memory leak in %s", "Fix race condition in %s", "%s returns wrong totals");
    private static final List<String> EPIC_TEMPLATES = List.of(
            "%s overhaul", "%s v2", "Rebuild %s", "%s GA readiness");
    private static final List<String> QUALIFIERS = List.of(
            "", "", "", "", " for EU region", " in staging", " behind feature flag", " for large accounts",
            " (phase 2)", " on slow networks");
    private static final List<String> ASSIGNEES = List.of("alice", "bob", "admin");
    private static final double[] STORY_POINTS = {1, 2, 3, 5, 8, 13};
    private static final int[] STORY_POINT_WEIGHTS = {10, 20, 25, 25, 15, 5};

    private DemoData() {
    }

    /**
     * Seeds the demo into an empty database in one transaction, after ensuring the workbench users exist
     * ({@link WorkbenchDatabase#seedUsers()}). Alice browses APP, WEB and API; Bob browses API, DATA and OPS; only the
     * administrator browses SEC.
     *
     * @param db the database, which must not hold any project yet
     * @return counts of what was created
     * @throws IllegalStateException when the database already holds projects
     * @throws WorkbenchDataException on a database failure (nothing is written then)
     */
    public static DemoSummary seed(WorkbenchDatabase db) {
        return seed(db, LocalDate.now());
    }

    /**
     * As {@link #seed(WorkbenchDatabase)}, the done issues resolved in the {@value #RESOLVED_DAYS} days before
     * {@code today} (never before their creation), each team about three a working day: the teams' recent pace that
     * milestone forecasts sample. Their own random sequence picks the days, so everything else is the same demo
     * whatever the day.
     */
    public static DemoSummary seed(WorkbenchDatabase db, LocalDate today) {
        db.seedUsers();
        try (Connection connection = db.connection()) {
            if (hasProjects(connection)) {
                throw new IllegalStateException("The workbench database already holds projects");
            }
            connection.setAutoCommit(false);
            try {
                DemoSummary summary = new Generator(connection).run();
                resolveDone(connection, today);
                int risks = DemoRisks.insert(connection, today, Timestamp.valueOf(BASE_DATE.minusDays(7).atTime(10, 0)));
                summary = new DemoSummary(summary.projects(), summary.issues() + risks, summary.links(),
                        summary.crossProjectDependencyLinks());
                connection.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                db.hostDataChanged();
            }
        } catch (SQLException e) {
            throw new WorkbenchDataException("Cannot seed the demo data", e);
        }
    }

    private static void resolveDone(Connection connection, LocalDate today) throws SQLException {
        Random days = new Random(RANDOM_SEED ^ 0x2E50_1DEDL);
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT i.ID, i.CREATED FROM ISSUE i JOIN STATUS s ON s.ID = i.STATUS_ID
                JOIN STATUS_CATEGORY sc ON sc.ID = s.CATEGORY_ID WHERE sc.CKEY = 'done' ORDER BY i.ID""");
             PreparedStatement update = connection.prepareStatement("UPDATE ISSUE SET RESOLVED = ? WHERE ID = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                LocalDateTime created = rows.getTimestamp(2).toLocalDateTime();
                LocalDateTime resolved = today.minusDays(1 + days.nextInt(RESOLVED_DAYS)).atTime(9, 0)
                        .plusMinutes(days.nextInt(9 * 60));
                update.setTimestamp(1, Timestamp.valueOf(resolved.isBefore(created) ? created.plusHours(1) : resolved));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static boolean hasProjects(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PROJECT")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /** One seeding run: owns the random sequence, so the rows depend only on the code. */
    private static final class Generator {
        private final Connection connection;
        private final Random random = new Random(RANDOM_SEED);
        /** Issue ids per project index. */
        private final List<List<Long>> issueIds = new ArrayList<>();
        private final Set<Long> linkedPairs = new HashSet<>();
        private long nextLinkId = FIRST_ID;
        private int links;

        Generator(Connection connection) {
            this.connection = connection;
        }

        DemoSummary run() throws SQLException {
            insertStatusesAndLinkTypes();
            long[] projectIds = insertProjects();
            long[][] versionIds = insertVersions(projectIds);
            int issues = insertIssues(projectIds, versionIds);
            int crossProject = insertLinks();
            insertBrowseRights(projectIds);
            insertSecurityLevel();
            return new DemoSummary(projectIds.length, issues, links, crossProject);
        }

        private void insertStatusesAndLinkTypes() throws SQLException {
            try (PreparedStatement status = connection.prepareStatement(
                    "MERGE INTO STATUS (ID, NAME, CATEGORY_ID) KEY (ID) VALUES (?, ?, ?)")) {
                addStatus(status, STATUS_TO_DO, "To Do", 2);
                addStatus(status, STATUS_BACKLOG, "Backlog", 2);
                addStatus(status, STATUS_IN_PROGRESS, "In Progress", 4);
                addStatus(status, STATUS_IN_REVIEW, "In Review", 4);
                addStatus(status, STATUS_DONE, "Done", 3);
                addStatus(status, STATUS_CLOSED, "Closed", 3);
                status.executeBatch();
            }
            try (PreparedStatement linkType = connection.prepareStatement(
                    "MERGE INTO LINK_TYPE (ID, NAME, INWARD, OUTWARD) KEY (ID) VALUES (?, ?, ?, ?)")) {
                addLinkType(linkType, LINK_BLOCKS, "Blocks", "is blocked by", "blocks");
                addLinkType(linkType, LINK_DEPENDENCY, "Depends", "is depended on by", "depends on");
                addLinkType(linkType, LINK_RELATES, "Relates", "relates to", "relates to");
                linkType.executeBatch();
            }
        }

        private static void addStatus(PreparedStatement status, long id, String name, long categoryId)
                throws SQLException {
            status.setLong(1, id);
            status.setString(2, name);
            status.setLong(3, categoryId);
            status.addBatch();
        }

        private static void addLinkType(PreparedStatement linkType, long id, String name, String inward,
                String outward) throws SQLException {
            linkType.setLong(1, id);
            linkType.setString(2, name);
            linkType.setString(3, inward);
            linkType.setString(4, outward);
            linkType.addBatch();
        }

        private long[] insertProjects() throws SQLException {
            long[] ids = new long[PROJECTS.size()];
            try (PreparedStatement project = connection.prepareStatement(
                    "INSERT INTO PROJECT (ID, PKEY, NAME, LEAD) VALUES (?, ?, ?, ?)")) {
                for (int p = 0; p < PROJECTS.size(); p++) {
                    ProjectSpec spec = PROJECTS.get(p);
                    ids[p] = FIRST_ID + p;
                    project.setLong(1, ids[p]);
                    project.setString(2, spec.key());
                    project.setString(3, spec.name());
                    project.setString(4, spec.lead());
                    project.addBatch();
                }
                project.executeBatch();
            }
            return ids;
        }

        private long[][] insertVersions(long[] projectIds) throws SQLException {
            long[][] ids = new long[projectIds.length][VERSIONS.size()];
            long nextId = FIRST_ID;
            try (PreparedStatement version = connection.prepareStatement(
                    "INSERT INTO VERSION (ID, PROJECT_ID, NAME, RELEASE_DATE, RELEASED) VALUES (?, ?, ?, ?, ?)")) {
                for (int p = 0; p < projectIds.length; p++) {
                    for (int v = 0; v < VERSIONS.size(); v++) {
                        VersionSpec spec = VERSIONS.get(v);
                        ids[p][v] = nextId++;
                        version.setLong(1, ids[p][v]);
                        version.setLong(2, projectIds[p]);
                        version.setString(3, spec.name());
                        LocalDate planned = spec.releaseDate().plusDays(v >= 2 ? (long) RELEASE_DRIFT_DAYS[p] * (v - 1) : 0);
                        version.setDate(4, Date.valueOf(planned));
                        version.setBoolean(5, planned.isBefore(BASE_DATE));
                        version.addBatch();
                    }
                }
                version.executeBatch();
            }
            return ids;
        }

        private int insertIssues(long[] projectIds, long[][] versionIds) throws SQLException {
            long nextId = FIRST_ID;
            int count = 0;
            LocalDateTime now = BASE_DATE.atTime(9, 0);
            try (PreparedStatement issue = connection.prepareStatement("""
                    INSERT INTO ISSUE (ID, PROJECT_ID, NUM, IKEY, SUMMARY, ISSUE_TYPE, STATUS_ID, STORY_POINTS,
                        ASSIGNEE, CREATED, UPDATED, DUE_DATE)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement fixVersion = connection.prepareStatement(
                            "INSERT INTO ISSUE_FIX_VERSION (ISSUE_ID, VERSION_ID) VALUES (?, ?)")) {
                for (int p = 0; p < projectIds.length; p++) {
                    ProjectSpec spec = PROJECTS.get(p);
                    List<Long> ids = new ArrayList<>(ISSUES_PER_PROJECT);
                    issueIds.add(ids);
                    for (int num = 1; num <= ISSUES_PER_PROJECT; num++) {
                        long id = nextId++;
                        ids.add(id);
                        int category = pickCategory();
                        String type = pickIssueType();
                        int version = pickVersion(category);
                        LocalDateTime created = now.minusDays(1 + random.nextInt(330))
                                .plusMinutes(random.nextInt(9 * 60));
                        long ageMinutes = ChronoUnit.MINUTES.between(created, now);
                        LocalDateTime updated = created.plusMinutes((long) (random.nextDouble() * ageMinutes));

                        issue.setLong(1, id);
                        issue.setLong(2, projectIds[p]);
                        issue.setInt(3, num);
                        issue.setString(4, spec.key() + "-" + num);
                        issue.setString(5, summary(spec, type));
                        issue.setString(6, type);
                        issue.setLong(7, pickStatus(category));
                        Double points = pickStoryPoints(type);
                        if (points == null) {
                            issue.setNull(8, Types.DOUBLE);
                        } else {
                            issue.setDouble(8, points);
                        }
                        String assignee = pickAssignee(category);
                        if (assignee == null) {
                            issue.setNull(9, Types.VARCHAR);
                        } else {
                            issue.setString(9, assignee);
                        }
                        issue.setTimestamp(10, Timestamp.valueOf(created));
                        issue.setTimestamp(11, Timestamp.valueOf(updated));
                        LocalDate due = pickDueDate(version);
                        if (due == null) {
                            issue.setNull(12, Types.DATE);
                        } else {
                            issue.setDate(12, Date.valueOf(due));
                        }
                        issue.addBatch();
                        if (version >= 0) {
                            fixVersion.setLong(1, id);
                            fixVersion.setLong(2, versionIds[p][version]);
                            fixVersion.addBatch();
                        }
                        count++;
                    }
                    issue.executeBatch();
                    fixVersion.executeBatch();
                }
            }
            return count;
        }

        private int pickCategory() {
            int roll = random.nextInt(100);
            return roll < 35 ? NEW : roll < 65 ? INDETERMINATE : DONE;
        }

        private long pickStatus(int category) {
            int roll = random.nextInt(100);
            return switch (category) {
                case NEW -> roll < 60 ? STATUS_TO_DO : STATUS_BACKLOG;
                case INDETERMINATE -> roll < 65 ? STATUS_IN_PROGRESS : STATUS_IN_REVIEW;
                default -> roll < 80 ? STATUS_DONE : STATUS_CLOSED;
            };
        }

        /** @return the index of the issue's fix version, or -1 for none; finished work sits in earlier versions */
        private int pickVersion(int category) {
            int roll = random.nextInt(100);
            return switch (category) {
                case DONE -> roll < 45 ? 0 : roll < 65 ? 1 : -1;
                case INDETERMINATE -> roll < 5 ? 0 : roll < 50 ? 1 : roll < 70 ? 2 : -1;
                default -> roll < 5 ? 1 : roll < 35 ? 2 : roll < 60 ? 3 : -1;
            };
        }

        private String pickIssueType() {
            int roll = random.nextInt(100);
            return roll < 4 ? "Epic" : roll < 48 ? "Story" : roll < 78 ? "Task" : "Bug";
        }

        private Double pickStoryPoints(String type) {
            if (type.equals("Epic") || random.nextInt(100) < 15) {
                return null;
            }
            int roll = random.nextInt(100);
            for (int i = 0; i < STORY_POINTS.length; i++) {
                roll -= STORY_POINT_WEIGHTS[i];
                if (roll < 0) {
                    return STORY_POINTS[i];
                }
            }
            return STORY_POINTS[STORY_POINTS.length - 1];
        }

        private String pickAssignee(int category) {
            if (random.nextInt(100) < (category == NEW ? 40 : 5)) {
                return null;
            }
            return ASSIGNEES.get(random.nextInt(ASSIGNEES.size()));
        }

        private LocalDate pickDueDate(int version) {
            int roll = random.nextInt(100);
            if (version >= 0) {
                return roll < 60 ? VERSIONS.get(version).releaseDate().minusDays(random.nextInt(21)) : null;
            }
            return roll < 15 ? BASE_DATE.plusDays(random.nextInt(120) - 30L) : null;
        }

        private String summary(ProjectSpec spec, String type) {
            String object = spec.objects().get(random.nextInt(spec.objects().size()));
            String qualifier = QUALIFIERS.get(random.nextInt(QUALIFIERS.size()));
            return switch (type) {
                case "Epic" -> capitalize(EPIC_TEMPLATES.get(random.nextInt(EPIC_TEMPLATES.size()))
                        .formatted(object));
                case "Bug" -> capitalize(BUG_TEMPLATES.get(random.nextInt(BUG_TEMPLATES.size()))
                        .formatted(object)) + qualifier;
                default -> VERB_PHRASES.get(random.nextInt(VERB_PHRASES.size())) + " " + object + qualifier;
            };
        }

        private static String capitalize(String text) {
            return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }

        /** @return the number of cross-project "Blocks" and "Depends" links */
        private int insertLinks() throws SQLException {
            int totalWeight = DEPENDENCY_EDGES.stream().mapToInt(DependencyEdge::weight).sum();
            int crossProject = 0;
            try (PreparedStatement link = connection.prepareStatement(
                    "INSERT INTO ISSUE_LINK (ID, LINK_TYPE_ID, SOURCE_ID, DESTINATION_ID) VALUES (?, ?, ?, ?)")) {
                while (crossProject < CROSS_PROJECT_DEPENDENCY_LINKS) {
                    DependencyEdge edge = pickEdge(totalWeight);
                    if (addDependency(link, randomIssue(edge.downstream()), randomIssue(edge.upstream()))) {
                        crossProject++;
                    }
                }
                int sameProject = 0;
                while (sameProject < SAME_PROJECT_DEPENDENCY_LINKS) {
                    int project = random.nextInt(issueIds.size());
                    if (addDependency(link, randomIssue(project), randomIssue(project))) {
                        sameProject++;
                    }
                }
                int relates = 0;
                while (relates < RELATES_LINKS) {
                    long first = randomIssue(random.nextInt(issueIds.size()));
                    long second = randomIssue(random.nextInt(issueIds.size()));
                    if (addLink(link, LINK_RELATES, first, second)) {
                        relates++;
                    }
                }
                link.executeBatch();
            }
            return crossProject;
        }

        private DependencyEdge pickEdge(int totalWeight) {
            int roll = random.nextInt(totalWeight);
            for (DependencyEdge edge : DEPENDENCY_EDGES) {
                roll -= edge.weight();
                if (roll < 0) {
                    return edge;
                }
            }
            throw new IllegalStateException("weights do not add up");
        }

        private long randomIssue(int project) {
            List<Long> ids = issueIds.get(project);
            return ids.get(random.nextInt(ids.size()));
        }

        /** Links as "upstream blocks downstream" or "downstream depends on upstream", half and half. */
        private boolean addDependency(PreparedStatement link, long downstream, long upstream) throws SQLException {
            return random.nextBoolean()
                    ? addLink(link, LINK_BLOCKS, upstream, downstream)
                    : addLink(link, LINK_DEPENDENCY, downstream, upstream);
        }

        /** Adds the link unless it would link an issue to itself or link a pair that is linked already. */
        private boolean addLink(PreparedStatement link, long type, long source, long destination)
                throws SQLException {
            if (source == destination || !linkedPairs.add(Math.min(source, destination) << 32
                    | Math.max(source, destination))) {
                return false;
            }
            link.setLong(1, nextLinkId++);
            link.setLong(2, type);
            link.setLong(3, source);
            link.setLong(4, destination);
            link.addBatch();
            links++;
            return true;
        }

        private void insertBrowseRights(long[] projectIds) throws SQLException {
            try (PreparedStatement browser = connection.prepareStatement(
                    "INSERT INTO PROJECT_BROWSER (USERNAME, PROJECT_ID) VALUES (?, ?)")) {
                for (int p : new int[] {0, 1, 2}) {
                    addBrowser(browser, "alice", projectIds[p]);
                }
                for (int p : new int[] {2, 3, 4}) {
                    addBrowser(browser, "bob", projectIds[p]);
                }
                browser.executeBatch();
            }
        }

        /**
         * The issue security level "Embargoed", seen by the administrator and Bob only, on every 40th API issue:
         * Alice browses API but does not see those. Uses no randomness, so the other rows stay as they were.
         */
        private void insertSecurityLevel() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO SECURITY_LEVEL (ID, NAME) VALUES (" + EMBARGOED_LEVEL
                        + ", 'Embargoed')");
                statement.executeUpdate("INSERT INTO SECURITY_LEVEL_MEMBER (LEVEL_ID, USERNAME) VALUES ("
                        + EMBARGOED_LEVEL + ", 'admin'), (" + EMBARGOED_LEVEL + ", 'bob')");
            }
            try (PreparedStatement secure = connection.prepareStatement(
                    "UPDATE ISSUE SET SECURITY_LEVEL_ID = ? WHERE ID = ?")) {
                List<Long> api = issueIds.get(2);
                for (int i = 0; i < api.size(); i += 40) {
                    secure.setLong(1, EMBARGOED_LEVEL);
                    secure.setLong(2, api.get(i));
                    secure.addBatch();
                }
                secure.executeBatch();
            }
        }

        private static void addBrowser(PreparedStatement browser, String username, long projectId)
                throws SQLException {
            browser.setString(1, username);
            browser.setLong(2, projectId);
            browser.addBatch();
        }
    }
}
