package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One milestone of a baseline: table {@code AO_xxxxxx_BASELINE_MILESTONE}. Dates are ISO-8601 days (forecasts null
 * when there was none); the scope is every issue then, as {@code id=KEY} pairs joined by commas.
 */
@Table("BASELINE_MILESTONE")
public interface BaselineMilestoneEntity extends Entity {
    @NotNull
    @Indexed
    long getBaselineId();

    void setBaselineId(long baselineId);

    /** Its place in the baseline (the milestones' order then). */
    @NotNull
    int getMilestoneOrder();

    void setMilestoneOrder(int order);

    @NotNull
    long getMilestoneId();

    void setMilestoneId(long milestoneId);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(10)
    String getTargetDate();

    void setTargetDate(String isoDate);

    /** Null for an empty scope (an empty text is null on some databases). */
    @StringLength(StringLength.UNLIMITED)
    String getScopeIssues();

    void setScopeIssues(String idKeyPairs);

    @StringLength(10)
    String getP50();

    void setP50(String isoDate);

    @StringLength(10)
    String getP85();

    void setP85(String isoDate);

    @StringLength(10)
    String getP95();

    void setP95(String isoDate);
}
