package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A program milestone: table {@code AO_xxxxxx_MILESTONE}. The target date is an epoch day (days since 1970-01-01);
 * the scope kind its enum name ({@code FIX_VERSION}, {@code JQL}, {@code ISSUES}); the scope text the fix version's
 * name or the JQL query, null for an issue list; the issue keys comma-separated in the order given, null otherwise
 * (empty strings are not stored: some databases keep them as null). {@code ROW_VERSION} counts stored changes.
 */
@Table("MILESTONE")
public interface MilestoneEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(10)
    String getProgramKey();

    void setProgramKey(String key);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    int getTargetDay();

    void setTargetDay(int epochDay);

    @NotNull
    @StringLength(20)
    String getScopeKind();

    void setScopeKind(String kind);

    @StringLength(StringLength.UNLIMITED)
    String getScopeText();

    void setScopeText(String text);

    @StringLength(StringLength.UNLIMITED)
    String getIssueKeys();

    void setIssueKeys(String commaSeparatedKeys);

    @NotNull
    @StringLength(255)
    String getOwner();

    void setOwner(String username);

    @Default("0")
    int getSortPosition();

    void setSortPosition(int position);

    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);
}
