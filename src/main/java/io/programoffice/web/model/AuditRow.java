package io.programoffice.web.model;

import io.programoffice.core.audit.AuditEntry;
import java.util.List;

/** One audit entry on the audit page, with its changed fields. */
public final class AuditRow {
    /** One changed field. */
    public static final class ChangeRow {
        private final String field;
        private final String before;
        private final String after;

        ChangeRow(String field, AuditEntry.Change change) {
            this.field = field;
            this.before = change.before() == null ? "" : change.before();
            this.after = change.after() == null ? "" : change.after();
        }

        public String getField() {
            return field;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    private final String at;
    private final String actor;
    private final String kind;
    private final String target;
    private final String action;
    private final List<ChangeRow> changes;

    public AuditRow(AuditEntry entry) {
        this.at = entry.at().toString();
        this.actor = entry.actor();
        this.kind = entry.kind();
        this.target = entry.target();
        this.action = entry.action();
        this.changes = entry.changes().entrySet().stream().map(e -> new ChangeRow(e.getKey(), e.getValue())).toList();
    }

    /** ISO-8601 UTC time. */
    public String getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getAction() {
        return action;
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }
}
