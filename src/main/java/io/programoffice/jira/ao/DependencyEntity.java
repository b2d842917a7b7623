package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A dependency's metadata: table {@code AO_xxxxxx_DEPENDENCY}, one row per Jira issue link id. The state is its wire
 * name ({@code proposed}, ...), null before anyone proposed it; the needed-by date ISO ({@code 2027-03-31}); the
 * state's start epoch milliseconds; the lag override null when the scheme's applies.
 */
@Table("DEPENDENCY")
public interface DependencyEntity extends Entity {
    @NotNull
    @Unique
    @Indexed
    long getLinkId();

    void setLinkId(long linkId);

    @Indexed
    @StringLength(20)
    String getState();

    void setState(String state);

    @StringLength(10)
    String getNeededBy();

    void setNeededBy(String isoDate);

    Integer getLagDays();

    void setLagDays(Integer lagDays);

    @StringLength(255)
    String getUpstreamOwner();

    void setUpstreamOwner(String username);

    @StringLength(255)
    String getDownstreamOwner();

    void setDownstreamOwner(String username);

    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    Long getStateSinceMillis();

    void setStateSinceMillis(Long epochMillis);

    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);
}
