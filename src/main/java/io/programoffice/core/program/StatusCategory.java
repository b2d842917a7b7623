package io.programoffice.core.program;

import java.util.Arrays;
import java.util.Optional;

/**
 * Jira's three working status categories, with the keys and ids Jira gives them ({@code new} = 2,
 * {@code indeterminate} = 4, {@code done} = 3). Jira's fourth, "undefined" (1), belongs to no working state and is
 * not counted by category.
 */
public enum StatusCategory {
    NEW("new", 2),
    INDETERMINATE("indeterminate", 4),
    DONE("done", 3);

    private final String key;
    private final int jiraId;

    StatusCategory(String key, int jiraId) {
        this.key = key;
        this.jiraId = jiraId;
    }

    /** Jira's key for the category ({@code new}, {@code indeterminate}, {@code done}). */
    public String key() {
        return key;
    }

    /** Jira's numeric id for the category, as JQL's {@code statusCategory} clause accepts it. */
    public int jiraId() {
        return jiraId;
    }

    /** The category with this Jira key, if it is one of the three working categories. */
    public static Optional<StatusCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
