package io.programoffice.core.index;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.program.StatusCategory;
import io.programoffice.core.risk.Roam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;

/** The risk values the program index keeps for risk issues: kept with the issue, replaced, dropped, filtered. */
public class ProgramIndexRiskTest {
    private static final RiskValues OWNED = new RiskValues(4, 5, 2, 3, Roam.OWNED, true, "alice",
            LocalDate.of(2026, 12, 1));
    private static final RiskValues BARE = RiskValues.NONE;

    private static IssueRecord risk(long id, String key, RiskValues values, Long level) {
        String project = key.substring(0, key.indexOf('-'));
        return new IssueRecord(id, key, project, "Risk", "To Do", StatusCategory.NEW, null, 1_000L, 2_000L,
                List.of(), List.of(), null, null, null, null, level, List.of(), null, values);
    }

    private static Map<String, RiskValues> risks(ProgramIndex index, VisibilityFilter viewer) {
        Map<String, RiskValues> out = new TreeMap<>();
        index.forEachRisk(viewer, c -> out.put(c.key(), c.risk()));
        return out;
    }

    @Test
    public void forEachRisk_visitsOnlyRiskIssues_theViewerMaySee_withTheirValues() {
        ProgramIndex index = ProgramIndex.build(List.of(risk(1, "APP-1", OWNED, null), risk(2, "WEB-1", BARE, null),
                Issues.issue(3, "APP-2"), risk(4, "APP-3", OWNED, 77L)));

        assertEquals(Map.of("APP-1", OWNED, "WEB-1", BARE, "APP-3", OWNED), risks(index, VisibilityFilter.everything()));
        assertEquals(Map.of("APP-1", OWNED), risks(index, VisibilityFilter.of(Set.of("APP"), Set.of())));
        assertEquals(3, index.riskCount());
        assertEquals(OWNED, index.get(1).orElseThrow().risk());
        assertNull(index.get(3).orElseThrow().risk());
        List<RiskValues> seen = new ArrayList<>();
        index.forEach(VisibilityFilter.everything(), c -> {
            if (c.id() == 3) {
                seen.add(c.risk());
            }
        });
        assertEquals(java.util.Collections.singletonList(null), seen);
    }

    @Test
    public void anUpdate_replacesOrDropsTheValues_andRemovingTheIssueDropsThem() {
        ProgramIndex index = ProgramIndex.build(List.of(risk(1, "APP-1", OWNED, null), risk(2, "APP-2", OWNED, null)));
        RiskValues resolved = new RiskValues(4, 5, null, null, Roam.RESOLVED, true, null, null);

        index.upsert(risk(1, "APP-1", resolved, null));
        index.upsert(Issues.issue(2, "APP-2"));
        assertEquals(Map.of("APP-1", resolved), risks(index, VisibilityFilter.everything()));
        index.upsert(risk(5, "WEB-9", BARE, null));
        assertEquals(true, index.remove(1));
        assertEquals(Map.of("WEB-9", BARE), risks(index, VisibilityFilter.everything()));
        assertEquals(1, index.riskCount());
    }

    @Test
    public void riskValues_holdLevelsOnTheScaleOnly_andReadFieldValuesLeniently() {
        assertThrows(IllegalArgumentException.class, () -> new RiskValues(6, 1, null, null, null, false, null, null));
        assertThrows(IllegalArgumentException.class, () -> new RiskValues(1, 0, null, null, null, false, null, null));
        assertThrows(IllegalArgumentException.class, () -> new RiskValues(1, 1, null, null, null, false, " ", null));
        assertEquals(Integer.valueOf(3), RiskValues.level(3.0));
        assertEquals(Integer.valueOf(5), RiskValues.level("5"));
        assertNull(RiskValues.level(3.5));
        assertNull(RiskValues.level(7));
        assertNull(RiskValues.level("high"));
        assertNull(RiskValues.level(null));
        assertEquals(Roam.MITIGATED, RiskValues.roam("mitigated"));
        assertEquals(Roam.OWNED, RiskValues.roam(" Owned "));
        assertNull(RiskValues.roam("maybe"));
        assertNull(RiskValues.roam(null));
    }
}
