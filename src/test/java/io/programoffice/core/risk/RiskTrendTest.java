package io.programoffice.core.risk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.programoffice.core.index.VisibilityFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * Weekly risk snapshots: a row per project and security level, and the trend a viewer sees summed over what they may
 * see only.
 */
public class RiskTrendTest {
    private static final Instant THURSDAY = Instant.parse("2026-11-26T23:00:00Z");

    private static Risk risk(String key, Integer p, Integer i, Roam roam, boolean done) {
        return new Risk(key, null, null, p, i, null, null, roam, null, null, false, done);
    }

    private static ProgramRisks.Found found(List<Risk> risks, Map<String, Long> levels) {
        return new ProgramRisks.Found(risks, Map.of(), levels);
    }

    private static String row(RiskSnapshot r) {
        return r.project() + "/" + r.securityLevelId() + " " + r.open() + " " + r.exposure() + " " + r.high() + " "
                + r.unassessed();
    }

    @Test
    public void aSnapshot_keepsARowPerProjectAndLevel_emptyProjectsToo_withTheirOpenExposure() {
        List<Risk> risks = List.of(risk("APP-1", 4, 5, Roam.OWNED, false), risk("APP-2", 2, 2, null, false),
                risk("APP-3", 5, 5, Roam.RESOLVED, false), risk("WEB-1", null, 3, null, false),
                risk("SEC-9", 3, 3, Roam.OWNED, true), risk("DATA-4", 1, 1, null, false),
                risk("APP-7", 5, 4, null, false));

        List<RiskSnapshot> rows = RiskTrend.snapshot("DEMO", Set.of("APP", "WEB", "SEC", "OPS"),
                found(risks, Map.of("APP-7", 10100L)), THURSDAY);

        assertEquals(List.of("APP/0 2 24 1 0", "APP/10100 1 20 1 0", "DATA/0 1 1 0 0", "OPS/0 0 0 0 0",
                "SEC/0 0 0 0 0", "WEB/0 1 0 0 1"), rows.stream().map(RiskTrendTest::row).toList());
        assertEquals(LocalDate.of(2026, 11, 23), rows.get(0).week());
        assertEquals(THURSDAY, rows.get(0).takenAt());
    }

    @Test
    public void theTrend_sumsEachWeeksRowsOfTheProjectsAndLevelsTheViewerMaySee_oldestFirst() {
        List<RiskSnapshot> rows = new ArrayList<>(RiskTrend.snapshot("DEMO", Set.of("APP", "SEC"),
                found(List.of(risk("APP-1", 4, 5, null, false), risk("SEC-1", 3, 3, null, false),
                        risk("APP-9", 2, 2, null, false)), Map.of("APP-9", 77L)), THURSDAY));
        rows.addAll(RiskTrend.snapshot("DEMO", Set.of("APP", "SEC"),
                found(List.of(risk("APP-1", 4, 5, null, false), risk("APP-2", 5, 5, null, false),
                        risk("SEC-1", 3, 3, null, false)), Map.of()), THURSDAY.minusSeconds(7 * 86_400)));

        assertEquals(List.of(new RiskTrend.Point(LocalDate.of(2026, 11, 16), 2, 45, 2, 0),
                new RiskTrend.Point(LocalDate.of(2026, 11, 23), 1, 20, 1, 0)),
                RiskTrend.of(rows, VisibilityFilter.of(Set.of("APP"), Set.of())));
        assertEquals(new RiskTrend.Point(LocalDate.of(2026, 11, 23), 2, 24, 1, 0),
                RiskTrend.of(rows, VisibilityFilter.of(Set.of("APP"), Set.of(77L))).get(1));
        assertEquals(List.of(new RiskTrend.Point(LocalDate.of(2026, 11, 16), 3, 54, 2, 0),
                new RiskTrend.Point(LocalDate.of(2026, 11, 23), 3, 33, 1, 0)),
                RiskTrend.of(rows, VisibilityFilter.everything()));
        assertEquals(0, RiskTrend.of(rows, VisibilityFilter.of(Set.of(), Set.of(77L))).get(0).open());
    }

    @Test
    public void aSnapshotRow_startsOnAMonday_andHasConsistentCounts() {
        assertEquals(LocalDate.of(2026, 11, 23), RiskSnapshot.weekOf(Instant.parse("2026-11-29T23:59:59Z")));
        assertEquals(LocalDate.of(2026, 11, 30), RiskSnapshot.weekOf(Instant.parse("2026-11-30T00:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> new RiskSnapshot("DEMO", LocalDate.of(2026, 11, 24),
                THURSDAY, "APP", 0, 1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new RiskSnapshot("DEMO", LocalDate.of(2026, 11, 23),
                THURSDAY, "APP", 0, 1, 1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new RiskSnapshot("DEMO", LocalDate.of(2026, 11, 23),
                THURSDAY, "APP", -1, 1, 1, 0, 0));
    }
}
