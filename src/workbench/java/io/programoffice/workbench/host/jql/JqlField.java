package io.programoffice.workbench.host.jql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The fields the workbench's JQL supports in a WHERE clause, each with its accepted names (case-insensitive). */
public enum JqlField {
    /** {@code project}: a project key, name or numeric id. */
    PROJECT("project"),
    /** {@code statusCategory}: a category id, key ({@code new}, {@code indeterminate}, {@code done}) or name. */
    STATUS_CATEGORY("statusCategory"),
    /** {@code status}: a status name or numeric id. */
    STATUS("status"),
    /** {@code issuetype} (also {@code type}): an issue type name. */
    ISSUE_TYPE("issuetype", "type"),
    /** {@code fixVersion}: a version name or numeric id; an issue may have none ({@code EMPTY}). */
    FIX_VERSION("fixVersion"),
    /** {@code key} (also {@code issuekey}, {@code issue}, {@code id}): an issue key or numeric issue id. */
    ISSUE_KEY("key", "issuekey", "issue", "id"),
    /** {@code created} (also {@code createdDate}): when the issue was created; see {@link JqlDates}. */
    CREATED("created", "createdDate"),
    /** {@code updated} (also {@code updatedDate}): when the issue was last updated; see {@link JqlDates}. */
    UPDATED("updated", "updatedDate");

    private final String jqlName;
    private final List<String> names;

    JqlField(String jqlName, String... aliases) {
        this.jqlName = jqlName;
        this.names = Stream.concat(Stream.of(jqlName), Arrays.stream(aliases))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** @return the field's canonical JQL name, e.g. {@code statusCategory} */
    public String jqlName() {
        return jqlName;
    }

    /** @return whether an issue can lack a value for this field (only {@link #FIX_VERSION}) */
    public boolean canBeEmpty() {
        return this == FIX_VERSION;
    }

    /** @return whether the field takes the order operators ({@code id} numbers and dates) */
    public boolean isOrdered() {
        return this == ISSUE_KEY || this == CREATED || this == UPDATED;
    }

    /** @return whether the field holds a date and time */
    public boolean isDate() {
        return this == CREATED || this == UPDATED;
    }

    /**
     * @param name a field name as written in a query
     * @return the field it names, ignoring case
     */
    public static Optional<JqlField> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(field -> field.names.contains(lower)).findFirst();
    }
}
