package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One part of a program's weekly risk snapshot: table {@code AO_xxxxxx_RISK_SNAPSHOT}, a row per program, week,
 * project and issue security level, with the open risks, their exposure, the high and the unassessed ones.
 */
@Table("RISK_SNAPSHOT")
public interface RiskSnapshotEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getProgramKey();

    void setProgramKey(String key);

    /** The Monday of the ISO week (UTC), as an ISO date. */
    @NotNull
    @StringLength(10)
    String getWeek();

    void setWeek(String isoDate);

    @NotNull
    long getTakenMillis();

    void setTakenMillis(long epochMillis);

    @NotNull
    @StringLength(255)
    String getProject();

    void setProject(String projectKey);

    /** The issue security level of the row's risks, 0 for none. */
    @NotNull
    long getSecurityLevel();

    void setSecurityLevel(long levelId);

    @NotNull
    int getOpenRisks();

    void setOpenRisks(int open);

    @NotNull
    int getExposure();

    void setExposure(int exposure);

    @NotNull
    int getHighRisks();

    void setHighRisks(int high);

    @NotNull
    int getUnassessed();

    void setUnassessed(int unassessed);
}
