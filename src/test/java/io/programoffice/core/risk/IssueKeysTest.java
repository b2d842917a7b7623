package io.programoffice.core.risk;

import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class IssueKeysTest {
    @Test
    public void keys_sortByProjectThenNumber_andOddKeysStillSortTotally() {
        List<String> keys = new ArrayList<>(List.of("WEB-2", "APP-10", "APP-9", "AP-100", "APP-1", "APPX-1", "APP-",
                "APP", "APP-x1"));
        keys.sort(IssueKeys.ORDER);
        assertEquals(List.of("AP-100", "APP", "APP-", "APP-x1", "APP-1", "APP-9", "APP-10", "APPX-1", "WEB-2"), keys);
        for (String a : keys) {
            for (String b : keys) {
                assertEquals(a + " " + b, Integer.signum(IssueKeys.ORDER.compare(a, b)),
                        -Integer.signum(IssueKeys.ORDER.compare(b, a)));
                assertTrue(a.equals(b) == (IssueKeys.ORDER.compare(a, b) == 0));
            }
        }
    }
}
