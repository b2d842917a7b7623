package io.programoffice.jira.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The PROGRAM table as the first release stored it (key, name, projects), to test the upgrade from it. */
@Table("PROGRAM")
public interface LegacyProgramEntity extends Entity {
    @NotNull
    @StringLength(10)
    String getProgramKey();

    void setProgramKey(String key);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getProjectKeys();

    void setProjectKeys(String keys);
}
