package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A stored program: table {@code AO_xxxxxx_PROGRAM}. People are kept one username per line between newlines
 * ({@code "\nalice\nbob\n"}) so an owner can be found with {@code LIKE}; project keys comma-separated in scope order,
 * null when the scope is a JQL filter only (empty strings are not stored: some databases keep them as null).
 */
@Table("PROGRAM")
@Preload
public interface ProgramEntity extends Entity {
    @NotNull
    @Unique
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

    @StringLength(StringLength.UNLIMITED)
    String getOwners();

    void setOwners(String owners);

    @StringLength(StringLength.UNLIMITED)
    String getStakeholders();

    void setStakeholders(String stakeholders);

    @Indexed
    @Default("0")
    long getSchemeId();

    void setSchemeId(long schemeId);

    @StringLength(StringLength.UNLIMITED)
    String getProjectKeys();

    void setProjectKeys(String projectKeys);

    @StringLength(StringLength.UNLIMITED)
    String getScopeJql();

    void setScopeJql(String jql);

    @Default("false")
    boolean isArchived();

    void setArchived(boolean archived);

    @Default("0")
    int getRowVersion();

    void setRowVersion(int version);
}
