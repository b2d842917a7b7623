package io.programoffice.core.risk;

import org.junit.Test;

import java.time.LocalDate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class RiskScaleAndRoamTest {
    @Test
    public void theScale_takesWholeNumbersOneToFive_andSaysWhatIsWrongOtherwise() {
        assertEquals(Integer.valueOf(3), RiskScale.parse(" 3 "));
        assertNull(RiskScale.parse(""));
        assertNull(RiskScale.problem(null));
        assertEquals("program-office.risk.scale.range", RiskScale.problem("0").key());
        assertEquals("program-office.risk.scale.range", RiskScale.problem("6").key());
        assertEquals("program-office.risk.scale.number", RiskScale.problem("2.5").key());
        assertEquals("program-office.risk.scale.number", RiskScale.problem("high").key());
        assertEquals("program-office.risk.scale.number", RiskScale.problem("-1").key());
        assertEquals("program-office.risk.scale.number", RiskScale.problem("99999999999").key());
        assertThrows(IllegalArgumentException.class, () -> RiskScale.parse("6"));
    }

    @Test
    public void theScore_isProbabilityTimesImpact_andNeedsBoth() {
        assertEquals(Integer.valueOf(20), RiskScale.score(4, 5));
        assertEquals(Integer.valueOf(1), RiskScale.score(1, 1));
        assertNull(RiskScale.score(null, 5));
        assertThrows(IllegalArgumentException.class, () -> RiskScale.score(0, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new Risk("R-1", "", null, 6, 1, null, null, null, null, null, false, false));
    }

    @Test
    public void roam_isReadInAnyCase_andUnknownStatesAreNamed() {
        assertEquals(Roam.MITIGATED, Roam.parse(" Mitigated "));
        assertEquals(Roam.OWNED, Roam.parse("owned"));
        assertNull(Roam.parse(" "));
        assertEquals("program-office.risk.roam.unknown", Roam.problem("ignored").key());
        assertEquals("ignored", Roam.problem(" ignored").arguments().get(0));
        assertThrows(IllegalArgumentException.class, () -> Roam.parse("closed"));
        assertEquals("program-office.risk.roam.accepted", Roam.ACCEPTED.i18nKey());
    }

    @Test
    public void residualScore_usesTheResidualAssessmentWhenComplete_andOpenMeansNeitherDoneNorResolved() {
        Risk mitigated = new Risk("R-1", "", null, 4, 5, 2, 3, Roam.MITIGATED, "alice", null, true, false);
        assertEquals(Integer.valueOf(20), mitigated.inherentScore());
        assertEquals(Integer.valueOf(6), mitigated.residualScore());
        Risk halfAssessed = new Risk("R-2", "", null, 4, 5, 2, null, Roam.OWNED, null, null, false, false);
        assertEquals(Integer.valueOf(20), halfAssessed.residualScore());
        assertTrue(mitigated.open());
        assertFalse(new Risk("R-3", "", null, 1, 1, null, null, Roam.RESOLVED, null, null, false, false).open());
        assertFalse(new Risk("R-4", "", null, 1, 1, null, null, Roam.OWNED, null, LocalDate.MAX, false, true).open());
    }
}
