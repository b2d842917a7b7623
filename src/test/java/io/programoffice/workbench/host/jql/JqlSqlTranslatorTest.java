package io.programoffice.workbench.host.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class JqlSqlTranslatorTest {
    @Test
    public void translate_bindsEveryValueAsAParameter_neverInTheSql() throws Exception {
        SqlCondition condition = translate("project in (\"x' OR '1'='1\", APP) AND status = 'Done'");
        assertFalse(condition.sql().contains("'"));
        assertFalse(condition.sql().contains("APP"));
        assertEquals(List.of("X' OR '1'='1", "X' OR '1'='1", "APP", "APP", "DONE"), condition.parameters());
    }

    @Test
    public void translate_comparesNamesInUpperCase_andAddsAnIdForNumbers() throws Exception {
        SqlCondition condition = translate("project = 10000");
        assertEquals("(i.PROJECT_ID IN (SELECT p.ID FROM PROJECT p WHERE"
                + " (UPPER(p.PKEY) = ? OR UPPER(p.NAME) = ? OR p.ID = ?)))", condition.sql());
        assertEquals(List.of("10000", "10000", 10000L), condition.parameters());
    }

    @Test
    public void translate_pushesNotDownToTheComparisons() throws Exception {
        assertEquals(translate("project != APP OR statusCategory not in (done)"),
                translate("NOT (project = APP AND statusCategory in (done))"));
        assertEquals(translate("project = APP"), translate("NOT NOT project = APP"));
    }

    @Test
    public void translate_negativeOperators_requireAValue() throws Exception {
        String sql = translate("fixVersion != 2026.Q3").sql();
        assertTrue(sql, sql.startsWith("(EXISTS (SELECT 1 FROM ISSUE_FIX_VERSION f WHERE f.ISSUE_ID = i.ID)"
                + " AND NOT EXISTS"));
        assertEquals("(FALSE)", translate("project is EMPTY").sql());
        assertEquals("(TRUE)", translate("project is not EMPTY").sql());
    }

    @Test
    public void translate_ofAQueryWithoutWhere_isTrue() throws Exception {
        assertEquals(new SqlCondition("TRUE", List.of()), JqlSqlTranslator.translate(JqlParser.parse("order by key")));
    }

    private static SqlCondition translate(String jql) throws JqlParseException {
        return JqlSqlTranslator.translate(JqlParser.parse(jql));
    }

    @Test
    public void translate_bindsResolvedFunctionIdsAsOneArray_andNegatesThem() {
        SqlCondition in = JqlSqlTranslator.translate(new JqlClause.IssueIds(JqlOperator.IN, java.util.Set.of(7L)));
        assertEquals("(i.ID = ANY(?))", in.sql());
        assertTrue(java.util.Arrays.equals(new Long[] {7L}, (Long[]) in.parameters().get(0)));
        assertEquals("(NOT (i.ID = ANY(?)))", JqlSqlTranslator.translate(new JqlClause.Not(
                new JqlClause.IssueIds(JqlOperator.IN, java.util.Set.of(7L)))).sql());
        assertEquals("(i.ID = ANY(?))", JqlSqlTranslator.translate(new JqlClause.Not(
                new JqlClause.IssueIds(JqlOperator.NOT_IN, java.util.Set.of()))).sql());
    }

    @Test
    public void translate_refusesAnUnresolvedFunction() {
        org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> JqlSqlTranslator.translate(
                new JqlClause.Function(JqlField.ISSUE_KEY, JqlOperator.IN, "programIssues", List.of("DEMO"))));
    }
}
