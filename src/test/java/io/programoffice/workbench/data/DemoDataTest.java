package io.programoffice.workbench.data;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DemoDataTest {
    @ClassRule
    public static TemporaryFolder shared = new TemporaryFolder();

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static DemoSummary summary;

    @BeforeClass
    public static void seed() throws Exception {
        db = WorkbenchDatabase.open(shared.newFolder("demo").toPath());
        summary = DemoData.seed(db);
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void seed_isDeterministic_acrossFreshDatabases() throws Exception {
        DemoSummary first;
        DemoSummary second;
        byte[] firstIssues;
        byte[] secondIssues;
        byte[] firstLinks;
        byte[] secondLinks;
        try (WorkbenchDatabase one = WorkbenchDatabase.open(temp.newFolder("one").toPath());
                WorkbenchDatabase two = WorkbenchDatabase.open(temp.newFolder("two").toPath())) {
            first = DemoData.seed(one);
            second = DemoData.seed(two);
            firstIssues = digest(one, "SELECT * FROM ISSUE ORDER BY ID");
            secondIssues = digest(two, "SELECT * FROM ISSUE ORDER BY ID");
            firstLinks = digest(one, "SELECT * FROM ISSUE_LINK ORDER BY ID");
            secondLinks = digest(two, "SELECT * FROM ISSUE_LINK ORDER BY ID");
        }
        assertEquals(first, second);
        assertEquals(summary, first);
        assertArrayEquals(firstIssues, secondIssues);
        assertArrayEquals(firstLinks, secondLinks);
        assertArrayEquals(digest(db, "SELECT * FROM ISSUE ORDER BY ID"), firstIssues);
    }

    @Test
    public void seed_reportsWhatItCreated() throws Exception {
        assertEquals(6, summary.projects());
        assertEquals(3624, summary.issues());
        assertEquals(count("SELECT COUNT(*) FROM PROJECT"), summary.projects());
        assertEquals(count("SELECT COUNT(*) FROM ISSUE"), summary.issues());
        assertEquals(count("SELECT COUNT(*) FROM ISSUE_LINK"), summary.links());
        assertEquals(count("""
                SELECT COUNT(*) FROM ISSUE_LINK l
                JOIN LINK_TYPE t ON t.ID = l.LINK_TYPE_ID
                JOIN ISSUE s ON s.ID = l.SOURCE_ID
                JOIN ISSUE d ON d.ID = l.DESTINATION_ID
                WHERE t.NAME IN ('Blocks', 'Depends') AND s.PROJECT_ID <> d.PROJECT_ID"""),
                summary.crossProjectDependencyLinks());
    }

    @Test
    public void seed_createsTheSixTeamProjects_with600WorkIssuesAndFourRisksEach() throws Exception {
        assertEquals(List.of("API API Gateway 600 4", "APP Mobile App 600 4", "DATA Data Pipeline 600 4",
                "OPS Infrastructure 600 4", "SEC Security 600 4", "WEB Web Platform 600 4"), strings("""
                SELECT p.PKEY || ' ' || p.NAME || ' ' || SUM(CASE WHEN i.ISSUE_TYPE <> 'Risk' THEN 1 ELSE 0 END)
                    || ' ' || SUM(CASE WHEN i.ISSUE_TYPE = 'Risk' THEN 1 ELSE 0 END) FROM PROJECT p
                JOIN ISSUE i ON i.PROJECT_ID = p.ID GROUP BY p.PKEY, p.NAME ORDER BY p.PKEY"""));
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE WHERE ISSUE_TYPE = 'Risk' AND NUM <= 600"));
    }

    @Test
    public void seed_givesRisksInEveryRoamState_someNotAssessed_andValuesOnTheScale() throws Exception {
        assertEquals(List.of("accepted 5", "mitigated 5", "owned 7", "resolved 3"), strings("""
                SELECT TEXT_VALUE || ' ' || COUNT(*) FROM ISSUE_FIELD_VALUE WHERE FIELD_ID = 'customfield_10204'
                GROUP BY TEXT_VALUE ORDER BY 1"""));
        assertEquals(4, count("""
                SELECT COUNT(*) FROM ISSUE i WHERE i.ISSUE_TYPE = 'Risk' AND NOT EXISTS (SELECT 1 FROM
                ISSUE_FIELD_VALUE v WHERE v.ISSUE_ID = i.ID AND v.FIELD_ID = 'customfield_10204')"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM ISSUE_FIELD_VALUE WHERE FIELD_ID IN ('customfield_10200', 'customfield_10201',
                'customfield_10202', 'customfield_10203') AND NUM_VALUE NOT IN (1, 2, 3, 4, 5)"""));
        assertEquals(1, count("""
                SELECT COUNT(*) FROM ISSUE i WHERE i.ISSUE_TYPE = 'Risk' AND NOT EXISTS (SELECT 1 FROM
                ISSUE_FIELD_VALUE v WHERE v.ISSUE_ID = i.ID AND v.FIELD_ID = 'customfield_10200')"""));
        assertEquals(0, count("""
                SELECT COUNT(*) FROM ISSUE i JOIN ISSUE_FIELD_VALUE v ON v.ISSUE_ID = i.ID
                JOIN STATUS s ON s.ID = i.STATUS_ID WHERE v.TEXT_VALUE = 'resolved' AND s.CATEGORY_ID <> 3"""));
    }

    @Test
    public void seed_coversAllThreeStatusCategories_inEveryProject() throws Exception {
        assertEquals(0, count("""
                SELECT COUNT(*) FROM PROJECT p WHERE (SELECT COUNT(DISTINCT s.CATEGORY_ID) FROM ISSUE i
                JOIN STATUS s ON s.ID = i.STATUS_ID WHERE i.PROJECT_ID = p.ID AND s.CATEGORY_ID IN (2, 3, 4)) <> 3"""));
    }

    @Test
    public void seed_mixesCategoriesRealistically_eachBetween20And50Percent() throws Exception {
        for (long category : new long[] {2, 3, 4}) {
            long issues = count("SELECT COUNT(*) FROM ISSUE i JOIN STATUS s ON s.ID = i.STATUS_ID"
                    + " WHERE s.CATEGORY_ID = " + category);
            assertTrue("category " + category + ": " + issues, issues > 720 && issues < 1800);
        }
    }

    @Test
    public void seed_createsTheSixStatuses_inTheirCategories() throws Exception {
        assertEquals(List.of("To Do new", "Backlog new", "In Progress indeterminate", "In Review indeterminate",
                "Done done", "Closed done"), strings("""
                SELECT s.NAME || ' ' || c.CKEY FROM STATUS s JOIN STATUS_CATEGORY c ON c.ID = s.CATEGORY_ID
                ORDER BY s.ID"""));
    }

    @Test
    public void seed_createsAtLeast700CrossProjectDependencyLinks() {
        assertTrue(String.valueOf(summary.crossProjectDependencyLinks()),
                summary.crossProjectDependencyLinks() >= 700);
    }

    @Test
    public void seed_createsAbout200RelatesLinks() throws Exception {
        long relates = count("SELECT COUNT(*) FROM ISSUE_LINK l JOIN LINK_TYPE t ON t.ID = l.LINK_TYPE_ID"
                + " WHERE t.NAME = 'Relates'");
        assertEquals(200, relates);
    }

    @Test
    public void seed_addsDependency_toTheStandardLinkTypes_withTheirDirections() throws Exception {
        assertEquals(List.of("Blocks|is blocked by|blocks", "Depends|is depended on by|depends on",
                "Duplicate|is duplicated by|duplicates", "Relates|relates to|relates to"),
                strings("SELECT NAME || '|' || INWARD || '|' || OUTWARD FROM LINK_TYPE ORDER BY NAME"));
    }

    @Test
    public void seed_neverLinksAnIssueToItself() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE_LINK WHERE SOURCE_ID = DESTINATION_ID"));
    }

    @Test
    public void seed_neverLinksTheSamePairTwice_inEitherDirection() throws Exception {
        assertEquals(0, count("""
                SELECT COUNT(*) FROM (SELECT LEAST(SOURCE_ID, DESTINATION_ID) A, GREATEST(SOURCE_ID, DESTINATION_ID) B
                FROM ISSUE_LINK GROUP BY A, B HAVING COUNT(*) > 1)"""));
    }

    @Test
    public void seed_givesEveryProjectFourFixVersions_eachWithAReleaseDate() throws Exception {
        assertEquals(24, count("SELECT COUNT(*) FROM VERSION"));
        assertEquals(0, count("SELECT COUNT(*) FROM VERSION WHERE RELEASE_DATE IS NULL"));
        assertEquals(0, count("SELECT COUNT(*) FROM PROJECT p WHERE (SELECT COUNT(*) FROM VERSION v"
                + " WHERE v.PROJECT_ID = p.ID) <> 4"));
    }

    @Test
    public void seed_releasesExactlyTheVersionsDueBeforeTheBaseDate() throws Exception {
        assertEquals(List.of("2026.Q3 2026-08-25 TRUE", "2026.Q4 2026-11-24 FALSE", "2027.Q1 2027-02-23 FALSE",
                "2027.Q2 2027-05-25 FALSE"), strings("""
                SELECT NAME || ' ' || MIN(RELEASE_DATE) || ' ' || BOOL_AND(RELEASED) FROM VERSION
                GROUP BY NAME ORDER BY 1"""));
        assertEquals(0, count("SELECT COUNT(*) FROM VERSION WHERE RELEASED AND RELEASE_DATE >= DATE '2026-09-01'"));
    }

    @Test
    public void seed_letsLaterReleaseDatesDriftApartBetweenProjects() throws Exception {
        assertEquals(List.of("2026.Q3 0", "2026.Q4 0", "2027.Q1 7", "2027.Q2 14"), strings("""
                SELECT NAME || ' ' || DATEDIFF(DAY, MIN(RELEASE_DATE), MAX(RELEASE_DATE)) FROM VERSION
                GROUP BY NAME ORDER BY 1"""));
    }

    @Test
    public void seed_putsEachIssueInAtMostOneFixVersion_ofItsOwnProject() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT ISSUE_ID FROM ISSUE_FIX_VERSION GROUP BY ISSUE_ID"
                + " HAVING COUNT(*) > 1)"));
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE_FIX_VERSION f JOIN ISSUE i ON i.ID = f.ISSUE_ID"
                + " JOIN VERSION v ON v.ID = f.VERSION_ID WHERE v.PROJECT_ID <> i.PROJECT_ID"));
        long versioned = count("SELECT COUNT(*) FROM ISSUE_FIX_VERSION");
        assertTrue(String.valueOf(versioned), versioned > 1000 && versioned < 3600);
    }

    @Test
    public void seed_usesTheFourIssueTypes_andFibonacciStoryPointsOrNone() throws Exception {
        assertEquals(List.of("Bug", "Epic", "Risk", "Story", "Task"),
                strings("SELECT DISTINCT ISSUE_TYPE FROM ISSUE ORDER BY 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE WHERE STORY_POINTS NOT IN (1, 2, 3, 5, 8, 13)"));
        long unestimated = count("SELECT COUNT(*) FROM ISSUE WHERE STORY_POINTS IS NULL AND ISSUE_TYPE <> 'Risk'");
        assertTrue(String.valueOf(unestimated), unestimated > 360 && unestimated < 1080);
    }

    @Test
    public void seed_numbersIssueKeysPerProject() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE i JOIN PROJECT p ON p.ID = i.PROJECT_ID"
                + " WHERE i.IKEY <> p.PKEY || '-' || i.NUM OR i.NUM NOT BETWEEN 1 AND 604"));
    }

    @Test
    public void seed_writesNonBlankSummaries_andConsistentDates() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE WHERE TRIM(SUMMARY) = ''"));
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE WHERE UPDATED < CREATED"
                + " OR UPDATED > TIMESTAMP '2026-09-01 09:00:00'"));
        assertTrue(count("SELECT COUNT(DISTINCT SUMMARY) FROM ISSUE") > 1000);
    }

    @Test
    public void seed_assignsOnlyKnownUsers() throws Exception {
        assertEquals(0, count("SELECT COUNT(*) FROM ISSUE WHERE ASSIGNEE IS NOT NULL"
                + " AND ASSIGNEE NOT IN (SELECT USERNAME FROM APP_USER)"));
    }

    @Test
    public void seed_letsAliceBrowseAppWebApi_andBobApiDataOps() throws Exception {
        assertEquals(List.of("alice API", "alice APP", "alice WEB", "bob API", "bob DATA", "bob OPS"), strings("""
                SELECT b.USERNAME || ' ' || p.PKEY FROM PROJECT_BROWSER b JOIN PROJECT p ON p.ID = b.PROJECT_ID
                ORDER BY 1"""));
    }

    @Test
    public void seed_ensuresTheWorkbenchUsers() throws Exception {
        assertEquals(List.of("admin", "alice", "bob"), strings("SELECT USERNAME FROM APP_USER ORDER BY 1"));
        assertFalse(db.isEmpty());
    }

    @Test
    public void seed_refusesADatabaseThatAlreadyHoldsProjects() {
        assertThrows(IllegalStateException.class, () -> DemoData.seed(db));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = db.connection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        return Rows.strings(db, sql);
    }

    @Test
    public void seed_putsEveryFortiethApiIssueInTheEmbargoedLevel_seenByAdminAndBob() throws Exception {
        assertEquals(15, count("SELECT COUNT(*) FROM ISSUE i JOIN PROJECT p ON p.ID = i.PROJECT_ID"
                + " WHERE p.PKEY = 'API' AND i.SECURITY_LEVEL_ID = " + DemoData.EMBARGOED_LEVEL));
        assertEquals(15, count("SELECT COUNT(*) FROM ISSUE WHERE SECURITY_LEVEL_ID IS NOT NULL"));
        assertEquals(List.of("admin", "bob"),
                strings("SELECT USERNAME FROM SECURITY_LEVEL_MEMBER ORDER BY USERNAME"));
    }

    private static byte[] digest(WorkbenchDatabase database, String sql) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Set<String> columns = new TreeSet<>();
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    columns.add(meta.getColumnName(c));
                    sha256.update(String.valueOf(rows.getObject(c)).getBytes(StandardCharsets.UTF_8));
                    sha256.update((byte) 0);
                }
            }
        }
        assertTrue(columns.size() > 3);
        return sha256.digest();
    }
}
