package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A stored program: table {@code AO_xxxxxx_PROGRAM}. Project keys are kept comma-separated in scope order. */
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

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getProjectKeys();

    void setProjectKeys(String projectKeys);
}
