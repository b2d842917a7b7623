package io.programoffice.core.risk;

import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.core.validation.FieldErrors;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

public class RiskRegisterTest {
    private static final List<Risk> RISKS = RiskFixtures.drawn(3, 5_000);

    private static RiskQuery query(String roam, String owner, String min, String max, String team, String from,
                                   String to, String status, String sort) {
        FieldErrors errors = new FieldErrors();
        RiskQuery q = RiskQuery.parse(roam, owner, min, max, team, from, to, status, sort, errors);
        assertTrue(errors.fields().toString(), errors.isEmpty());
        return q;
    }

    @Test
    public void byDefault_openRisks_highestResidualScoreFirst_unassessedLast_tiesByKey() {
        List<Risk> list = RiskRegister.list(RISKS, RiskQuery.defaults());
        assertEquals(RISKS.stream().filter(Risk::open).count(), list.size());
        for (int i = 1; i < list.size(); i++) {
            Integer a = list.get(i - 1).residualScore();
            Integer b = list.get(i).residualScore();
            assertTrue(a != null || b == null);
            if (a != null && b != null) {
                assertTrue(a >= b);
                if (a.equals(b)) {
                    assertTrue(IssueKeys.ORDER.compare(list.get(i - 1).key(), list.get(i).key()) < 0);
                }
            }
        }
        assertNull(list.get(list.size() - 1).residualScore());
    }

    @Test
    public void everyFilter_showsExactlyTheRisksItDescribes() {
        RiskQuery q = query("owned, none", "alice", "6", "20", "WEB", "2027-03-01", "2027-04-30", "all", "due");
        List<Risk> list = RiskRegister.list(RISKS, q);
        long expected = RISKS.stream().filter(r -> (r.roam() == Roam.OWNED || r.roam() == null)
                && "alice".equals(r.owner()) && r.residualScore() != null && r.residualScore() >= 6
                && r.residualScore() <= 20 && "WEB".equals(r.team()) && r.due() != null
                && !r.due().isBefore(RiskFixtures.TODAY) && !r.due().isAfter(RiskFixtures.TODAY.plusDays(60))).count();
        assertEquals(expected, list.size());
        assertTrue(expected > 3);
        for (int i = 1; i < list.size(); i++) {
            assertTrue(!list.get(i - 1).due().isAfter(list.get(i).due()));
        }
        long unowned = RISKS.stream().filter(r -> r.open() && r.owner() == null).count();
        assertEquals(unowned, RiskRegister.list(RISKS, query(null, "-", null, null, null, null, null, null, null)).size());
        long resolved = RISKS.stream().filter(r -> r.roam() == Roam.RESOLVED).count();
        assertEquals(resolved, RiskRegister.list(RISKS, query("resolved", null, null, null, null, null, null, "all",
                null)).size());
        assertEquals(0, RiskRegister.list(RISKS, query("resolved", null, null, null, null, null, null, null,
                null)).size()); // resolved ones are not open
    }

    @Test
    public void pages_coverTheListOnce() {
        RiskQuery q = query(null, null, null, null, null, null, null, "all", "key");
        List<Risk> all = RiskRegister.list(RISKS, q);
        assertEquals("RISK-1", all.get(0).key());
        assertEquals("RISK-2", all.get(1).key());
        assertEquals("RISK-10", all.get(9).key());
        Page<Risk> third = RiskRegister.page(RISKS, q, new PageRequest(200, 100));
        assertEquals(all.subList(200, 300), third.values());
        assertEquals(all.size(), third.total());
        Page<Risk> beyond = RiskRegister.page(RISKS, q, new PageRequest(5_000, 10));
        assertTrue(beyond.values().isEmpty());
        assertEquals(all.reversed(), RiskRegister.list(RISKS, query(null, null, null, null, null, null, null, "all",
                "-key")));
    }

    @Test
    public void badParameters_areEachNamed_andGiveNoQuery() {
        FieldErrors errors = new FieldErrors();
        assertNull(RiskQuery.parse("owned,ignored", null, "0", "26", null, "yesterday", "2027-13-01", "some", "size",
                errors));
        assertEquals(List.of("roam", "minScore", "maxScore", "dueFrom", "dueTo", "status", "sort"),
                List.copyOf(errors.fields().keySet()));
        assertEquals("program-office.risk.query.sort", errors.fields().get("sort").key());
        FieldErrors order = new FieldErrors();
        assertNull(RiskQuery.parse(null, null, "20", "10", null, "2027-05-01", "2027-04-01", null, null, order));
        assertEquals("program-office.risk.query.score.order", order.fields().get("maxScore").key());
        assertEquals("program-office.risk.query.due.order", order.fields().get("dueTo").key());
    }
}
