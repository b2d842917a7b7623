package io.programoffice.workbench.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programoffice.workbench.data.WorkbenchDatabase;
import io.programoffice.workbench.importer.ImportReport.Kind;
import io.programoffice.workbench.importer.ImportReport.Tally;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads Jira REST v2 JSON (search pages, single issues, projects with their versions, project / version / issue link
 * type / status lists, webhook payloads carrying an issue) into the workbench database. The shape of each document is
 * read from its content, never from its name. Each document is written in one transaction: it loads completely or not
 * at all; a row inside it that the data can't fit (a key another issue already has, a non-numeric id) is left out
 * with a note, the rest of the document loads.
 */
public final class JiraImporter {
    /** Progress is printed every this many issues. */
    public static final int PROGRESS_EVERY = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Map<String, Long> CATEGORY_IDS = Map.of("undefined", 1L, "new", 2L, "indeterminate", 4L,
            "done", 3L);
    private static final long UNDEFINED_CATEGORY = 1L;

    private final WorkbenchDatabase database;
    private final PrintStream out;
    private final ImportReport report = new ImportReport();
    private final long startedAt = System.nanoTime();
    private long issuesSeen;
    private long nextProgress = PROGRESS_EVERY;

    public JiraImporter(WorkbenchDatabase database, PrintStream out) {
        this.database = database;
        this.out = out;
        try (Connection connection = database.connection()) {
            ImportStore.ensureSchema(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot add the importer's tables: " + e.getMessage(), e);
        }
    }

    /** Imports a file or directory (recursively); call {@link #finish()} after the last one. */
    public void importPath(Path path) {
        ImportInputs.read(path, new ImportInputs.Sink() {
            @Override
            public void document(String name, byte[] content) {
                importDocument(name, content);
            }

            @Override
            public void unreadable(String name, String reason) {
                report.skipped(name, reason);
            }
        });
    }

    /** Imports one (unpacked) document. */
    public void importDocument(String name, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            report.skipped(name, "not JSON: " + firstLine(e.getOriginalMessage()) + locationOf(e));
            return;
        } catch (IOException e) {
            report.skipped(name, "not JSON: " + firstLine(e.getMessage()));
            return;
        }
        if (root == null || root.isMissingNode()) {
            report.skipped(name, "empty file");
            return;
        }
        Shape shape = Shape.of(root);
        if (shape.reason != null) {
            report.skipped(name, shape.reason);
            return;
        }
        Tally tally = new Tally();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (ImportStore store = new ImportStore(connection)) {
                new DocumentWriter(store, tally, connection, sourceOf(root)).write(shape, root);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                report.skipped(name, "nothing written, the database refused it: " + firstLine(e.getMessage()));
                return;
            } finally {
                connection.setAutoCommit(true);
                database.hostDataChanged();
            }
        } catch (SQLException e) {
            report.skipped(name, "nothing written, no database connection: " + firstLine(e.getMessage()));
            return;
        }
        if (tally.wroteAnything()) {
            report.merge(name, shape.label, tally);
        } else {
            report.skipped(name, shape.label + " with nothing to load" + (tally.notes.isEmpty() ? ""
                    : " (" + String.join("; ", tally.notes) + ")"));
        }
    }

    /**
     * Turns external link ends whose other issue has been imported since into links, and returns the report.
     */
    public ImportReport finish() {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (ImportStore store = new ImportStore(connection);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            SELECT e.ISSUE_ID, e.LINK_TYPE_ID, e.OTHER_KEY, e.OTHER_IS_DESTINATION, e.OTHER_JIRA_ID,
                                e.JIRA_LINK_ID, e.SOURCE FROM IMPORT_EXTERNAL_LINK e""")) {
                DocumentWriter writer = new DocumentWriter(store, new Tally(), connection, "");
                int resolved = 0;
                List<Object[]> found = new ArrayList<>();
                while (rows.next()) {
                    long otherJiraId = rows.getLong(5);
                    Long otherJira = rows.wasNull() ? null : otherJiraId;
                    long jiraLinkId = rows.getLong(6);
                    Long jiraLink = rows.wasNull() ? null : jiraLinkId;
                    found.add(new Object[] {rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getBoolean(4),
                            otherJira, jiraLink, rows.getString(7)});
                }
                for (Object[] row : found) {
                    long issue = (Long) row[0];
                    long type = (Long) row[1];
                    String otherKey = (String) row[2];
                    boolean otherIsDestination = (Boolean) row[3];
                    writer.source = (String) row[6];
                    Long other = writer.importedIssue((Long) row[4], otherKey);
                    if (other == null) {
                        continue;
                    }
                    long link = writer.upsertLink((Long) row[5], type, otherIsDestination ? issue : other,
                            otherIsDestination ? other : issue);
                    store.update("DELETE FROM IMPORT_EXTERNAL_LINK WHERE ISSUE_ID = ? AND LINK_TYPE_ID = ? "
                            + "AND OTHER_KEY = ? AND OTHER_IS_DESTINATION = ?", issue, type, otherKey,
                            otherIsDestination);
                    report.forget(Kind.EXTERNAL_END, externalId(issue, type, otherKey, otherIsDestination));
                    resolved++;
                    writer.tally.touched(Kind.LINK, link);
                }
                connection.commit();
                if (resolved > 0) {
                    report.merge("(external ends resolved at the end)", "links", writer.tally);
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                report.note("external link ends could not be resolved: " + firstLine(e.getMessage()));
            } finally {
                connection.setAutoCommit(true);
                database.hostDataChanged();
            }
        } catch (SQLException e) {
            report.note("external link ends could not be resolved: " + firstLine(e.getMessage()));
        }
        report.millis((System.nanoTime() - startedAt) / 1_000_000);
        return report;
    }

    /** @return the report so far */
    public ImportReport report() {
        return report;
    }

    private void issueSeen() {
        issuesSeen++;
        if (issuesSeen >= nextProgress) {
            out.printf("  ... %,d issues read (%d ms)%n", issuesSeen, (System.nanoTime() - startedAt) / 1_000_000);
            out.flush();
            nextProgress += PROGRESS_EVERY;
        }
    }

    /** @return the base URL (before {@code /rest/}) of the first {@code self} link in the document, or empty */
    static String sourceOf(JsonNode root) {
        JsonNode self = root.findValue("self");
        String url = self == null ? "" : self.asText("");
        int rest = url.indexOf("/rest/");
        return rest > 0 ? clip(url.substring(0, rest), 255) : "";
    }

    static String externalId(long issue, long type, String otherKey, boolean otherIsDestination) {
        return issue + "|" + type + "|" + otherKey + "|" + otherIsDestination;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").trim();
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    // ---------------------------------------------------------------------------------------------- shapes

    /** What a document is, read from its content; a non-null reason means it is skipped. */
    record Shape(String label, String reason) {
        static Shape of(JsonNode root) {
            if (root.isObject()) {
                if (root.path("issues").isArray()) {
                    boolean paged = root.has("startAt") || root.has("total");
                    return load(paged ? "search page" : root.has("nextPageToken") || root.has("isLast")
                            ? "search page (enhanced search, no startAt/total)" : "issue list");
                }
                if (isIssue(root)) {
                    return load("issue");
                }
                if (root.path("issue").isObject() && isIssue(root.path("issue"))) {
                    return load("webhook payload with an issue");
                }
                if (root.path("issueLinkTypes").isArray()) {
                    return load("issue link type list");
                }
                if (root.path("values").isArray()) {
                    JsonNode first = root.path("values").path(0);
                    if (isVersion(first)) {
                        return load("version page");
                    }
                    if (isProject(first)) {
                        return load("project page");
                    }
                    return skip(root.path("values").isEmpty() ? "empty page" : "unknown shape (a page of "
                            + describe(first) + ")");
                }
                if (root.has("errorMessages") || root.has("errors") && root.size() <= 2) {
                    return skip("a Jira error response, not data");
                }
                if (isProject(root)) {
                    return load("project");
                }
                if (isVersion(root)) {
                    return load("version");
                }
                if (isLinkType(root)) {
                    return load("issue link type");
                }
                if (isStatus(root)) {
                    return load("status");
                }
                if (root.path("histories").isArray()) {
                    return skip("unknown shape (a changelog without its issue)");
                }
                if (root.has("transitions")) {
                    return skip("unknown shape (transitions)");
                }
                return skip("unknown shape (" + describe(root) + ")");
            }
            if (root.isArray()) {
                if (root.isEmpty()) {
                    return skip("empty list");
                }
                JsonNode first = root.path(0);
                if (isIssue(first)) {
                    return load("issue list");
                }
                if (isProject(first)) {
                    return load("project list");
                }
                if (isVersion(first)) {
                    return load("version list");
                }
                if (isLinkType(first)) {
                    return load("issue link type list");
                }
                if (isStatus(first)) {
                    return load("status list");
                }
                return skip("unknown shape (a list of " + describe(first) + ")");
            }
            return skip("unknown shape (a bare " + root.getNodeType().name().toLowerCase(Locale.ROOT) + ")");
        }

        private static Shape load(String label) {
            return new Shape(label, null);
        }

        private static Shape skip(String reason) {
            return new Shape(null, reason);
        }

        static boolean isIssue(JsonNode node) {
            return node.isObject() && node.path("key").isTextual() && node.path("fields").isObject();
        }

        static boolean isProject(JsonNode node) {
            return node.isObject() && node.path("key").isTextual() && node.has("name") && !node.has("fields")
                    && (node.has("projectTypeKey") || node.has("avatarUrls") || node.has("lead")
                            || node.has("versions") || node.has("issueTypes") || node.has("projectCategory")
                            || String.valueOf(node.path("self").asText()).contains("/project/"));
        }

        static boolean isVersion(JsonNode node) {
            return node.isObject() && node.path("name").isTextual() && !node.has("key")
                    && (node.has("released") || node.has("archived")) && !node.has("statusCategory");
        }

        static boolean isLinkType(JsonNode node) {
            return node.isObject() && node.path("name").isTextual() && node.path("inward").isTextual()
                    && node.path("outward").isTextual();
        }

        static boolean isStatus(JsonNode node) {
            return node.isObject() && node.path("name").isTextual() && node.path("statusCategory").isObject()
                    && !node.has("to") && !node.has("fields");
        }

        private static String describe(JsonNode node) {
            if (!node.isObject()) {
                return node.getNodeType().name().toLowerCase(Locale.ROOT) + "s";
            }
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return "objects with " + (names.size() > 6 ? String.join(", ", names.subList(0, 6)) + ", ..."
                    : String.join(", ", names));
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** Writes one document's rows through one store (one transaction). */
    final class DocumentWriter {
        private final ImportStore store;
        final Tally tally;
        private final Connection connection;
        /** The Jira the document came from: the base URL of its {@code self} links, or empty. */
        String source;
        private String storyPointsField = "customfield_10002";
        /** Custom fields the workbench has, by id, with their type keys; read when the first issue needs them. */
        private Map<String, String> customFields;

        DocumentWriter(ImportStore store, Tally tally, Connection connection, String source) {
            this.store = store;
            this.tally = tally;
            this.connection = connection;
            this.source = source;
        }

        void write(Shape shape, JsonNode root) throws SQLException {
            switch (shape.label()) {
                case "search page", "search page (enhanced search, no startAt/total)", "issue list" -> {
                    storyPointsField(root.path("names"));
                    customFields(root.path("names"), root.path("schema"));
                    issues(root.isArray() ? root : root.path("issues"));
                }
                case "issue" -> {
                    storyPointsField(root.path("names"));
                    customFields(root.path("names"), root.path("schema"));
                    issues(JSON.createArrayNode().add(root));
                }
                case "webhook payload with an issue" -> issues(JSON.createArrayNode().add(root.path("issue")));
                case "project" -> guarded("project " + root.path("key").asText(), () -> project(root));
                case "project list", "project page" -> {
                    for (JsonNode project : root.isArray() ? root : root.path("values")) {
                        guarded("project " + project.path("key").asText(), () -> project(project));
                    }
                }
                case "version" -> guarded("version " + root.path("name").asText(), () -> standaloneVersion(root));
                case "version list", "version page" -> {
                    for (JsonNode version : root.isArray() ? root : root.path("values")) {
                        guarded("version " + version.path("name").asText(), () -> standaloneVersion(version));
                    }
                }
                case "issue link type" -> guarded("link type " + root.path("name").asText(), () -> linkType(root));
                case "issue link type list" -> {
                    for (JsonNode type : root.isArray() ? root : root.path("issueLinkTypes")) {
                        guarded("link type " + type.path("name").asText(), () -> linkType(type));
                    }
                }
                case "status" -> guarded("status " + root.path("name").asText(), () -> status(root));
                case "status list" -> {
                    for (JsonNode status : root) {
                        guarded("status " + status.path("name").asText(), () -> status(status));
                    }
                }
                default -> throw new IllegalStateException("no writer for " + shape.label());
            }
        }

        private interface Step {
            void run() throws SQLException, Skip;
        }

        /** A row left out of an otherwise loaded document, with the reason. */
        static final class Skip extends Exception {
            Skip(String reason) {
                super(reason, null, false, false);
            }
        }

        /** Runs one row's writes under a savepoint: a refused row is rolled back alone and noted. */
        private boolean guarded(String what, Step step) throws SQLException {
            Savepoint savepoint = connection.setSavepoint();
            try {
                step.run();
                connection.releaseSavepoint(savepoint);
                return true;
            } catch (Skip e) {
                connection.rollback(savepoint);
                tally.notes.add(what + " left out: " + e.getMessage());
            } catch (SQLException e) {
                connection.rollback(savepoint);
                tally.notes.add(what + " left out, the database refused it: " + firstLine(e.getMessage()));
            }
            return false;
        }

        private void storyPointsField(JsonNode names) {
            if (names.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> name = it.next();
                    String text = name.getValue().asText().toLowerCase(Locale.ROOT);
                    if (text.equals("story points") || text.equals("story point estimate")) {
                        storyPointsField = name.getKey();
                        return;
                    }
                }
            }
        }

        /**
         * Reads the workbench's custom fields, and adds those the document describes ({@code expand=names,schema}:
         * a name in {@code names} and a type key in {@code schema.*.custom}) that the workbench lacks, so their
         * values can be kept.
         */
        private void customFields(JsonNode names, JsonNode schema) throws SQLException {
            Map<String, String> known = knownCustomFields();
            if (!names.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> name = it.next();
                String id = name.getKey();
                JsonNode type = schema.path(id).path("custom");
                if (!id.matches("customfield_[0-9]{1,18}") || known.containsKey(id) || !type.isTextual()
                        || !name.getValue().isTextual() || name.getValue().asText().isBlank()) {
                    continue;
                }
                if (guarded("custom field " + id, () -> store.update(
                        "INSERT INTO CUSTOM_FIELD (ID, NAME, TYPE_KEY) VALUES (?, ?, ?)", id,
                        clip(name.getValue().asText(), 255), clip(type.asText(), 255)))) {
                    known.put(id, type.asText());
                    tally.created(Kind.CUSTOM_FIELD, id);
                    tally.touched(Kind.CUSTOM_FIELD, id);
                }
            }
        }

        private Map<String, String> knownCustomFields() throws SQLException {
            if (customFields == null) {
                customFields = new LinkedHashMap<>();
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT ID, TYPE_KEY FROM CUSTOM_FIELD ORDER BY ID")) {
                    while (rows.next()) {
                        customFields.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return customFields;
        }

        /**
         * Keeps the issue's values of the workbench's custom fields (other than story points, kept on the issue):
         * a number, a text, a date (date and date-time fields) or a select option's value. A field the issue names
         * as null loses its value; a field it doesn't name keeps it; other values (lists such as sprints or
         * multi-selects, users) are not kept.
         */
        private void fieldValues(long issue, JsonNode fields) throws SQLException {
            for (Map.Entry<String, String> field : knownCustomFields().entrySet()) {
                String id = field.getKey();
                JsonNode value = fields.path(id);
                if (id.equals(storyPointsField) || value.isMissingNode()) {
                    continue;
                }
                Double number = null;
                String text = null;
                Date date = null;
                if (value.isNumber()) {
                    number = value.asDouble();
                } else if (value.isTextual() && isDateType(field.getValue())) {
                    date = date(value);
                } else if (value.isTextual()) {
                    text = clip(value.asText(), 4000);
                } else if (value.isObject() && value.path("value").isTextual()) {
                    text = clip(value.path("value").asText(), 4000);
                } else if (!value.isNull()) {
                    continue;
                }
                String row = issue + "|" + id;
                if (number == null && text == null && date == null) {
                    if (store.update("DELETE FROM ISSUE_FIELD_VALUE WHERE ISSUE_ID = ? AND FIELD_ID = ?", issue,
                            id) > 0) {
                        tally.touched(Kind.FIELD_VALUE, row);
                    }
                } else if (store.update("UPDATE ISSUE_FIELD_VALUE SET NUM_VALUE = ?, TEXT_VALUE = ?, DATE_VALUE = ? "
                        + "WHERE ISSUE_ID = ? AND FIELD_ID = ?", number, text, date, issue, id) > 0) {
                    tally.touched(Kind.FIELD_VALUE, row);
                } else {
                    store.update("INSERT INTO ISSUE_FIELD_VALUE (ISSUE_ID, FIELD_ID, NUM_VALUE, TEXT_VALUE, "
                            + "DATE_VALUE) VALUES (?, ?, ?, ?, ?)", issue, id, number, text, date);
                    tally.created(Kind.FIELD_VALUE, row);
                    tally.touched(Kind.FIELD_VALUE, row);
                }
            }
        }

        private static boolean isDateType(String typeKey) {
            return typeKey.endsWith(":datepicker") || typeKey.endsWith(":datetime");
        }

        // ------------------------------------------------------------------ issues

        private void issues(JsonNode issues) throws SQLException {
            List<Object[]> links = new ArrayList<>();
            for (JsonNode issue : issues) {
                issueSeen();
                String key = issue.path("key").asText("?");
                long[] local = new long[1];
                boolean loaded = guarded("issue " + key, () -> local[0] = issue(issue));
                if (loaded) {
                    for (JsonNode link : issue.path("fields").path("issuelinks")) {
                        links.add(new Object[] {local[0], key, link});
                    }
                }
            }
            // links after every issue of the document, so both ends of links inside it are known
            for (Object[] link : links) {
                JsonNode json = (JsonNode) link[2];
                guarded("link " + json.path("id").asText("") + " of " + link[1],
                        () -> link((Long) link[0], (String) link[1], json));
            }
        }

        private long issue(JsonNode issue) throws SQLException, Skip {
            JsonNode fields = issue.path("fields");
            String key = issue.path("key").asText();
            if (fields.path("summary").isObject() && fields.path("summary").has("value")) {
                throw new Skip("Jira 4.x (REST 2.0.alpha1) field format, not REST v2");
            }
            if (key.length() > 64 || key.lastIndexOf('-') < 1) {
                throw new Skip("issue key '" + clip(key, 70) + "' is not a Jira key");
            }
            int num;
            try {
                num = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
            } catch (NumberFormatException e) {
                throw new Skip("issue key '" + key + "' has no number");
            }
            Long jiraId = null;
            if (issue.hasNonNull("id")) {
                jiraId = id(issue.path("id"));
                if (jiraId == null) {
                    throw new Skip("non-numeric id '" + issue.path("id").asText() + "'");
                }
            }
            JsonNode projectJson = fields.path("project");
            String projectKey = projectJson.path("key").asText(key.substring(0, key.lastIndexOf('-')));
            long project = project(projectJson.isObject() ? projectJson : JSON.createObjectNode(), projectKey,
                    false);

            Long local = jiraId == null ? null : store.mapped(source, "issue", jiraId);
            Long keyRow = store.queryLong("SELECT ID FROM ISSUE WHERE IKEY = ?", key);
            if (local == null && jiraId == null && keyRow != null
                    && source.equals(store.sourceOf("issue-without-id", keyRow))) {
                local = keyRow;
            }
            if (keyRow != null && !keyRow.equals(local)) {
                String other = store.sourceOf("issue", keyRow);
                other = other != null ? other : store.sourceOf("issue-without-id", keyRow);
                throw new Skip("key " + key + " already belongs to " + (other == null
                        ? "a workbench issue that was not imported"
                        : "another issue imported from " + (other.isEmpty() ? "data without self links" : other))
                        + (jiraId == null ? "" : " (this one has Jira id " + jiraId + ")"));
            }
            String summary = clip(text(fields, "summary", key), 255);
            if (fields.path("summary").asText("").length() > 255) {
                tally.notes.add("issue " + key + ": summary cut to 255 characters");
            }
            String type = clip(fields.path("issuetype").path("name").asText("Unknown"), 32);
            long status = issueStatus(fields.path("status"), key);
            Double points = fields.path(storyPointsField).isNumber() ? fields.path(storyPointsField).asDouble() : null;
            JsonNode assigneeJson = fields.path("assignee");
            String assignee = assigneeJson.isObject() ? clip(assigneeJson.path("name").asText(
                    assigneeJson.path("accountId").asText(null)), 255) : null;
            Timestamp created = timestamp(fields.path("created"));
            Timestamp updated = timestamp(fields.path("updated"));
            Timestamp now = new Timestamp(System.currentTimeMillis());
            if (created == null) {
                created = updated != null ? updated : now;
            }
            if (updated == null) {
                updated = created;
            }
            Date due = date(fields.path("duedate"));
            Timestamp resolved = timestamp(fields.path("resolutiondate"));

            boolean exists = local != null && store.queryLong("SELECT ID FROM ISSUE WHERE ID = ?", local) != null;
            if (exists) {
                store.update("""
                        UPDATE ISSUE SET PROJECT_ID = ?, NUM = ?, IKEY = ?, SUMMARY = ?, ISSUE_TYPE = ?, STATUS_ID = ?,
                            STORY_POINTS = ?, ASSIGNEE = ?, CREATED = ?, UPDATED = ?, DUE_DATE = ?, RESOLVED = ?
                            WHERE ID = ?""",
                        project, num, key, summary, type, status, points, assignee, created, updated, due, resolved,
                        local);
                tally.touched(Kind.ISSUE, local);
            } else {
                if (local == null) {
                    local = store.freeId("ISSUE", jiraId);
                }
                store.update("""
                        INSERT INTO ISSUE (ID, PROJECT_ID, NUM, IKEY, SUMMARY, ISSUE_TYPE, STATUS_ID, STORY_POINTS,
                            ASSIGNEE, CREATED, UPDATED, DUE_DATE, RESOLVED) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        local, project, num, key, summary, type, status, points, assignee, created, updated, due,
                        resolved);
                tally.created(Kind.ISSUE, local);
                tally.touched(Kind.ISSUE, local);
                if (jiraId != null) {
                    store.map(source, "issue", jiraId, local);
                } else {
                    store.map(source, "issue-without-id", local, local);
                }
            }
            if (fields.has("fixVersions")) {
                store.update("DELETE FROM ISSUE_FIX_VERSION WHERE ISSUE_ID = ?", local);
                for (JsonNode fixVersion : fields.path("fixVersions")) {
                    long version = version(project, fixVersion);
                    store.update("MERGE INTO ISSUE_FIX_VERSION (ISSUE_ID, VERSION_ID) KEY (ISSUE_ID, VERSION_ID) "
                            + "VALUES (?, ?)", local, version);
                }
            }
            fieldValues(local, fields);
            return local;
        }

        private long issueStatus(JsonNode status, String key) throws SQLException, Skip {
            if (!status.path("name").isTextual()) {
                tally.notes.add("issue " + key + " has no status; given status 'Unknown' (No Category)");
                return status("Unknown", null, null);
            }
            return status(status.path("name").asText(), status.path("statusCategory"), id(status.path("id")));
        }

        // ------------------------------------------------------------------ links

        private void link(long issue, String key, JsonNode link) throws SQLException, Skip {
            long type = linkType(link.path("type"));
            boolean otherIsDestination = link.path("outwardIssue").isObject();
            JsonNode otherJson = otherIsDestination ? link.path("outwardIssue") : link.path("inwardIssue");
            if (!otherJson.isObject() || !otherJson.path("key").isTextual()) {
                throw new Skip("names neither inwardIssue nor outwardIssue");
            }
            String otherKey = clip(otherJson.path("key").asText(), 64);
            Long otherJiraId = id(otherJson.path("id"));
            Long jiraLinkId = id(link.path("id"));
            Long other = importedIssue(otherJiraId, otherKey);
            if (other == null) {
                store.update("""
                        MERGE INTO IMPORT_EXTERNAL_LINK (ISSUE_ID, LINK_TYPE_ID, OTHER_KEY, OTHER_IS_DESTINATION,
                            OTHER_JIRA_ID, JIRA_LINK_ID, SOURCE)
                            KEY (ISSUE_ID, LINK_TYPE_ID, OTHER_KEY, OTHER_IS_DESTINATION)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""", issue, type, otherKey, otherIsDestination, otherJiraId,
                        jiraLinkId, source);
                tally.touched(Kind.EXTERNAL_END, externalId(issue, type, otherKey, otherIsDestination));
                return;
            }
            long source = otherIsDestination ? issue : other;
            long destination = otherIsDestination ? other : issue;
            upsertLink(jiraLinkId, type, source, destination);
            // the same link seen earlier from the other end, while this issue was not yet imported
            store.update("DELETE FROM IMPORT_EXTERNAL_LINK WHERE ISSUE_ID = ? AND LINK_TYPE_ID = ? AND OTHER_KEY = ? "
                    + "AND OTHER_IS_DESTINATION = ?", other, type, key, !otherIsDestination);
            report.forget(Kind.EXTERNAL_END, externalId(other, type, key, !otherIsDestination));
        }

        /** @return the workbench id of an imported issue, or null when that issue is not in the imported data */
        Long importedIssue(Long jiraId, String key) throws SQLException {
            if (jiraId != null) {
                Long local = store.mapped(source, "issue", jiraId);
                if (local != null && store.queryLong("SELECT ID FROM ISSUE WHERE ID = ?", local) != null) {
                    return local;
                }
                return null;
            }
            Long byKey = store.queryLong("SELECT ID FROM ISSUE WHERE IKEY = ?", key);
            if (byKey != null && (source.equals(store.sourceOf("issue", byKey))
                    || source.equals(store.sourceOf("issue-without-id", byKey)))) {
                return byKey;
            }
            return null;
        }

        long upsertLink(Long jiraLinkId, long type, long from, long destination) throws SQLException {
            Long local = jiraLinkId == null ? null : store.mapped(source, "link", jiraLinkId);
            if (local == null) {
                local = store.queryLong("SELECT ID FROM ISSUE_LINK WHERE LINK_TYPE_ID = ? AND SOURCE_ID = ? "
                        + "AND DESTINATION_ID = ?", type, from, destination);
            }
            if (local != null && store.update("UPDATE ISSUE_LINK SET LINK_TYPE_ID = ?, SOURCE_ID = ?, "
                    + "DESTINATION_ID = ? WHERE ID = ?", type, from, destination, local) == 1) {
                tally.touched(Kind.LINK, local);
            } else {
                local = local != null ? local : store.freeId("ISSUE_LINK", jiraLinkId);
                store.update("INSERT INTO ISSUE_LINK (ID, LINK_TYPE_ID, SOURCE_ID, DESTINATION_ID) VALUES (?, ?, ?, ?)",
                        local, type, from, destination);
                tally.created(Kind.LINK, local);
                tally.touched(Kind.LINK, local);
            }
            if (jiraLinkId != null) {
                store.map(source, "link", jiraLinkId, local);
            }
            return local;
        }

        // ------------------------------------------------------------------ reference data

        private long project(JsonNode json) throws SQLException, Skip {
            if (!json.path("key").isTextual()) {
                throw new Skip("no key");
            }
            long project = project(json, json.path("key").asText(), true);
            for (JsonNode version : json.path("versions")) {
                guarded("version " + version.path("name").asText() + " of " + json.path("key").asText(),
                        () -> version(project, version));
            }
            return project;
        }

        /** Finds or creates a project by Jira id, then by key; {@code full} updates its name and lead. */
        private long project(JsonNode json, String key, boolean full) throws SQLException, Skip {
            if (key.isEmpty() || key.length() > 32) {
                throw new Skip("project key '" + clip(key, 40) + "' is not a Jira project key");
            }
            Long jiraId = null;
            if (json.hasNonNull("id")) {
                jiraId = id(json.path("id"));
                if (jiraId == null) {
                    throw new Skip("project " + key + " has a non-numeric id '" + json.path("id").asText() + "'");
                }
            }
            Long local = jiraId == null ? null : store.mapped(source, "project", jiraId);
            Long byKey = store.queryLong("SELECT ID FROM PROJECT WHERE PKEY = ?", key);
            if (local != null && byKey != null && !byKey.equals(local)) {
                // the id was seen with another key (test data reuses ids across Jiras): the key decides
                tally.notes.add("project " + key + ": Jira project id " + jiraId + " was imported before under "
                        + "another key; now mapped to the workbench project " + key);
                local = byKey;
            }
            if (local == null) {
                // a project key names one workbench project: the same key from another Jira joins it
                local = byKey;
            }
            String name = json.path("name").isTextual() ? clip(json.path("name").asText(), 255) : null;
            JsonNode leadJson = json.path("lead");
            String lead = leadJson.isObject() ? clip(leadJson.path("name").asText(
                    leadJson.path("displayName").asText(null)), 255) : null;
            String existingKey = local == null ? null
                    : store.queryString("SELECT PKEY FROM PROJECT WHERE ID = ?", local);
            if (existingKey != null) {
                if (full) {
                    store.update("UPDATE PROJECT SET PKEY = ?, NAME = COALESCE(?, NAME), LEAD = COALESCE(?, LEAD) "
                            + "WHERE ID = ?", key, name, lead, local);
                } else {
                    store.update("UPDATE PROJECT SET PKEY = ?, NAME = COALESCE(?, NAME) WHERE ID = ?", key, name,
                            local);
                }
            } else {
                local = local != null ? local : store.freeId("PROJECT", jiraId);
                store.update("INSERT INTO PROJECT (ID, PKEY, NAME, LEAD) VALUES (?, ?, ?, ?)", local, key,
                        name != null ? name : key, lead);
                tally.created(Kind.PROJECT, local);
            }
            tally.touched(Kind.PROJECT, local);
            if (jiraId != null) {
                store.map(source, "project", jiraId, local);
            }
            return local;
        }

        private void standaloneVersion(JsonNode json) throws SQLException, Skip {
            Long projectJiraId = id(json.path("projectId"));
            if (projectJiraId == null) {
                throw new Skip("names no projectId");
            }
            Long project = store.mapped(source, "project", projectJiraId);
            if (project == null) {
                throw new Skip("its project (Jira id " + projectJiraId + ") is not imported; import the project "
                        + "(or its issues) first");
            }
            version(project, json);
        }

        private long version(long project, JsonNode json) throws SQLException, Skip {
            String name = json.path("name").asText("");
            if (name.isEmpty() || name.length() > 255) {
                throw new Skip("version name is empty or longer than 255 characters");
            }
            Long jiraId = null;
            if (json.hasNonNull("id")) {
                jiraId = id(json.path("id"));
                if (jiraId == null) {
                    throw new Skip("version " + name + " has a non-numeric id '" + json.path("id").asText() + "'");
                }
            }
            Long local = jiraId == null ? null : store.mapped(source, "version", jiraId);
            if (local == null || store.queryLong("SELECT ID FROM VERSION WHERE ID = ?", local) == null) {
                local = store.queryLong("SELECT ID FROM VERSION WHERE PROJECT_ID = ? AND NAME = ?", project, name);
            }
            boolean hasDate = json.has("releaseDate");
            Date releaseDate = date(json.path("releaseDate"));
            boolean hasReleased = json.path("released").isBoolean();
            boolean released = json.path("released").asBoolean(false);
            if (local != null) {
                store.update("""
                        UPDATE VERSION SET NAME = ?, RELEASE_DATE = CASE WHEN ? THEN ? ELSE RELEASE_DATE END,
                            RELEASED = CASE WHEN ? THEN ? ELSE RELEASED END WHERE ID = ?""",
                        name, hasDate, releaseDate, hasReleased, released, local);
            } else {
                local = store.freeId("VERSION", jiraId);
                store.update("INSERT INTO VERSION (ID, PROJECT_ID, NAME, RELEASE_DATE, RELEASED) VALUES (?, ?, ?, ?, ?)",
                        local, project, name, releaseDate, released);
                tally.created(Kind.VERSION, local);
            }
            tally.touched(Kind.VERSION, local);
            if (jiraId != null) {
                store.map(source, "version", jiraId, local);
            }
            return local;
        }

        private long linkType(JsonNode json) throws SQLException, Skip {
            String name = json.path("name").asText("");
            if (name.isEmpty() || name.length() > 64) {
                throw new Skip("link type name is empty or longer than 64 characters");
            }
            String inward = clip(json.path("inward").asText(name), 64);
            String outward = clip(json.path("outward").asText(name), 64);
            Long local = store.queryLong("SELECT ID FROM LINK_TYPE WHERE NAME = ?", name);
            if (local != null) {
                if (json.path("inward").isTextual() && json.path("outward").isTextual()) {
                    store.update("UPDATE LINK_TYPE SET INWARD = ?, OUTWARD = ? WHERE ID = ?", inward, outward, local);
                }
            } else {
                local = store.freeId("LINK_TYPE", id(json.path("id")));
                store.update("INSERT INTO LINK_TYPE (ID, NAME, INWARD, OUTWARD) VALUES (?, ?, ?, ?)", local, name,
                        inward, outward);
                tally.created(Kind.LINK_TYPE, local);
            }
            tally.touched(Kind.LINK_TYPE, local);
            return local;
        }

        private void status(JsonNode json) throws SQLException, Skip {
            status(json.path("name").asText(""), json.path("statusCategory"), id(json.path("id")));
        }

        /** Finds a status by name (updating its category when one is given) or creates it with its category. */
        private long status(String name, JsonNode category, Long jiraId) throws SQLException, Skip {
            if (name.isEmpty() || name.length() > 64) {
                throw new Skip("status name is empty or longer than 64 characters");
            }
            Long categoryId = null;
            if (category != null && category.path("key").isTextual()) {
                categoryId = CATEGORY_IDS.get(category.path("key").asText());
                if (categoryId == null) {
                    tally.notes.add("status " + name + ": unknown status category '" + category.path("key").asText()
                            + "', kept as No Category");
                    categoryId = UNDEFINED_CATEGORY;
                }
            }
            Long local = store.queryLong("SELECT ID FROM STATUS WHERE NAME = ?", name);
            if (local != null) {
                if (categoryId != null) {
                    store.update("UPDATE STATUS SET CATEGORY_ID = ? WHERE ID = ? AND CATEGORY_ID <> ?", categoryId,
                            local, categoryId);
                }
                tally.touched(Kind.STATUS, local);
                return local;
            }
            if (categoryId == null) {
                tally.notes.add("status " + name + " has no statusCategory (Jira before 6.1); created as No Category");
                categoryId = UNDEFINED_CATEGORY;
            }
            local = store.freeId("STATUS", jiraId);
            store.update("INSERT INTO STATUS (ID, NAME, CATEGORY_ID) VALUES (?, ?, ?)", local, name, categoryId);
            tally.created(Kind.STATUS, local);
            tally.touched(Kind.STATUS, local);
            return local;
        }
    }

    // ---------------------------------------------------------------------------------------------- values

    /** @return a numeric id from a JSON string or number, or null */
    static Long id(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                return Long.parseLong(node.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Timestamp timestamp(JsonNode node) {
        if (!node.isTextual() || node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().trim();
        try {
            return Timestamp.from(OffsetDateTime.parse(text, TIMESTAMP).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Timestamp.valueOf(java.time.LocalDateTime.parse(text, TIMESTAMP));
            } catch (DateTimeParseException again) {
                Date date = date(node);
                return date == null ? null : new Timestamp(date.getTime());
            }
        }
    }

    /** @return a date from {@code yyyy-MM-dd} (or the date part of a 4.x timestamp), or null */
    static Date date(JsonNode node) {
        if (!node.isTextual() || node.asText().length() < 10) {
            return null;
        }
        try {
            return Date.valueOf(LocalDate.parse(node.asText().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode fields, String name, String fallback) {
        JsonNode value = fields.path(name);
        return value.isTextual() ? value.asText() : fallback;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
