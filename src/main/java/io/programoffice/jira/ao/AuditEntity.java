package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** An audit entry: table {@code AO_xxxxxx_AUDIT_LOG}; the changed fields are one JSON document. */
@Table("AUDIT_LOG")
public interface AuditEntity extends Entity {
    @NotNull
    long getAtMillis();

    void setAtMillis(long epochMillis);

    @NotNull
    @StringLength(255)
    String getActor();

    void setActor(String username);

    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @NotNull
    @Indexed
    @StringLength(255)
    String getTarget();

    void setTarget(String target);

    @NotNull
    @StringLength(20)
    String getAction();

    void setAction(String action);

    @StringLength(StringLength.UNLIMITED)
    String getChanges();

    void setChanges(String json);
}
