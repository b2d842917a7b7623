package io.programoffice.workbench.host.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** The order operators and dates the index's paged searches use: {@code id > n}, {@code updated >= "-5m"}. */
public class JqlRangeTest {
    @Test
    public void idAndDates_takeTheOrderOperators_andSortByThem() throws Exception {
        JqlQuery q = JqlParser.parse("project = APP AND id > 10200 AND updated >= \"-15m\" ORDER BY id ASC");
        SqlCondition c = JqlSqlTranslator.translate(q);
        assertTrue(c.sql(), c.sql().contains("(i.ID > ?)"));
        assertTrue(c.sql(), c.sql().contains("(i.UPDATED >= ?)"));
        assertEquals("i.ID ASC, i.ID", JqlSqlTranslator.orderBy(q));
    }

    @Test
    public void notOfARange_isTheOppositeRange() throws Exception {
        SqlCondition c = JqlSqlTranslator.translate(JqlParser.parse("NOT id > 5"));
        assertEquals("(i.ID <= ?)", c.sql());
        assertEquals(List.of(5L), c.parameters());
    }

    @Test
    public void otherFields_refuseTheOrderOperators_asJiraSays() {
        JqlParseException e = assertThrows(JqlParseException.class, () -> JqlParser.parse("status > Done"));
        assertTrue(e.getMessage(), e.getMessage().contains("The operator '>' is not supported by the 'status' field."));
    }

    @Test
    public void dates_inJirasFormats_andRelativePeriods() {
        Instant now = Instant.parse("2026-11-26T12:00:00Z");
        assertEquals(now.minusSeconds(15 * 60), JqlDates.parse("-15m", now).orElseThrow());
        assertEquals(now.minusSeconds((4 * 7 + 2) * 86_400L), JqlDates.parse("-4w 2d", now).orElseThrow());
        assertEquals(now.plusSeconds(3_600), JqlDates.parse("1h", now).orElseThrow());
        assertTrue(JqlDates.isValid("2026/11/26 10:30"));
        assertTrue(JqlDates.isValid("2026-11-26"));
        assertFalse(JqlDates.isValid("yesterday"));
        assertThrows(JqlParseException.class, () -> JqlParser.parse("updated >= yesterday"));
    }
}
