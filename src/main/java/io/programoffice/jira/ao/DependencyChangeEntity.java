package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One move in a dependency's history: table {@code AO_xxxxxx_DEPENDENCY_CHANGE}, keyed by the Jira link id; action
 * and states as wire names (the state before is null for the first proposal).
 */
@Table("DEPENDENCY_CHANGE")
public interface DependencyChangeEntity extends Entity {
    @NotNull
    @Indexed
    long getLinkId();

    void setLinkId(long linkId);

    @NotNull
    long getAtMillis();

    void setAtMillis(long epochMillis);

    @NotNull
    @StringLength(255)
    String getActor();

    void setActor(String username);

    @NotNull
    @StringLength(20)
    String getAction();

    void setAction(String action);

    @StringLength(20)
    String getFromState();

    void setFromState(String state);

    @NotNull
    @StringLength(20)
    String getToState();

    void setToState(String state);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);
}
