package io.programoffice.workbench.host.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.programoffice.workbench.host.jql.JqlClause.And;
import io.programoffice.workbench.host.jql.JqlClause.Not;
import io.programoffice.workbench.host.jql.JqlClause.Or;
import io.programoffice.workbench.host.jql.JqlClause.Terminal;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class JqlParserTest {
    private static final Terminal PROJECT_APP = eq(JqlField.PROJECT, "APP");
    private static final Terminal PROJECT_WEB = eq(JqlField.PROJECT, "WEB");
    private static final Terminal DONE = eq(JqlField.STATUS_CATEGORY, "done");

    @Test
    public void parse_readsASingleComparison() throws Exception {
        assertEquals(PROJECT_APP, where("project = APP"));
        assertEquals(new Terminal(JqlField.PROJECT, JqlOperator.NOT_EQUALS, List.of(JqlValue.word("APP"))),
                where("project != APP"));
    }

    @Test
    public void parse_readsInAndNotInLists() throws Exception {
        assertEquals(new Terminal(JqlField.PROJECT, JqlOperator.IN,
                List.of(JqlValue.word("APP"), JqlValue.string("Web Platform"), JqlValue.word("10002"))),
                where("project in (APP, \"Web Platform\", 10002)"));
        assertEquals(new Terminal(JqlField.STATUS, JqlOperator.NOT_IN, List.of(JqlValue.string("In Review"))),
                where("status NOT IN ('In Review')"));
    }

    @Test
    public void parse_readsIsEmptyAndIsNotEmpty() throws Exception {
        assertEquals(new Terminal(JqlField.FIX_VERSION, JqlOperator.IS, List.of(JqlValue.EMPTY)),
                where("fixVersion is EMPTY"));
        assertEquals(new Terminal(JqlField.FIX_VERSION, JqlOperator.IS_NOT, List.of(JqlValue.EMPTY)),
                where("fixVersion IS NOT null"));
    }

    @Test
    public void parse_ignoresTheCaseOfKeywordsAndFieldNames() throws Exception {
        assertEquals(new And(List.of(PROJECT_APP, DONE)), where("PROJECT = APP and STATUSCATEGORY = done"));
        assertEquals(new Or(List.of(PROJECT_APP, DONE)), where("Project = APP oR statuscategory = done"));
    }

    @Test
    public void parse_mapsFieldAliases() throws Exception {
        assertEquals(eq(JqlField.ISSUE_KEY, "APP-1"), where("issuekey = APP-1"));
        assertEquals(eq(JqlField.ISSUE_KEY, "APP-1"), where("key = APP-1"));
        assertEquals(eq(JqlField.ISSUE_TYPE, "Bug"), where("type = Bug"));
        assertEquals(eq(JqlField.ISSUE_TYPE, "Bug"), where("issueType = Bug"));
    }

    @Test
    public void parse_givesAndPrecedenceOverOr() throws Exception {
        assertEquals(new Or(List.of(PROJECT_APP, new And(List.of(PROJECT_WEB, DONE)))),
                where("project = APP OR project = WEB AND statusCategory = done"));
        assertEquals(new Or(List.of(new And(List.of(PROJECT_APP, DONE)), PROJECT_WEB)),
                where("project = APP AND statusCategory = done OR project = WEB"));
    }

    @Test
    public void parse_letsParenthesesOverridePrecedence() throws Exception {
        assertEquals(new And(List.of(new Or(List.of(PROJECT_APP, PROJECT_WEB)), DONE)),
                where("(project = APP OR project = WEB) AND statusCategory = done"));
    }

    @Test
    public void parse_bindsNotTighterThanAnd() throws Exception {
        assertEquals(new And(List.of(new Not(PROJECT_APP), DONE)), where("NOT project = APP AND statusCategory = done"));
        assertEquals(new Not(new And(List.of(PROJECT_APP, DONE))), where("not (project = APP and statusCategory = done)"));
        assertEquals(new Not(new Not(PROJECT_APP)), where("! NOT project = APP"));
    }

    @Test
    public void parse_readsSymbolicConnectives() throws Exception {
        assertEquals(new Or(List.of(PROJECT_APP, new And(List.of(PROJECT_WEB, DONE)))),
                where("project = APP || project = WEB && statusCategory = done"));
    }

    @Test
    public void parse_flattensChainsOfTheSameConnective() throws Exception {
        assertEquals(new And(List.of(PROJECT_APP, PROJECT_WEB, DONE)),
                where("project = APP AND project = WEB AND statusCategory = done"));
    }

    @Test
    public void parse_keepsQuotedValuesVerbatim_includingKeywordsAndEscapes() throws Exception {
        assertEquals(new Terminal(JqlField.STATUS, JqlOperator.EQUALS, List.of(JqlValue.string("In \"Review\""))),
                where("status = \"In \\\"Review\\\"\""));
        assertEquals(new Terminal(JqlField.FIX_VERSION, JqlOperator.EQUALS, List.of(JqlValue.string("and"))),
                where("fixVersion = \"and\""));
    }

    @Test
    public void parse_acceptsAnOrderByAndKeepsIt() throws Exception {
        JqlQuery query = JqlParser.parse("project = APP ORDER BY key DESC, created asc, \"Story Points\"");
        assertEquals(PROJECT_APP, query.where());
        assertEquals(List.of(new JqlSort("key", true), new JqlSort("created", false),
                new JqlSort("Story Points", false)), query.orderBy());
    }

    @Test
    public void parse_acceptsAnEmptyQuery_orOnlyAnOrderBy() throws Exception {
        assertNull(JqlParser.parse("").where());
        assertNull(JqlParser.parse("  \n ").where());
        assertNull(JqlParser.parse(null).where());
        JqlQuery orderOnly = JqlParser.parse("order by rank");
        assertNull(orderOnly.where());
        assertEquals(List.of(new JqlSort("rank", false)), orderOnly.orderBy());
    }

    @Test
    public void parse_rejectsAMissingOperator_withItsPosition() {
        assertError("project foo", "Error in the JQL Query: Expecting operator but got 'foo'. The valid operators"
                + " are '=', '!=', 'in', 'not in', 'is' and 'is not'. (line 1, character 9)");
    }

    @Test
    public void parse_rejectsAMissingValue() {
        assertError("project = ", "Error in the JQL Query: Expecting either a value, list or function before the"
                + " end of the query. (line 1, character 11)");
        assertError("project = AND", "Error in the JQL Query: Expecting either a value, list or function but got"
                + " 'AND'. (line 1, character 11)");
    }

    @Test
    public void parse_rejectsTextAfterAComparison() {
        assertError("project = APP foo", "Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'foo'."
                + " (line 1, character 15)");
        assertError("project = APP )", "Error in the JQL Query: Expecting either 'OR' or 'AND' but got ')'."
                + " (line 1, character 15)");
    }

    @Test
    public void parse_rejectsAMissingFieldAfterAConnective() {
        assertError("project = APP AND", "Error in the JQL Query: Expecting a field name before the end of the"
                + " query. (line 1, character 18)");
        assertError("project = APP AND (", "Error in the JQL Query: Expecting a field name before the end of the"
                + " query. (line 1, character 20)");
    }

    @Test
    public void parse_rejectsAnUnclosedParenthesis() {
        assertError("(project = APP", "Error in the JQL Query: Expecting ')' before the end of the query."
                + " (line 1, character 15)");
        assertError("(project = APP foo)", "Error in the JQL Query: Expecting either 'OR', 'AND' or ')' but got"
                + " 'foo'. (line 1, character 16)");
        assertError("project in (APP WEB)", "Error in the JQL Query: Expecting either ',' or ')' but got 'WEB'."
                + " (line 1, character 17)");
    }

    @Test
    public void parse_rejectsNotWithoutIn() {
        assertError("project not APP", "Error in the JQL Query: Expecting 'in' but got 'APP'. (line 1, character 13)");
    }

    @Test
    public void parse_rejectsABadOrderBy() {
        assertError("project = APP ORDER key", "Error in the JQL Query: Expecting 'by' but got 'key'."
                + " (line 1, character 21)");
        assertError("ORDER BY key sideways", "Error in the JQL Query: Expecting either 'ASC', 'DESC', ',' or the end"
                + " of the query but got 'sideways'. (line 1, character 14)");
    }

    @Test
    public void parse_reportsPositionsOnLaterLines() {
        JqlParseException error = assertThrows(JqlParseException.class,
                () -> JqlParser.parse("project = APP\nAND status foo"));
        assertEquals(2, error.line());
        assertEquals(12, error.character());
    }

    @Test
    public void parse_rejectsAnUnknownField() {
        assertError("component = UI", "Field 'component' does not exist or you do not have permission to view it.");
    }

    @Test
    public void parse_reportsSyntaxErrorsBeforeAnUnknownField() {
        assertError("component = UI AND", "Error in the JQL Query: Expecting a field name before the end of the"
                + " query. (line 1, character 19)");
    }

    @Test
    public void parse_rejectsUnsupportedOperators() {
        assertError("project ~ APP", "The operator '~' is not supported by the 'project' field.");
        assertError("status >= Done", "The operator '>=' is not supported by the 'status' field.");
    }

    @Test
    public void parse_rejectsAListForEquals_andASingleValueForIn() {
        assertError("project = (APP, WEB)",
                "The operator '=' does not support the list value '(APP, WEB)' for field 'project'.");
        assertError("project in APP", "The operator 'in' does not support the non-list value 'APP' for field 'project'.");
    }

    @Test
    public void parse_rejectsIsWithAValue() {
        assertError("fixVersion is 2026.Q3", "The operator 'is' only supports EMPTY or NULL as its value for field"
                + " 'fixVersion'.");
    }

    @Test
    public void parse_rejectsFunctions() {
        assertError("project in projectsLeadByUser()",
                "Unable to find JQL function 'projectsLeadByUser()' for field 'project'.");
    }

    @Test
    public void parse_readsIssueInAKnownFunction_ignoringTheNamesCase() throws JqlParseException {
        Set<String> functions = Set.of("programIssues");
        assertEquals(new JqlClause.Function(JqlField.ISSUE_KEY, JqlOperator.IN, "programIssues",
                List.of("DEMO", "2026.Q3")), JqlParser.parse("issue in programIssues(\"DEMO\", '2026.Q3')", functions)
                .where());
        assertEquals(new JqlClause.Not(new JqlClause.Function(JqlField.ISSUE_KEY, JqlOperator.NOT_IN, "PROGRAMISSUES",
                List.of())), JqlParser.parse("NOT key not in PROGRAMISSUES()", functions).where());
    }

    @Test
    public void parse_rejectsAKnownFunctionOnAnotherField_orWithASingleValueOperator() {
        Set<String> functions = Set.of("programIssues");
        JqlParseException field = assertThrows(JqlParseException.class,
                () -> JqlParser.parse("fixVersion in programIssues(DEMO)", functions));
        assertEquals("Unable to find JQL function 'programIssues(DEMO)' for field 'fixVersion'.", field.getMessage());
        JqlParseException operator = assertThrows(JqlParseException.class,
                () -> JqlParser.parse("issue != programIssues(DEMO)", functions));
        assertEquals("The operator '!=' does not support the list value 'programIssues(DEMO)' for field 'key'.",
                operator.getMessage());
    }

    private static void assertError(String jql, String message) {
        JqlParseException error = assertThrows(JqlParseException.class, () -> JqlParser.parse(jql));
        assertEquals(message, error.getMessage());
    }

    private static JqlClause where(String jql) throws JqlParseException {
        return JqlParser.parse(jql).where();
    }

    private static Terminal eq(JqlField field, String value) {
        return new Terminal(field, JqlOperator.EQUALS, List.of(JqlValue.word(value)));
    }
}
