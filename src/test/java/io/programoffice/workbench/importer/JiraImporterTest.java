package io.programoffice.workbench.importer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class JiraImporterTest {
    private static final Path FIXTURES = Path.of("../shared/fixtures/jira-rest");
    private static final Path MANY_ISSUES = FIXTURES.resolve("jrjc/search/many-issues.json");
    private static final List<String> TABLES = List.of("PROJECT", "STATUS", "ISSUE", "VERSION", "ISSUE_FIX_VERSION",
            "LINK_TYPE", "ISSUE_LINK", "IMPORT_EXTERNAL_LINK", "IMPORT_ID_MAP");

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int runImport(Path dataDir, Path... paths) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        for (Path path : paths) {
            args.add(path.toString());
        }
        stdout.reset();
        return ImportCommand.run(args.toArray(String[]::new), dataDir, new PrintStream(stdout, true),
                new PrintStream(stderr, true));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Long> counts(Path dataDir) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(dataDir);
                Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> strings(Path dataDir, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(dataDir);
                Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    public void manyIssuesPageLoadsItsIssuesKeysVersionsAndLinksToIssuesOutsideAsExternalEnds() throws Exception {
        assumeTrue(Files.isRegularFile(MANY_ISSUES));
        Path data = temp.newFolder("data").toPath();

        assertEquals(out(), 0, runImport(data, MANY_ISSUES));

        // the page: startAt 0, maxResults 8, total 15; its 8 issues TST-6..TST-13 in project TST (id 10000)
        assertEquals(List.of("TST-10", "TST-11", "TST-12", "TST-13", "TST-6", "TST-7", "TST-8", "TST-9"),
                strings(data, "SELECT IKEY FROM ISSUE ORDER BY IKEY"));
        assertEquals(List.of("10000 TST"), strings(data, "SELECT ID || ' ' || PKEY FROM PROJECT"));
        assertEquals(List.of("10073"), strings(data, "SELECT ID FROM ISSUE WHERE IKEY = 'TST-11'"));
        assertEquals(List.of("Resolved"), strings(data,
                "SELECT s.NAME FROM ISSUE i JOIN STATUS s ON s.ID = i.STATUS_ID WHERE i.IKEY = 'TST-8'"));
        // fixVersion 1.1 on TST-8, TST-9 and TST-10
        assertEquals(List.of("TST-10 1.1", "TST-8 1.1", "TST-9 1.1"), strings(data, """
                SELECT i.IKEY || ' ' || v.NAME FROM ISSUE_FIX_VERSION f JOIN ISSUE i ON i.ID = f.ISSUE_ID
                JOIN VERSION v ON v.ID = f.VERSION_ID ORDER BY i.IKEY"""));
        // TST-11's three Duplicate links point at TST-2 and TST-3, which are not on the page
        assertEquals(List.of("TST-11 Duplicate TST-2 false", "TST-11 Duplicate TST-2 true",
                "TST-11 Duplicate TST-3 false"), strings(data, """
                SELECT i.IKEY || ' ' || t.NAME || ' ' || e.OTHER_KEY || ' ' || LOWER(CAST(e.OTHER_IS_DESTINATION AS VARCHAR))
                FROM IMPORT_EXTERNAL_LINK e JOIN ISSUE i ON i.ID = e.ISSUE_ID JOIN LINK_TYPE t ON t.ID = e.LINK_TYPE_ID
                ORDER BY 1"""));
        assertEquals(0L, (long) counts(data).get("ISSUE_LINK"));
        assertTrue(out(), out().contains("issues:     8 new, 0 updated"));
        assertTrue(out(), out().contains("kept 3 links to issues outside the data as external ends"));
    }

    @Test
    public void fixtureDirectoryLoadsReportsTheInvalidFileAndReimportChangesNoCounts() throws Exception {
        assumeTrue(Files.isDirectory(FIXTURES));
        Path data = temp.newFolder("data").toPath();

        assertEquals(0, runImport(data, FIXTURES));
        String first = out();
        Map<String, Long> before = counts(data);
        System.out.println("[importer] fixtures, first import:\n" + first.lines().limit(9).reduce("", (a, b) -> a + b + "\n")
                + "[importer] table counts " + before);

        assertTrue(first, first.lines().anyMatch(line -> line.contains("jrjc/search/issues-invalid-total.json: not JSON")
                && line.contains("line 4")));
        assertTrue(first, first.lines().anyMatch(line -> line.contains("jrjc/error/valid.json: a Jira error response")));
        assertTrue(first, first.lines().anyMatch(line -> line.contains("go-jira/all_fields.json: unknown shape")));
        // the 4.x format is named as such, not loaded
        assertTrue(first, first.lines().anyMatch(line -> line.contains("valid-with-labels.json")
                && line.contains("Jira 4.x")));
        // Apache Jira: 567 projects from go-jira/all_projects.json, 199 versions of project 12310710 (Sling)
        assertTrue(before.get("PROJECT") >= 567);
        // (plus the fixVersions of the Sling issues in sling-committer-cli/search that the list does not hold)
        assertTrue(Long.parseLong(strings(data, """
                SELECT COUNT(*) FROM VERSION v JOIN IMPORT_ID_MAP m ON m.LOCAL_ID = v.PROJECT_ID AND m.KIND = 'project'
                WHERE m.JIRA_ID = 12310710 AND m.SOURCE = 'https://issues.apache.org/jira'""").get(0)) >= 199);
        assertEquals(List.of("2015-03-20 TRUE"), strings(data,
                "SELECT RELEASE_DATE || ' ' || RELEASED FROM VERSION WHERE ID = 12329024"));
        // the Cloud enhanced-search page (no startAt/total, issues without ids) loads
        assertTrue(first, first.contains("jira-cli/search.json (search page (enhanced search, no startAt/total))"));
        // v3 (ADF) issue documents load
        assertTrue(first, first.contains("jira-cli/issue.json (issue)"));
        // status category from statusCategory.key (go-jira/all_statuses.json: "Idea" is a To Do status)
        assertEquals(List.of("new"), strings(data,
                "SELECT c.CKEY FROM STATUS s JOIN STATUS_CATEGORY c ON c.ID = s.CATEGORY_ID WHERE s.NAME = 'Idea'"));

        assertEquals(0, runImport(data, FIXTURES));
        String second = out();
        assertEquals(before, counts(data));
        assertTrue(second, second.contains("issues:     0 new, " + before.get("ISSUE") + " updated"));
        assertTrue(second, second.contains("projects:   0 new"));
    }

    @Test
    public void gzipXzAndTarPackedFixturesLoadLikeThePlainFile() throws Exception {
        assumeTrue(Files.isRegularFile(MANY_ISSUES));
        byte[] json = Files.readAllBytes(MANY_ISSUES);
        Path packed = temp.newFolder("packed").toPath();
        Files.write(packed.resolve("page.gz"), gzip(json));
        Files.write(packed.resolve("page.xz"), xz(json));
        Files.write(packed.resolve("export.tar"), tar(Map.of("export/many-issues.json", json)));
        Files.write(packed.resolve("export.tar.gz"), gzip(tar(Map.of("a/many-issues.json", json))));
        Files.write(packed.resolve("export.tar.xz"), xz(tar(Map.of("b/many-issues.json.gz", gzip(json)))));
        Files.write(packed.resolve("truncated.json.gz"), java.util.Arrays.copyOf(gzip(json), 200));

        for (String name : List.of("page.gz", "page.xz", "export.tar", "export.tar.gz", "export.tar.xz")) {
            Path data = temp.newFolder("data-" + name).toPath();
            assertEquals(name + "\n" + out(), 0, runImport(data, packed.resolve(name)));
            assertEquals(name, 8L, (long) counts(data).get("ISSUE"));
            assertEquals(name, 3L, (long) counts(data).get("IMPORT_EXTERNAL_LINK"));
        }
        Path data = temp.newFolder("data-all").toPath();
        assertEquals(0, runImport(data, packed));
        assertEquals(8L, (long) counts(data).get("ISSUE"));
        assertTrue(out(), out().contains("truncated.json.gz: corrupt or truncated archive"));
        assertTrue(out(), out().contains("issues:     8 new, 0 updated"));
    }

    @Test
    public void aMissingPathExitsTwoWithOneLineAndWritesNothing() throws Exception {
        Path data = temp.getRoot().toPath().resolve("never-created");
        stderr.reset();
        assertEquals(2, runImport(data, temp.getRoot().toPath().resolve("no-such-export.json")));
        assertEquals(1, stderr.toString(StandardCharsets.UTF_8).lines().count());
        assertTrue(!Files.exists(data));
    }

    @Test
    public void aFileOfNothingImportableExitsOneAndABrokenPageWritesNothing() throws Exception {
        Path in = temp.newFolder("in").toPath();
        Files.writeString(in.resolve("page.json"), "{\"startAt\":0,\"total\":1,\"issues\":[{\"id\":\"1\",\"key\":\"X-1\","
                + "\"fields\":{\"summary\":\"s\"}}"); // truncated
        Path data = temp.newFolder("data").toPath();
        assertEquals(1, runImport(data, in));
        assertTrue(out(), out().contains("page.json: not JSON"));
        assertEquals(0L, (long) counts(data).get("ISSUE"));
    }

    @Test
    public void customFieldsDescribedByTheExportAreAddedAndIssuesKeepTheirValues() throws Exception {
        Path in = temp.newFolder("fields").toPath();
        String risk = "io.programoffice.program-office-jira:";
        Files.writeString(in.resolve("risks.json"), """
                {"startAt":0,"maxResults":50,"total":2,
                 "names":{"customfield_10200":"Probability","customfield_10204":"ROAM status",
                          "customfield_10210":"Review date","customfield_10211":"Severity","summary":"Summary",
                          "customfield_10299":"No schema"},
                 "schema":{"customfield_10200":{"type":"number","custom":"%1$srisk-probability","customId":10200},
                           "customfield_10204":{"type":"string","custom":"%1$srisk-roam","customId":10204},
                           "customfield_10210":{"type":"date",
                               "custom":"com.atlassian.jira.plugin.system.customfieldtypes:datepicker"},
                           "customfield_10211":{"type":"option",
                               "custom":"com.atlassian.jira.plugin.system.customfieldtypes:select"},
                           "summary":{"type":"string","system":"summary"}},
                 "issues":[
                  {"id":"1","key":"RSK-1","fields":{"summary":"Vendor late","issuetype":{"name":"Risk"},
                   "status":{"name":"To Do","statusCategory":{"key":"new"}},"customfield_10200":4,
                   "customfield_10204":"owned","customfield_10210":"2027-02-01","customfield_10211":{"value":"High"},
                   "customfield_10001":[{"id":1,"name":"Sprint 1"}],"customfield_10299":"not kept"}},
                  {"id":"2","key":"RSK-2","fields":{"summary":"Not assessed","issuetype":{"name":"Risk"},
                   "status":{"name":"To Do","statusCategory":{"key":"new"}},"customfield_10200":null}}]}"""
                .formatted(risk));
        Path data = temp.newFolder("data").toPath();

        assertEquals(out(), 0, runImport(data, in));

        assertEquals(List.of("customfield_10200 Probability " + risk + "risk-probability",
                "customfield_10204 ROAM status " + risk + "risk-roam",
                "customfield_10210 Review date com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
                "customfield_10211 Severity com.atlassian.jira.plugin.system.customfieldtypes:select"),
                strings(data, "SELECT ID || ' ' || NAME || ' ' || TYPE_KEY FROM CUSTOM_FIELD WHERE ID >= "
                        + "'customfield_102' ORDER BY ID"));
        String values = """
                SELECT i.IKEY || ' ' || v.FIELD_ID || ' ' || COALESCE(CAST(v.NUM_VALUE AS VARCHAR), v.TEXT_VALUE,
                    CAST(v.DATE_VALUE AS VARCHAR)) FROM ISSUE_FIELD_VALUE v JOIN ISSUE i ON i.ID = v.ISSUE_ID
                ORDER BY 1""";
        // sprints (a list) and fields without a type key are not kept; a null is no value
        assertEquals(List.of("RSK-1 customfield_10200 4.0", "RSK-1 customfield_10204 owned",
                "RSK-1 customfield_10210 2027-02-01", "RSK-1 customfield_10211 High"), strings(data, values));
        assertTrue(out(), out().contains("custom fields: 4 new, 0 updated"));
        assertTrue(out(), out().contains("custom field values: 4 new, 0 updated"));

        // again, with one value changed, one cleared and one field left out: the field left out keeps its value
        Files.writeString(in.resolve("risks.json"), """
                {"issues":[{"id":"1","key":"RSK-1","fields":{"summary":"Vendor late","issuetype":{"name":"Risk"},
                  "status":{"name":"To Do","statusCategory":{"key":"new"}},"customfield_10200":2,
                  "customfield_10204":null,"customfield_10211":{"value":"High"}}}]}""");
        assertEquals(out(), 0, runImport(data, in));
        assertEquals(List.of("RSK-1 customfield_10200 2.0", "RSK-1 customfield_10210 2027-02-01",
                "RSK-1 customfield_10211 High"), strings(data, values));
        assertTrue(out(), out().contains("custom field values: 0 new, 3 updated"));
    }

    @Test
    public void aGeneratedExportOfThirtyThousandIssuesImports() throws Exception {
        Path export = temp.newFolder("export").toPath();
        int issues = 30_000;
        int perPage = 1_000;
        int links = writeExport(export, issues, perPage, new Random(42));
        Path data = temp.newFolder("data").toPath();

        long started = System.nanoTime();
        assertEquals(out(), 0, runImport(data, export));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[importer] 30,000 generated issues (" + issues / perPage + " search pages, " + links
                + " links) imported in " + millis + " ms");

        Map<String, Long> counts = counts(data);
        assertEquals(issues, (long) counts.get("ISSUE"));
        assertEquals(links, (long) counts.get("ISSUE_LINK"));
        assertEquals(0L, (long) counts.get("IMPORT_EXTERNAL_LINK"));
        assertEquals(3L, (long) counts.get("PROJECT"));
        assertEquals(30, out().lines().filter(line -> line.contains("issues read")).count());
        assertTrue(out(), out().contains("issues:     30000 new, 0 updated"));
    }

    /** Writes seeded search pages; each issue but the first of a project blocks its predecessor. @return links */
    private static int writeExport(Path dir, int issues, int perPage, Random random) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String[] projects = {"ALPHA", "BETA", "GAMMA"};
        String[][] statuses = {{"To Do", "new"}, {"In Progress", "indeterminate"}, {"In Review", "indeterminate"},
                {"Done", "done"}};
        int links = 0;
        for (int page = 0; page * perPage < issues; page++) {
            ObjectNode root = json.createObjectNode().put("startAt", page * perPage).put("maxResults", perPage)
                    .put("total", issues);
            ArrayNode list = root.putArray("issues");
            for (int n = page * perPage; n < Math.min(issues, (page + 1) * perPage); n++) {
                int p = n % projects.length;
                int num = n / projects.length + 1;
                String base = "https://jira.example.com";
                ObjectNode issue = list.addObject().put("id", String.valueOf(100_000 + n))
                        .put("self", base + "/rest/api/2/issue/" + (100_000 + n)).put("key", projects[p] + "-" + num);
                ObjectNode fields = issue.putObject("fields");
                fields.putObject("project").put("id", String.valueOf(20_000 + p)).put("key", projects[p])
                        .put("name", "Project " + projects[p]);
                fields.put("summary", "Generated issue " + n);
                fields.putObject("issuetype").put("name", random.nextInt(5) == 0 ? "Bug" : "Story");
                String[] status = statuses[random.nextInt(statuses.length)];
                fields.putObject("status").put("name", status[0]).putObject("statusCategory").put("key", status[1]);
                fields.put("customfield_10002", random.nextInt(8));
                fields.putObject("assignee").put("name", "user" + random.nextInt(20));
                fields.put("created", "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + "T10:15:30.000+0200");
                fields.put("updated", "2024-10-01T08:00:00.000+0000");
                fields.putArray("fixVersions").addObject().put("id", String.valueOf(30_000 + p * 10 + num % 4))
                        .put("name", "R" + (num % 4)).put("released", num % 4 == 0).put("releaseDate", "2025-0"
                        + (1 + num % 4) + "-01");
                ArrayNode issueLinks = fields.putArray("issuelinks");
                if (num > 1) {
                    int other = n - projects.length;
                    issueLinks.addObject().put("id", String.valueOf(500_000 + n))
                            .set("type", json.createObjectNode().put("name", "Blocks").put("inward", "is blocked by")
                                    .put("outward", "blocks"));
                    ((ObjectNode) issueLinks.get(0)).putObject("inwardIssue").put("id", String.valueOf(100_000 + other))
                            .put("key", projects[p] + "-" + (num - 1));
                    links++;
                }
            }
            Files.write(dir.resolve("search-" + page + ".json"), json.writeValueAsBytes(root));
        }
        return links;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] xz(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new XZCompressorOutputStream(bytes)) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] tar(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
                tarEntry.setSize(entry.getValue().length);
                tar.putArchiveEntry(tarEntry);
                tar.write(entry.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
