package io.programoffice.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.programoffice.core.audit.AuditEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** An audit entry: ISO-8601 time, actor, what and which action, and each changed field's before and after. */
@JsonPropertyOrder({"id", "at", "actor", "kind", "target", "action", "changes"})
public record AuditEntryDto(long id, String at, String actor, String kind, String target, String action,
                            Map<String, AuditEntry.Change> changes) {
    public static AuditEntryDto of(AuditEntry e) {
        return new AuditEntryDto(e.id(), e.at().toString(), e.actor(), e.kind(), e.target(), e.action(),
                new LinkedHashMap<>(e.changes()));
    }
}
