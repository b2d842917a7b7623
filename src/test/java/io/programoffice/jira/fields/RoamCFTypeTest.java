package io.programoffice.jira.fields;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.mockito.Mockito.mock;

import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.customfields.manager.GenericConfigManager;
import com.atlassian.jira.issue.customfields.persistence.CustomFieldValuePersister;
import com.atlassian.jira.issue.customfields.persistence.PersistenceFieldType;
import java.util.List;
import org.junit.Test;

/** ROAM: the four states in any case, stored as lower-case keys; anything else refused with the bundle's words. */
public class RoamCFTypeTest {
    private final RoamCFType roam = new RoamCFType(mock(CustomFieldValuePersister.class),
            mock(GenericConfigManager.class), FieldFixture.i18n());

    @Test
    public void getSingularObjectFromString_answersTheLowerCaseKey_inAnyCase() {
        for (String key : List.of("resolved", "owned", "accepted", "mitigated")) {
            assertEquals(key, roam.getSingularObjectFromString(key));
            assertEquals(key, roam.getSingularObjectFromString(key.toUpperCase()));
            assertEquals(key, roam.getSingularObjectFromString(" " + Character.toUpperCase(key.charAt(0))
                    + key.substring(1) + " "));
        }
    }

    @Test
    public void getSingularObjectFromString_answersNone_whenBlank() {
        assertNull(roam.getSingularObjectFromString(null));
        assertNull(roam.getSingularObjectFromString(""));
        assertNull(roam.getSingularObjectFromString("  "));
    }

    @Test
    public void getSingularObjectFromString_refusesAnUnknownState_listingTheStates() {
        for (String text : List.of("open", "own", "R", "mitigated!", "resolved owned")) {
            FieldValidationException e = assertThrows(text, FieldValidationException.class,
                    () -> roam.getSingularObjectFromString(text));
            assertEquals("'" + text + "' is not a ROAM state: use one of resolved, owned, accepted, mitigated.",
                    e.getMessage());
        }
    }

    @Test
    public void stringRoundTrip_keepsTheKey() {
        for (String key : List.of("resolved", "owned", "accepted", "mitigated")) {
            assertEquals(key, roam.getSingularObjectFromString(roam.getStringFromSingularObject(key)));
        }
    }

    @Test
    public void storage_isAShortTextColumn_holdingTheKey_normalisedOnRead() {
        assertSame(PersistenceFieldType.TYPE_LIMITED_TEXT, roam.getDatabaseType());
        assertEquals("owned", roam.getDbValueFromObject("owned"));
        assertEquals("accepted", roam.getObjectFromDbValue("ACCEPTED"));
        assertThrows(FieldValidationException.class, () -> roam.getObjectFromDbValue("maybe"));
    }
}
