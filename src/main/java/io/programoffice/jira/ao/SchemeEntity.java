package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A stored program scheme: table {@code AO_xxxxxx_SCHEME}. The configuration (link types, sources, calendar) is one
 * JSON document; the name is also kept lower-cased and unique, so names are unique ignoring case.
 */
@Table("SCHEME")
@Preload
public interface SchemeEntity extends Entity {
    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @Unique
    @StringLength(255)
    String getNameLower();

    void setNameLower(String nameLower);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getConfig();

    void setConfig(String json);

    int getRowVersion();

    void setRowVersion(int version);
}
