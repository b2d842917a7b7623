package io.programoffice.jira.fields;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.util.velocity.NumberTool;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

/**
 * Risk score and residual risk score: probability × impact of the fields the roles name for the issue's type, none
 * when a level is missing or off the scale; the residual score falls back to the inherent one.
 */
public class RiskScoreCFTypeTest {
    private static final String P = "customfield_10101";
    private static final String I = "customfield_10102";
    private static final String RP = "customfield_10103";
    private static final String RI = "customfield_10104";

    private final CustomFieldManager fields = mock(CustomFieldManager.class);
    private final Map<String, RiskFieldIds> byType = new HashMap<>();
    private final RiskFieldRoles roles = type -> Optional.ofNullable(byType.get(type));
    private final RiskScoreCFType score = new RiskScoreCFType(roles, fields, FieldFixture.i18n(), FieldFixture.german());
    private final ResidualRiskScoreCFType residual =
            new ResidualRiskScoreCFType(roles, fields, FieldFixture.i18n(), FieldFixture.german());
    private final CustomField scoreField = mock(CustomField.class);

    public RiskScoreCFTypeTest() {
        for (String id : new String[] {P, I, RP, RI}) {
            CustomField field = mock(CustomField.class);
            when(field.getId()).thenReturn(id);
            when(fields.getCustomFieldObject(id)).thenReturn(field);
        }
        byType.put("Risk", new RiskFieldIds(P, I, RP, RI));
        byType.put("Hazard", new RiskFieldIds(P, I, null, null));
    }

    /** An issue of {@code type} holding {@code values} as field id, value pairs. */
    private Issue issue(String type, Object... values) {
        Issue issue = mock(Issue.class);
        if (type != null) {
            IssueType issueType = mock(IssueType.class);
            when(issueType.getName()).thenReturn(type);
            when(issue.getIssueTypeObject()).thenReturn(issueType);
        }
        for (int i = 0; i < values.length; i += 2) {
            CustomField field = fields.getCustomFieldObject((String) values[i]);
            when(issue.getCustomFieldValue(field)).thenReturn(values[i + 1]);
        }
        return issue;
    }

    @Test
    public void score_isProbabilityTimesImpact_asADouble() {
        assertEquals(Double.valueOf(12), score.getValueFromIssue(scoreField, issue("Risk", P, 3.0, I, 4.0)));
        assertEquals(Double.valueOf(25), score.getValueFromIssue(scoreField, issue("Risk", P, 5.0, I, 5.0)));
        assertEquals(Double.valueOf(1), score.getValueFromIssue(scoreField, issue("Hazard", P, 1.0, I, 1.0)));
    }

    @Test
    public void score_readsAnyWholeNumberType() {
        assertEquals(Double.valueOf(6), score.getValueFromIssue(scoreField, issue("Risk", P, 2L, I, 3)));
    }

    @Test
    public void score_isNone_whenALevelIsMissing() {
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, 3.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", I, 3.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk")));
    }

    @Test
    public void score_ignoresLevelsOffTheScaleOrNotWholeOrNotNumbers() {
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, 6.0, I, 2.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, 0.0, I, 2.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, 2.5, I, 2.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, "3", I, 2.0)));
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, Double.NaN, I, 2.0)));
    }

    @Test
    public void score_isNone_forIssuesThatAreNoRisks_orWithoutAType() {
        assertNull(score.getValueFromIssue(scoreField, issue("Story", P, 3.0, I, 4.0)));
        assertNull(score.getValueFromIssue(scoreField, issue(null, P, 3.0, I, 4.0)));
        assertNull(residual.getValueFromIssue(scoreField, issue("Story", P, 3.0, I, 4.0)));
    }

    @Test
    public void score_isNone_whenAFieldTheSchemeNamesNoLongerExists() {
        when(fields.getCustomFieldObject(I)).thenReturn(null);
        assertNull(score.getValueFromIssue(scoreField, issue("Risk", P, 3.0)));
    }

    @Test
    public void residualScore_usesTheResidualLevels_whenBothAreSet() {
        Issue issue = issue("Risk", P, 4.0, I, 5.0, RP, 2.0, RI, 3.0);
        assertEquals(Double.valueOf(20), score.getValueFromIssue(scoreField, issue));
        assertEquals(Double.valueOf(6), residual.getValueFromIssue(scoreField, issue));
    }

    @Test
    public void residualScore_fallsBackToTheInherentScore_whenAResidualLevelIsMissing() {
        assertEquals(Double.valueOf(20), residual.getValueFromIssue(scoreField, issue("Risk", P, 4.0, I, 5.0, RP, 2.0)));
        assertEquals(Double.valueOf(20), residual.getValueFromIssue(scoreField, issue("Risk", P, 4.0, I, 5.0)));
    }

    @Test
    public void residualScore_isTheInherentScore_whenTheSchemeHasNoResidualFields() {
        assertEquals(Double.valueOf(8), residual.getValueFromIssue(scoreField,
                issue("Hazard", P, 2.0, I, 4.0, RP, 1.0, RI, 1.0)));
    }

    @Test
    public void residualScore_isNone_whenNothingIsAssessed() {
        assertNull(residual.getValueFromIssue(scoreField, issue("Risk")));
        assertNull(residual.getValueFromIssue(scoreField, issue("Risk", P, 4.0)));
    }

    @Test
    public void stringRoundTrip_ofAScore() {
        assertEquals("12", score.getStringFromSingularObject(12.0));
        assertEquals(Double.valueOf(12), score.getSingularObjectFromString("12"));
        assertEquals(Double.valueOf(25), score.getSingularObjectFromString("25.0"));
        assertNull(score.getSingularObjectFromString(" "));
        assertNull(score.getStringFromSingularObject(null));
    }

    @Test
    public void getSingularObjectFromString_refusesWhatIsNoScore() {
        assertEquals("'26' is not a score: give a whole number from 1 to 25.",
                assertThrows(FieldValidationException.class, () -> score.getSingularObjectFromString("26")).getMessage());
        assertEquals("'abc' is not a score: give a whole number from 1 to 25.",
                assertThrows(FieldValidationException.class, () -> residual.getSingularObjectFromString("abc"))
                        .getMessage());
        assertThrows(FieldValidationException.class, () -> score.getSingularObjectFromString("0"));
        assertThrows(FieldValidationException.class, () -> score.getSingularObjectFromString("7.5"));
    }

    @Test
    public void getVelocityParameters_addsANumberToolForJirasNumberView() {
        assertTrue(score.getVelocityParameters(mock(Issue.class), scoreField, null).get("numberTool")
                instanceof NumberTool);
    }
}
