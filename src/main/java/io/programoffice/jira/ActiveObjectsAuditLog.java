package io.programoffice.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.fasterxml.jackson.databind.JsonNode;
import io.programoffice.core.audit.AuditEntry;
import io.programoffice.core.audit.AuditLog;
import io.programoffice.core.paging.Page;
import io.programoffice.core.paging.PageRequest;
import io.programoffice.jira.ao.AuditEntity;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link AuditLog} on ActiveObjects; changes stored as JSON {@code {"field":{"before":..,"after":..}}}. Thread-safe. */
@Named
public class ActiveObjectsAuditLog implements AuditLog {
    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsAuditLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public AuditEntry record(AuditEntry entry) {
        return ao.executeInTransaction(() -> toEntry(ao.create(AuditEntity.class,
                new DBParam("AT_MILLIS", entry.at().toEpochMilli()),
                new DBParam("ACTOR", entry.actor()),
                new DBParam("KIND", entry.kind()),
                new DBParam("TARGET", entry.target()),
                new DBParam("ACTION", entry.action()),
                new DBParam("CHANGES", Json.write(entry.changes())))));
    }

    @Override
    public Page<AuditEntry> list(PageRequest request) {
        return ao.executeInTransaction(() -> {
            int total = ao.count(AuditEntity.class);
            AuditEntity[] rows = ao.find(AuditEntity.class,
                    Query.select().order("ID DESC").offset(request.startAt()).limit(request.maxResults()));
            return new Page<>(request.startAt(), request.maxResults(), total,
                    Arrays.stream(rows).map(ActiveObjectsAuditLog::toEntry).toList());
        });
    }

    private static AuditEntry toEntry(AuditEntity row) {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        if (row.getChanges() != null) {
            JsonNode tree = Json.read(row.getChanges(), JsonNode.class);
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                changes.put(field.getKey(), new AuditEntry.Change(text(field.getValue().get("before")),
                        text(field.getValue().get("after"))));
            }
        }
        return new AuditEntry(row.getID(), Instant.ofEpochMilli(row.getAtMillis()), row.getActor(), row.getKind(),
                row.getTarget(), row.getAction(), changes);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
