package io.programoffice.core.risk;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class HeatMapAndExposureTest {
    @Test
    public void everyCell_countsTheOpenAssessedRisksWithItsProbabilityAndImpact() {
        List<Risk> risks = RiskFixtures.drawn(7, 2_000);
        for (HeatMap.Basis basis : HeatMap.Basis.values()) {
            HeatMap map = HeatMap.of(risks, basis);
            int placed = 0;
            int unassessed = 0;
            for (int p = 1; p <= 5; p++) {
                for (int i = 1; i <= 5; i++) {
                    int count = 0;
                    for (Risk r : risks) {
                        Integer rp = basis == HeatMap.Basis.INHERENT ? r.probability() : r.currentProbability();
                        Integer ri = basis == HeatMap.Basis.INHERENT ? r.impact() : r.currentImpact();
                        count += r.open() && rp != null && ri != null && rp == p && ri == i ? 1 : 0;
                    }
                    assertEquals(basis + " " + p + "x" + i, count, map.count(p, i));
                    assertEquals(count, map.cells()[p - 1][i - 1]);
                    assertEquals(count, HeatMap.cell(risks, basis, p, i).size());
                    placed += count;
                }
            }
            for (Risk r : risks) {
                unassessed += r.open() && r.inherentScore() == null ? 1 : 0;
            }
            assertEquals(placed, map.total());
            assertEquals(unassessed, map.unassessed());
            assertTrue(placed > 500); // the fixture reaches every part of the map
        }
        // mitigation moves risks down and left: the residual map holds fewer in the high corner
        assertTrue(HeatMap.of(risks, HeatMap.Basis.RESIDUAL).count(5, 5)
                < HeatMap.of(risks, HeatMap.Basis.INHERENT).count(5, 5));
    }

    @Test
    public void aCellsList_holdsOnlyItsRisks_andTheCellsCopyIsNotTheMap() {
        Risk a = new Risk("R-1", "a", null, 5, 4, null, null, Roam.OWNED, "alice", null, false, false);
        Risk b = new Risk("R-2", "b", null, 5, 4, 1, 1, Roam.MITIGATED, "alice", null, true, false);
        Risk closed = new Risk("R-3", "c", null, 5, 4, null, null, Roam.RESOLVED, null, null, false, false);
        assertEquals(List.of(a, b), HeatMap.cell(List.of(a, b, closed), HeatMap.Basis.INHERENT, 5, 4));
        assertEquals(List.of(a), HeatMap.cell(List.of(a, b, closed), HeatMap.Basis.RESIDUAL, 5, 4));
        HeatMap map = HeatMap.of(List.of(a), HeatMap.Basis.INHERENT);
        map.cells()[4][3] = 99;
        assertEquals(1, map.count(5, 4));
        assertEquals(HeatMap.of(List.of(a), HeatMap.Basis.INHERENT), map);
    }

    @Test
    public void exposure_sumsTheOpenRisksResidualScores_andCountsThemByState() {
        List<Risk> risks = RiskFixtures.drawn(11, 500);
        RiskExposure e = RiskExposure.of(risks, RiskFixtures.TODAY);
        int open = 0;
        int sum = 0;
        int high = 0;
        int owned = 0;
        for (Risk r : risks) {
            if (r.open()) {
                open++;
                sum += r.residualScore() == null ? 0 : r.residualScore();
                high += r.residualScore() != null && r.residualScore() >= 15 ? 1 : 0;
                owned += r.roam() == Roam.OWNED ? 1 : 0;
            }
        }
        assertEquals(open, e.open());
        assertEquals(sum, e.exposure());
        assertEquals(high, e.high());
        assertEquals(owned, (int) e.byRoam().get(Roam.OWNED));
        assertEquals(0, (int) e.byRoam().get(Roam.RESOLVED));
        assertEquals(open, e.byRoam().values().stream().mapToInt(Integer::intValue).sum() + e.undecided());
    }
}
