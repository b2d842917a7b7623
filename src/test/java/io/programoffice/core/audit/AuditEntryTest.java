package io.programoffice.core.audit;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class AuditEntryTest {
    @Test
    public void diff_listsChangedAddedAndRemovedFields_butNotEmptyOnes() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("name", "Old");
        before.put("owners", "alice");
        before.put("gone", "x");
        before.put("blank", "");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("name", "New");
        after.put("owners", "alice");
        after.put("description", "");
        after.put("scope", "APP");
        Map<String, AuditEntry.Change> diff = AuditEntry.diff(before, after);
        assertEquals(List.of("name", "scope", "gone"), List.copyOf(diff.keySet()));
        assertEquals(new AuditEntry.Change("Old", "New"), diff.get("name"));
        assertEquals(new AuditEntry.Change(null, "APP"), diff.get("scope"));
        assertEquals(new AuditEntry.Change("x", null), diff.get("gone"));
    }
}
