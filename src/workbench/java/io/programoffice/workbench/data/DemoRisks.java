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
import java.util.List;

/**
 * The demo's risk fields and risk issues: the custom fields of the plugin's risk field types (probability, impact,
 * their residual pair, ROAM status, risk score and residual score) plus a mitigation text field, and four "Risk"
 * issues per project after its work issues, in every ROAM state, some not assessed, some without owner or
 * mitigation, some resolved. Fixed content, so every seed gives the same risks; due dates count from the seeding day.
 */
public final class DemoRisks {
    /** The risk issue type. */
    public static final String RISK_TYPE = "Risk";
    public static final String PROBABILITY_FIELD = "customfield_10200";
    public static final String IMPACT_FIELD = "customfield_10201";
    public static final String RESIDUAL_PROBABILITY_FIELD = "customfield_10202";
    public static final String RESIDUAL_IMPACT_FIELD = "customfield_10203";
    public static final String ROAM_FIELD = "customfield_10204";
    public static final String MITIGATION_FIELD = "customfield_10205";
    public static final String SCORE_FIELD = "customfield_10206";
    public static final String RESIDUAL_SCORE_FIELD = "customfield_10207";
    /** Risk issues per project. */
    public static final int PER_PROJECT = 4;

    private static final String TYPES = "io.programoffice.program-office-jira:";
    private static final long STATUS_TO_DO = 1;
    private static final long STATUS_IN_PROGRESS = 3;
    private static final long STATUS_DONE = 5;

    /** One demo risk; probability etc. 0 when not set, roam and mitigation null when not set. */
    private record Spec(String project, String summary, int p, int i, int rp, int ri, String roam, String mitigation,
                        String owner, int dueInDays) {
    }

    private static final List<Spec> RISKS = List.of(
            new Spec("APP", "App store review may reject the in-app purchase flow", 4, 4, 2, 4, "owned",
                    "Walk the flow through with the store's review team before submission.", "alice", 14),
            new Spec("APP", "Push notification provider raises its prices", 2, 3, 0, 0, "accepted", null, "alice",
                    45),
            new Spec("APP", "Offline sync may lose edits when the schema changes", 4, 5, 0, 0, null, null, null, 10),
            new Spec("APP", "Biometric unlock SDK reaches end of life", 3, 2, 0, 0, "resolved",
                    "Replaced by the platform's own API.", "alice", -20),
            new Spec("WEB", "Checkout page fails the accessibility audit", 3, 4, 1, 4, "mitigated",
                    "Audit fixes planned into 2026.Q4; screen reader tests run nightly.", "alice", 21),
            new Spec("WEB", "CDN cache rules may serve personalised pages to others", 2, 5, 0, 0, "owned",
                    "Vary on the session cookie; canary region first.", "bob", 7),
            new Spec("WEB", "Regulator may change the cookie consent rules", 0, 0, 0, 0, null, null, "alice", 60),
            new Spec("WEB", "Search results slow down at peak load", 5, 3, 0, 0, "owned", null, "alice", 5),
            new Spec("API", "Payment webhook provider rate-limits us at launch", 4, 4, 2, 3, "mitigated",
                    "Queue and replay webhooks; limit raised by contract.", "bob", 30),
            new Spec("API", "Token refresh races under load", 3, 4, 0, 0, "owned",
                    "Single-flight refresh in the client library.", "bob", 12),
            new Spec("API", "OpenAPI spec drifts from the mobile client", 2, 2, 0, 0, "accepted", null, "bob", 40),
            new Spec("API", "GraphQL schema migration slips past the freeze", 5, 4, 0, 0, null,
                    "Keep the REST endpoints until the migration is done.", null, 9),
            new Spec("DATA", "Nightly ETL overruns its window", 3, 3, 0, 0, "owned",
                    "Split the job by region and run the largest first.", "bob", 18),
            new Spec("DATA", "Kafka consumers lag during the migration", 4, 3, 2, 3, "mitigated",
                    "Double the partitions before cut-over.", "bob", 25),
            new Spec("DATA", "Warehouse vendor contract renewal", 1, 4, 0, 0, "accepted", null, "bob", 90),
            new Spec("DATA", "CDC connector licence changes", 2, 4, 0, 0, "resolved",
                    "Moved to the open-source connector.", "bob", -10),
            new Spec("OPS", "Kubernetes upgrade window clashes with the launch", 3, 5, 0, 0, "owned",
                    "Upgrade the staging cluster first and freeze production two weeks before launch.", "admin",
                    15),
            new Spec("OPS", "Secrets vault is a single point of failure", 2, 5, 1, 5, "mitigated",
                    "Second vault cluster in another zone.", "admin", 35),
            new Spec("OPS", "CI runners short of capacity in release week", 4, 2, 0, 0, "accepted", null, "admin",
                    20),
            new Spec("OPS", "Backup restore was never tested", 3, 4, 0, 0, null, null, "admin", -3),
            new Spec("SEC", "Pen test findings may block go-live", 4, 5, 0, 0, "owned",
                    "Fix criticals first; retest booked for the week after.", "admin", 8),
            new Spec("SEC", "TLS certificates expire during the change freeze", 2, 3, 1, 3, "mitigated",
                    "Automated renewal with alerts 30 days ahead.", "admin", 50),
            new Spec("SEC", "SSO integration partner is late", 3, 3, 0, 0, "accepted", null, "admin", 28),
            new Spec("SEC", "Threat model is out of date", 1, 2, 0, 0, "resolved", "Threat model reviewed.",
                    "admin", -30));

    private DemoRisks() {
    }

    /**
     * Adds the risk fields and the risk issues in the caller's transaction.
     *
     * @param today the seeding day, from which due dates count
     * @param created when the risks were raised
     * @return how many risk issues it added
     */
    static int insert(Connection c, LocalDate today, Timestamp created) throws SQLException {
        insertFields(c);
        long nextId;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(ID) + 1 FROM ISSUE")) {
            r.next();
            nextId = r.getLong(1);
        }
        try (PreparedStatement issue = c.prepareStatement("""
                INSERT INTO ISSUE (ID, PROJECT_ID, NUM, IKEY, SUMMARY, ISSUE_TYPE, STATUS_ID, ASSIGNEE, CREATED,
                    UPDATED, DUE_DATE, RESOLVED)
                SELECT ?, p.ID, (SELECT COALESCE(MAX(NUM), 0) + 1 FROM ISSUE WHERE PROJECT_ID = p.ID), ?
                    || '-' || (SELECT COALESCE(MAX(NUM), 0) + 1 FROM ISSUE WHERE PROJECT_ID = p.ID), ?, ?, ?, ?, ?, ?,
                    ?, ? FROM PROJECT p WHERE p.PKEY = ?""");
             PreparedStatement value = c.prepareStatement(
                     "INSERT INTO ISSUE_FIELD_VALUE (ISSUE_ID, FIELD_ID, NUM_VALUE, TEXT_VALUE) VALUES (?, ?, ?, ?)")) {
            for (Spec spec : RISKS) {
                long id = nextId++;
                boolean done = "resolved".equals(spec.roam());
                issue.setLong(1, id);
                issue.setString(2, spec.project());
                issue.setString(3, spec.summary());
                issue.setString(4, RISK_TYPE);
                issue.setLong(5, done ? STATUS_DONE : spec.owner() == null ? STATUS_TO_DO : STATUS_IN_PROGRESS);
                issue.setObject(6, spec.owner(), Types.VARCHAR);
                issue.setTimestamp(7, created);
                issue.setTimestamp(8, created);
                issue.setDate(9, Date.valueOf(today.plusDays(spec.dueInDays())));
                issue.setTimestamp(10, done ? Timestamp.valueOf(today.plusDays(spec.dueInDays()).atTime(10, 0)) : null);
                issue.setString(11, spec.project());
                if (issue.executeUpdate() != 1) {
                    throw new IllegalStateException("No demo project " + spec.project());
                }
                number(value, id, PROBABILITY_FIELD, spec.p());
                number(value, id, IMPACT_FIELD, spec.i());
                number(value, id, RESIDUAL_PROBABILITY_FIELD, spec.rp());
                number(value, id, RESIDUAL_IMPACT_FIELD, spec.ri());
                text(value, id, ROAM_FIELD, spec.roam());
                text(value, id, MITIGATION_FIELD, spec.mitigation());
            }
            value.executeBatch();
        }
        return RISKS.size();
    }

    private static void insertFields(Connection c) throws SQLException {
        try (PreparedStatement field = c.prepareStatement(
                "MERGE INTO CUSTOM_FIELD (ID, NAME, TYPE_KEY) KEY (ID) VALUES (?, ?, ?)")) {
            field(field, PROBABILITY_FIELD, "Probability", TYPES + "risk-probability");
            field(field, IMPACT_FIELD, "Impact", TYPES + "risk-impact");
            field(field, RESIDUAL_PROBABILITY_FIELD, "Residual probability", TYPES + "risk-probability");
            field(field, RESIDUAL_IMPACT_FIELD, "Residual impact", TYPES + "risk-impact");
            field(field, ROAM_FIELD, "ROAM status", TYPES + "risk-roam");
            field(field, MITIGATION_FIELD, "Mitigation", "com.atlassian.jira.plugin.system.customfieldtypes:textarea");
            field(field, SCORE_FIELD, "Risk score", TYPES + "risk-score");
            field(field, RESIDUAL_SCORE_FIELD, "Residual risk score", TYPES + "risk-residual-score");
            field.executeBatch();
        }
    }

    private static void field(PreparedStatement field, String id, String name, String type) throws SQLException {
        field.setString(1, id);
        field.setString(2, name);
        field.setString(3, type);
        field.addBatch();
    }

    private static void number(PreparedStatement value, long issueId, String field, int v) throws SQLException {
        if (v > 0) {
            value.setLong(1, issueId);
            value.setString(2, field);
            value.setDouble(3, v);
            value.setNull(4, Types.VARCHAR);
            value.addBatch();
        }
    }

    private static void text(PreparedStatement value, long issueId, String field, String v) throws SQLException {
        if (v != null) {
            value.setLong(1, issueId);
            value.setString(2, field);
            value.setNull(3, Types.DOUBLE);
            value.setString(4, v);
            value.addBatch();
        }
    }
}
