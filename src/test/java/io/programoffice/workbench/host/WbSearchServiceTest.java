package io.programoffice.workbench.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.atlassian.jira.bc.issue.search.SearchService.ParseResult;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import io.programoffice.workbench.data.DemoData;
import io.programoffice.workbench.data.WorkbenchDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WbSearchServiceTest {
    private static final List<String> PROJECTS = List.of("APP", "WEB", "API", "DATA", "OPS", "SEC");

    @ClassRule
    public static TemporaryFolder temp = new TemporaryFolder();

    private static WorkbenchDatabase db;
    private static WbUserDirectory users;
    private static WbSearchService search;
    private static WbUser admin;
    private static WbUser alice;
    private static WbUser bob;

    @BeforeClass
    public static void seed() {
        db = WorkbenchDatabase.open(temp.getRoot().toPath());
        DemoData.seed(db);
        users = new WbUserDirectory(db);
        search = new WbSearchService(db, new WbPermissionManager(db, users), new WbIssueSecurityLevelManager(db),
                new WbIssueStore(db, users));
        admin = users.find("admin").orElseThrow();
        alice = users.find("alice").orElseThrow();
        bob = users.find("bob").orElseThrow();
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    @Test
    public void parseQuery_returnsAValidWbQuery_holdingTheOriginalString() {
        ParseResult result = search.parseQuery(alice, "project = APP AND statusCategory != Done");
        assertTrue(result.isValid());
        assertFalse(result.getErrors().hasAnyErrors());
        assertTrue(result.getQuery() instanceof WbQuery);
        assertEquals("project = APP AND statusCategory != Done", result.getQuery().getQueryString());
    }

    @Test
    public void parseQuery_returnsNoQueryAndOneMessage_forBadJql() {
        ParseResult result = search.parseQuery(alice, "project = APP AND statusCategory foo");
        assertFalse(result.isValid());
        assertNull(result.getQuery());
        assertEquals(1, result.getErrors().getErrorMessages().size());
        assertEquals("Error in the JQL Query: Expecting operator but got 'foo'. The valid operators are '=', '!=',"
                + " 'in', 'not in', 'is' and 'is not'. (line 1, character 34)",
                result.getErrors().getErrorMessages().iterator().next());
    }

    @Test
    public void parseQuery_reportsAnUnknownField() {
        ParseResult result = search.parseQuery(alice, "component = UI");
        assertEquals("Field 'component' does not exist or you do not have permission to view it.",
                result.getErrors().getErrorMessages().iterator().next());
    }

    @Test
    public void searchCount_countsOnlyBrowsableProjects_whenUserIsAlice() throws Exception {
        long app = count(alice, "project = APP");
        assertEquals(604, app);
        assertEquals(app, count(alice, "project in (APP, DATA)"));
        assertEquals(0, count(alice, "project = DATA"));
        assertEquals(1208, count(admin, "project in (APP, DATA)"));
        assertEquals(604, count(bob, "project in (APP, DATA)"));
    }

    @Test
    public void searchCount_hidesIssuesInSecurityLevels_theSearcherIsNotIn() throws Exception {
        assertEquals(604, count(bob, "project = API"));
        assertEquals(589, count(alice, "project = API"));
        assertEquals(604, count(admin, "project = API"));
    }

    @Test
    public void searchOverrideSecurity_pagesByIdInIdOrder_overEveryProject() throws Exception {
        var parsed = search.parseQuery(alice, "project in (API, SEC) AND id > 11000 ORDER BY id");
        var page = search.searchOverrideSecurity(alice, parsed.getQuery(),
                new com.atlassian.jira.web.bean.PagerFilter<>(50));
        assertEquals(50, page.getResults().size());
        long last = 11000;
        for (var issue : page.getResults()) {
            assertTrue(issue.getId() > last);
            last = issue.getId();
        }
        assertTrue(page.getTotal() > 50);
    }

    @Test
    public void searchCount_ofTheEmptyQuery_isEveryBrowsableIssue() throws Exception {
        assertEquals(3624, count(admin, ""));
        assertEquals(1812 - 15, count(alice, "")); // 15 API issues are Embargoed, a level Alice does not see
        assertEquals(1812, count(bob, "   "));
        assertEquals(1812, count(bob, "ORDER BY key"));
    }

    @Test
    public void searchCount_isZero_whenUserIsAnonymous() throws Exception {
        assertEquals(0, count(null, ""));
        assertEquals(0, count(null, "project = APP"));
    }

    @Test
    public void searchCount_isZero_forAUserMissingFromTheDirectory() throws Exception {
        assertEquals(0, count(new WbUser("mallory", "Mallory", true), "project = APP"));
    }

    @Test
    public void searchCount_statusCategoryCountsAddUpToTheProjectTotal_forEveryProject() throws Exception {
        for (String project : PROJECTS) {
            long total = count(admin, "project = " + project);
            long todo = count(admin, "project = " + project + " AND statusCategory = new");
            long inProgress = count(admin, "project = " + project + " AND statusCategory = indeterminate");
            long done = count(admin, "project = " + project + " AND statusCategory = done");
            assertEquals(project, 604, total);
            assertTrue(project, todo > 0 && inProgress > 0 && done > 0);
            assertEquals(project, total, todo + inProgress + done);
            assertEquals(project, sql("SELECT COUNT(*) FROM ISSUE i JOIN PROJECT p ON p.ID = i.PROJECT_ID"
                    + " JOIN STATUS s ON s.ID = i.STATUS_ID WHERE p.PKEY = ? AND s.CATEGORY_ID = 3", project), done);
        }
    }

    @Test
    public void searchCount_matchesAStatusCategoryByIdKeyOrName_ignoringCase() throws Exception {
        long byKey = count(admin, "statusCategory = indeterminate");
        assertEquals(byKey, count(admin, "statusCategory = 4"));
        assertEquals(byKey, count(admin, "statusCategory = \"In Progress\""));
        assertEquals(byKey, count(admin, "STATUSCATEGORY = 'in progress'"));
        assertEquals(byKey, count(admin, "status in (\"In Progress\", \"In Review\")"));
    }

    @Test
    public void searchCount_matchesAProjectByKeyNameOrId() throws Exception {
        long id = sql("SELECT ID FROM PROJECT WHERE PKEY = ?", "WEB");
        assertEquals(604, count(admin, "project = \"Web Platform\""));
        assertEquals(604, count(admin, "project = " + id));
        assertEquals(604, count(admin, "project = web"));
    }

    @Test
    public void searchCount_matchesNothing_forAnUnknownProject() throws Exception {
        assertEquals(0, count(admin, "project = NOPE"));
        assertEquals(604, count(admin, "project in (NOPE, APP)"));
    }

    @Test
    public void searchCount_bindsValuesAsParameters_soQuotesInValuesMatchNothing() throws Exception {
        assertEquals(0, count(admin, "project = \"APP' OR '1'='1\""));
        assertEquals(0, count(admin, "key = \"x') OR 1=1 --\""));
    }

    @Test
    public void searchCount_givesAndPrecedenceOverOr() throws Exception {
        long webDone = count(admin, "project = WEB AND statusCategory = done");
        assertEquals(604 + webDone, count(admin, "project = APP OR project = WEB AND statusCategory = done"));
        long appOrWebDone = count(admin, "(project = APP OR project = WEB) AND statusCategory = done");
        assertEquals(appOrWebDone, count(admin, "project in (APP, WEB) and statusCategory = done"));
    }

    @Test
    public void searchCount_negatesWithNotAndNotEqualsAndNotIn() throws Exception {
        assertEquals(3020, count(admin, "NOT project = APP"));
        assertEquals(3020, count(admin, "project != APP"));
        assertEquals(2416, count(admin, "project not in (APP, WEB)"));
        assertEquals(count(admin, "statusCategory = done"), count(admin, "NOT statusCategory in (new, 4)"));
        assertEquals(604, count(admin, "NOT (project != APP)"));
    }

    @Test
    public void searchCount_fixVersionSplitsIntoVersionedAndEmpty() throws Exception {
        long q3 = count(admin, "fixVersion = 2026.Q3");
        long otherVersions = count(admin, "fixVersion != 2026.Q3");
        long none = count(admin, "fixVersion is EMPTY");
        assertTrue(q3 > 0 && otherVersions > 0 && none > 0);
        assertEquals(3624, q3 + otherVersions + none);
        assertEquals(3624 - none, count(admin, "fixVersion is not EMPTY"));
        assertEquals(q3 + none, count(admin, "fixVersion in (2026.Q3, EMPTY)"));
        assertEquals(otherVersions, count(admin, "NOT fixVersion = \"2026.Q3\""));
        assertEquals(sql("SELECT COUNT(*) FROM ISSUE_FIX_VERSION f JOIN VERSION v ON v.ID = f.VERSION_ID"
                + " WHERE v.NAME = ?", "2026.Q3"), q3);
    }

    @Test
    public void searchCount_matchesIssueTypesAndKeys() throws Exception {
        long stories = count(admin, "issuetype = Story");
        long all = count(admin, "issuetype in (Story, Task, Bug, Epic)");
        assertEquals(3600, all);
        assertEquals(sql("SELECT COUNT(*) FROM ISSUE WHERE ISSUE_TYPE = ?", "Story"), stories);
        assertEquals(2, count(alice, "key in (APP-1, WEB-2, DATA-3)"));
        assertEquals(1, count(admin, "issuekey = app-17"));
    }

    @Test
    public void searchCount_throwsSearchException_forAQueryNotFromParseQuery() {
        Query foreign = () -> "project = APP";
        assertThrows(SearchException.class, () -> search.searchCount(admin, foreign));
        assertThrows(SearchException.class, () -> search.searchCount(admin, null));
    }

    @Test
    public void searchCount_callsAJqlFunction_forIssueInAndNotIn() throws Exception {
        WbSearchService withFunctions = withFunctions();
        assertEquals(2, count(withFunctions, admin, "issue in keys(APP-1, WEB-2, NOPE-3)"));
        assertEquals(1, count(withFunctions, bob, "issue in keys(APP-1, WEB-2, DATA-3)"));
        assertEquals(3622, count(withFunctions, admin, "issue not in KEYS(APP-1, WEB-2)"));
        assertEquals(1, count(withFunctions, admin, "project = APP AND issue in keys(APP-1, WEB-2)"));
        assertEquals(603, count(withFunctions, admin, "project = APP AND NOT issue in keys(APP-1, WEB-2)"));
        assertEquals(0, count(withFunctions, admin, "issue in keys()"));
        assertEquals(3624, count(withFunctions, admin, "issue not in keys()"));
    }

    @Test
    public void parseQuery_reportsTheFunctionsValidationMessages_asErrors() {
        ParseResult result = withFunctions().parseQuery(alice, "project = APP AND issue in keys(APP-1, 'not a key')");
        assertFalse(result.isValid());
        assertNull(result.getQuery());
        assertEquals(List.of("'not a key' is not an issue key."), List.copyOf(result.getErrors().getErrorMessages()));
    }

    @Test
    public void parseQuery_reportsAnUnknownFunction_andAFunctionOnTheWrongFieldOrOperator() {
        WbSearchService withFunctions = withFunctions();
        assertEquals("Unable to find JQL function 'other(APP-1)' for field 'key'.", error(withFunctions,
                "issue in other(APP-1)"));
        assertEquals("Unable to find JQL function 'keys(APP-1)' for field 'project'.", error(withFunctions,
                "project in keys(APP-1)"));
        assertEquals("The operator '=' does not support the list value 'keys(APP-1)' for field 'key'.",
                error(withFunctions, "issue = keys(APP-1)"));
        assertEquals("Unable to find JQL function 'keys(APP-1)' for field 'key'.", error(search,
                "issue in keys(APP-1)"));
    }

    @Test
    public void parseQuery_rejectsAFunctionThatDoesNotAnswerIssues() {
        WbSearchService service = new WbSearchService(db, new WbPermissionManager(db, users),
                new WbIssueSecurityLevelManager(db), new WbIssueStore(db, users));
        KeysFunction versions = new KeysFunction() {
            @Override
            public com.atlassian.jira.JiraDataType getDataType() {
                return new com.atlassian.jira.JiraDataType() {
                };
            }
        };
        service.useFunctions(WbJqlFunctions.of(java.util.Map.of("releasedVersions", versions)));
        assertEquals("A value provided by the function 'releasedVersions' is invalid for the field 'key'.",
                error(service, "issue in releasedVersions(APP-1)"));
    }

    private static String error(WbSearchService service, String jql) {
        ParseResult result = service.parseQuery(alice, jql);
        assertFalse(jql, result.isValid());
        return result.getErrors().getErrorMessages().iterator().next();
    }

    /** A search that knows {@code keys(K, ...)}: the issues with these keys, whoever searches. */
    private static WbSearchService withFunctions() {
        WbSearchService service = new WbSearchService(db, new WbPermissionManager(db, users),
                new WbIssueSecurityLevelManager(db), new WbIssueStore(db, users));
        service.useFunctions(WbJqlFunctions.of(java.util.Map.of("keys", new KeysFunction())));
        return service;
    }

    private static class KeysFunction implements com.atlassian.jira.plugin.jql.function.JqlFunction {
        @Override
        public void init(com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor descriptor) {
        }

        @Override
        public com.atlassian.jira.util.MessageSet validate(ApplicationUser searcher,
                com.atlassian.query.operand.FunctionOperand operand, com.atlassian.query.clause.TerminalClause c) {
            com.atlassian.jira.util.MessageSet messages = new com.atlassian.jira.util.MessageSetImpl();
            operand.getArgs().stream().filter(arg -> !arg.matches("[A-Z]+-\\d+"))
                    .forEach(arg -> messages.addErrorMessage("'" + arg + "' is not an issue key."));
            return messages;
        }

        @Override
        public List<com.atlassian.jira.jql.operand.QueryLiteral> getValues(
                com.atlassian.jira.jql.query.QueryCreationContext context,
                com.atlassian.query.operand.FunctionOperand operand, com.atlassian.query.clause.TerminalClause c) {
            List<com.atlassian.jira.jql.operand.QueryLiteral> values = new java.util.ArrayList<>();
            for (String key : operand.getArgs()) {
                try {
                    values.add(new com.atlassian.jira.jql.operand.QueryLiteral(operand,
                            sql("SELECT COALESCE(MAX(ID), 0) FROM ISSUE WHERE IKEY = ?", key)));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return values;
        }

        @Override
        public int getMinimumNumberOfExpectedArguments() {
            return 0;
        }

        @Override
        public String getFunctionName() {
            return "keys";
        }

        @Override
        public boolean isList() {
            return true;
        }

        @Override
        public com.atlassian.jira.JiraDataType getDataType() {
            return com.atlassian.jira.JiraDataTypes.ISSUE;
        }
    }

    private static long count(ApplicationUser user, String jql) throws SearchException {
        return count(search, user, jql);
    }

    private static long count(WbSearchService search, ApplicationUser user, String jql) throws SearchException {
        ParseResult result = search.parseQuery(user, jql);
        assertTrue(jql + ": " + result.getErrors().getErrorMessages(), result.isValid());
        return search.searchCount(user, result.getQuery());
    }

    private static long sql(String sql, String parameter) throws SQLException {
        try (Connection connection = db.connection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
