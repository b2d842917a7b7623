package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A baseline of a program's milestones: table {@code AO_xxxxxx_BASELINE}, one row per baseline; its milestones are
 * {@link BaselineMilestoneEntity} rows. The taker is null for the weekly job.
 */
@Table("BASELINE")
public interface BaselineEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getProgramKey();

    void setProgramKey(String key);

    @NotNull
    long getTakenMillis();

    void setTakenMillis(long epochMillis);

    @StringLength(255)
    String getTakenBy();

    void setTakenBy(String username);

    /** MANUAL or WEEKLY. */
    @NotNull
    @StringLength(20)
    String getKind();

    void setKind(String kind);

    @NotNull
    int getMilestoneCount();

    void setMilestoneCount(int count);
}
