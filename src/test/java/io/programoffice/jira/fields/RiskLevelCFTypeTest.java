package io.programoffice.jira.fields;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.util.velocity.NumberTool;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Probability and impact: whole numbers 1 to 5, stored as numbers, refused otherwise with the bundle's words. */
public class RiskLevelCFTypeTest {
    private final RiskLevelCFType probability = new ProbabilityCFType(mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class), FieldFixture.i18n(), FieldFixture.german());
    private final RiskLevelCFType impact = new ImpactCFType(mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class), FieldFixture.i18n(), FieldFixture.german());

    @Test
    public void getSingularObjectFromString_acceptsEveryWholeLevel_fromOneToFive() {
        for (int level = 1; level <= 5; level++) {
            assertEquals(Double.valueOf(level), probability.getSingularObjectFromString(String.valueOf(level)));
            assertEquals(Double.valueOf(level), impact.getSingularObjectFromString(String.valueOf(level)));
        }
    }

    @Test
    public void getSingularObjectFromString_acceptsAZeroFractionAndSurroundingBlanks() {
        assertEquals(Double.valueOf(3), probability.getSingularObjectFromString("3.0"));
        assertEquals(Double.valueOf(5), probability.getSingularObjectFromString(" 5.00 "));
        assertEquals(Double.valueOf(2), probability.getSingularObjectFromString("\t2\n"));
    }

    @Test
    public void getSingularObjectFromString_answersNone_whenBlank() {
        assertNull(probability.getSingularObjectFromString(null));
        assertNull(probability.getSingularObjectFromString(""));
        assertNull(probability.getSingularObjectFromString("   "));
    }

    @Test
    public void getSingularObjectFromString_refusesLevelsOutsideTheScale_sayingSo() {
        assertEquals("7 is outside the scale: give a whole number from 1 to 5.",
                assertThrows(FieldValidationException.class, () -> probability.getSingularObjectFromString("7"))
                        .getMessage());
        assertEquals("0 is outside the scale: give a whole number from 1 to 5.",
                assertThrows(FieldValidationException.class, () -> impact.getSingularObjectFromString("0"))
                        .getMessage());
        assertEquals("6 is outside the scale: give a whole number from 1 to 5.",
                assertThrows(FieldValidationException.class, () -> impact.getSingularObjectFromString("6.0"))
                        .getMessage());
    }

    @Test
    public void getSingularObjectFromString_refusesAFraction_askingForAWholeNumber() {
        assertEquals("'3.5' is not a whole number: give a whole number from 1 to 5.",
                assertThrows(FieldValidationException.class, () -> probability.getSingularObjectFromString("3.5"))
                        .getMessage());
        assertEquals("'.5' is not a whole number: give a whole number from 1 to 5.",
                assertThrows(FieldValidationException.class, () -> probability.getSingularObjectFromString(".5"))
                        .getMessage());
    }

    @Test
    public void getSingularObjectFromString_refusesWhatIsNoNumber_quotingIt() {
        for (String text : List.of("abc", "3a", "-1", "+3", "3,0", "1e0", "three")) {
            FieldValidationException e = assertThrows(text, FieldValidationException.class,
                    () -> probability.getSingularObjectFromString(text));
            assertEquals("'" + text + "' is not a number: give a whole number from 1 to 5.", e.getMessage());
        }
    }

    @Test
    public void stringRoundTrip_writesWholeNumbersWithoutFraction_andReadsThemBack() {
        for (int level = 1; level <= 5; level++) {
            String text = probability.getStringFromSingularObject((double) level);
            assertEquals(String.valueOf(level), text);
            assertEquals(Double.valueOf(level), probability.getSingularObjectFromString(text));
        }
        assertNull(probability.getStringFromSingularObject(null));
    }

    @Test
    public void storage_isADecimalColumn_holdingTheLevelAsIs() {
        assertSame(PersistenceFieldType.TYPE_DECIMAL, probability.getDatabaseType());
        assertEquals(4.0, probability.getDbValueFromObject(4.0));
        assertEquals(Double.valueOf(4), probability.getObjectFromDbValue(4.0));
        assertEquals(Double.valueOf(2), probability.getObjectFromDbValue(2L));
    }

    @Test
    public void getObjectFromDbValue_refusesAStoredNumberOffTheScale() {
        assertThrows(FieldValidationException.class, () -> probability.getObjectFromDbValue(2.5));
        assertThrows(FieldValidationException.class, () -> probability.getObjectFromDbValue(9.0));
    }

    @Test
    public void getVelocityParameters_addsANumberToolForJirasNumberView_eachCall() {
        Map<String, Object> first = probability.getVelocityParameters(mock(Issue.class), mock(CustomField.class), null);
        Map<String, Object> second = probability.getVelocityParameters(mock(Issue.class), mock(CustomField.class), null);
        assertTrue(first.get("numberTool") instanceof NumberTool);
        assertNotSame(first, second);
    }
}
