package io.programoffice.workbench.host;

import com.atlassian.jira.issue.status.Status;
import java.util.Objects;

/**
 * A workbench status (a row of {@code STATUS}) with its category. An immutable value; thread-safe.
 *
 * @param id the numeric status id
 * @param name the status name
 * @param category the status category
 */
public record WbStatus(long id, String name, WbStatusCategory category) implements Status {
    public WbStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    /** @return the numeric id as a string, as Jira's issue constants give it */
    @Override
    public String getId() {
        return String.valueOf(id);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public WbStatusCategory getStatusCategory() {
        return category;
    }
}
