package io.programoffice.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A saved program view: table {@code AO_xxxxxx_SAVED_VIEW}; the query in its query-string form. */
@Table("SAVED_VIEW")
public interface SavedViewEntity extends Entity {
    @NotNull
    @Indexed
    @StringLength(255)
    String getProgramKey();

    void setProgramKey(String key);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(255)
    String getOwner();

    void setOwner(String username);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuery();

    void setQuery(String query);

    @NotNull
    long getCreatedMillis();

    void setCreatedMillis(long epochMillis);
}
