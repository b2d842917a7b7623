package io.programoffice.workbench.host;

import com.atlassian.jira.issue.status.category.StatusCategory;
import java.util.Objects;

/**
 * A status category (a row of {@code STATUS_CATEGORY}): {@code new}, {@code indeterminate}, {@code done} or
 * {@code undefined}. An immutable value; thread-safe.
 *
 * @param id the category id (Jira's: 1 undefined, 2 new, 3 done, 4 indeterminate)
 * @param key the category key
 * @param name the display name
 * @param colorName the AUI colour name
 */
public record WbStatusCategory(long id, String key, String name, String colorName) implements StatusCategory {
    public WbStatusCategory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colorName, "colorName");
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }
}
